/**
 * The words a learned model reads in a sentence: lower-case word tokens (apostrophes folded to '), "!" and "?" as
 * tokens of their own, and every run of one to three of them. Training (scripts/train-reproach.ts) and scoring use
 * this one function, so they can never read a sentence differently.
 */
const TOKEN = /[\p{L}\p{N}']+|[!?]/gu;

export const MAX_GRAM = 3;

export function sentenceGrams(sentence: string): Set<string> {
  const tokens = sentence.toLowerCase().replace(/[’‘]/g, "'").match(TOKEN) ?? [];
  const grams = new Set<string>();
  for (let n = 1; n <= MAX_GRAM; n++) {
    for (let i = 0; i + n <= tokens.length; i++) grams.add(tokens.slice(i, i + n).join(' '));
  }
  return grams;
}
