/**
 * The words a learned model reads in a sentence: lower-case word tokens (apostrophes folded to '), "!" and "?" as
 * tokens of their own, and every run of one to three of them. Training (scripts/train-reproach.ts) and scoring use
 * this one function, so they can never read a sentence differently.
 */
const TOKEN = /[\p{L}\p{N}']+|[!?]/gu;

export const MAX_GRAM = 3;

/** Every run of one to MAX_GRAM tokens. */
function runsOf(tokens: readonly string[]): Set<string> {
  const grams = new Set<string>();
  for (let n = 1; n <= MAX_GRAM; n++) {
    for (let i = 0; i + n <= tokens.length; i++) grams.add(tokens.slice(i, i + n).join(' '));
  }
  return grams;
}

const folded = (sentence: string): string => sentence.toLowerCase().replace(/[’‘]/g, "'");

export function sentenceGrams(sentence: string): Set<string> {
  return runsOf(folded(sentence).match(TOKEN) ?? []);
}

// Words that turn what follows in their clause around: "nothing I can do" is not "see what I can do".
const NEGATOR = /^(?:not|no|never|nothing|nobody|none|nowhere|hardly|barely|without|cannot|[\p{L}]+n't)$/u;
const CLAUSE_END = /[,;:.!?()–—]/u;

/**
 * sentenceGrams with negation in scope: every word after a negator, up to the end of its clause, is read as its own
 * negated word ("~can", "~do"), the classic marking of sentiment readers, so a model can tell helplessness ("there's
 * nothing I can do") from an offer ("see what I can do"). The clause marks split the words, so "!" and "?" are read
 * after the last word rather than where they stand.
 */
export function negatedSentenceGrams(sentence: string): Set<string> {
  const text = folded(sentence);
  const tokens: string[] = [];
  for (const clause of text.split(CLAUSE_END)) {
    let negated = false;
    for (const token of clause.match(TOKEN) ?? []) {
      tokens.push(negated ? `~${token}` : token);
      if (NEGATOR.test(token)) negated = true;
    }
  }
  for (const mark of text.match(/[!?]/g) ?? []) tokens.push(mark);
  return runsOf(tokens);
}

/** How a weights file's `features` names its reading; training and scoring look the function up here alike. */
export const READING_GRAMS = {
  plain: sentenceGrams,
  negation: negatedSentenceGrams,
} as const satisfies Record<string, (sentence: string) => Set<string>>;

export type Reading = keyof typeof READING_GRAMS;
