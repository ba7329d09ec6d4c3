/**
 * Phrase patterns: the small language rule authors write instead of regular expressions.
 *
 *   your problem is                 words match case-insensitively across any run of spaces
 *   you (should|ought to) have      alternatives
 *   as I [have] already (told|said) optional words in brackets
 *   it's right there in the *       `*` is any one word
 *
 * Contractions are understood both ways: "you are" also matches "you're", "did not" matches
 * "didn't", and a pattern written "don't" matches "do not". Word families ({fail} → fail,
 * fails, failed, failing) are expanded before this parser sees the pattern (rules/families.ts).
 */

export type PhraseNode =
  | { type: 'word'; text: string }
  | { type: 'any' }
  | { type: 'alt'; options: PhraseNode[][] }
  | { type: 'opt'; seq: PhraseNode[] }
  /** Two words merged because they contract irregularly ("will not" / "won't"). */
  | { type: 'raw'; source: string; key: string[] }
  /**
   * A named capture a rewrite can reuse: `<name>` is any one word, `<name...>` the rest of the clause (one or more
   * words up to the next , ; : . ! ? or the sentence's end).
   */
  | { type: 'slot'; name: string; clause: boolean };

export class PhraseSyntaxError extends Error {}

// Contracted spellings rewritten to their full form before parsing; generation then accepts both.
const CONTRACTION_EXPANSIONS: [RegExp, string][] = [
  [/\bwon['’]t\b/gi, 'will not'],
  [/\bcan['’]t\b/gi, 'cannot'],
  [/\bshan['’]t\b/gi, 'shall not'],
  [/\b(\w+)n['’]t\b/gi, '$1 not'],
  [/\b(i)['’]m\b/gi, '$1 am'],
  [/\b(\w+)['’]re\b/gi, '$1 are'],
  [/\b(\w+)['’]ve\b/gi, '$1 have'],
  [/\b(\w+)['’]ll\b/gi, '$1 will'],
  [/\b(it|that|there|here|what|who|he|she|where|how|this)['’]s\b/gi, '$1 is'],
  [/\blet['’]s\b/gi, 'let us'],
  [/\b(i|you|we|they|he|she|it)['’]d\b/gi, '$1 would'],
];

// A full word that may also appear glued to the word before it as a contraction suffix. Agents type fast:
// "dont", "didnt", "isnt" (no apostrophe) read as the contraction too.
const CONTRACTED_SUFFIX: Record<string, string> = {
  not: "n['’]?t",
  have: "['’]ve",
  are: "['’]re",
  am: "['’]m",
  will: "['’]ll",
  would: "['’]d",
  had: "['’]d",
  is: "['’]s",
  has: "['’]s",
  us: "['’]s",
};

/**
 * Common misspellings of contractions, keyed by the word before the suffix: "thats", "its", "theres" (only after
 * these words, where the apostrophe-less form is not another everyday word), "ive", "youve", "im".
 */
const LOOSE_SUFFIX: Record<string, Record<string, string>> = {
  is: { it: "['’]?s", that: "['’]?s", there: "['’]?s", what: "['’]?s", here: "['’]?s" },
  have: { i: "['’]?ve", you: "['’]?ve", we: "['’]?ve", they: "['’]?ve" },
  am: { i: "['’]?m" },
};

// "should of", "could of", "must of": a spelling of "should've" common enough to read the same.
const HAVE_AS_OF = new Set(['should', 'could', 'would', 'must', 'might']);

const WORD_CHARS = '[\\p{L}\\p{N}]';
const ANY_WORD = "[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*";
const SPACE = '[\\s\\u00a0]+';

export function normalisePattern(source: string): string {
  let out = source.trim();
  for (const [from, to] of CONTRACTION_EXPANSIONS) out = out.replace(from, to);
  return out;
}

export function parsePhrase(source: string): PhraseNode[] {
  const text = normalisePattern(source);
  let pos = 0;

  const parseSeq = (closers: string): PhraseNode[] => {
    const seq: PhraseNode[] = [];
    while (pos < text.length) {
      const ch = text[pos] as string;
      if (/\s/.test(ch)) {
        pos++;
        continue;
      }
      if (closers.includes(ch)) break;
      if (ch === '(' || ch === '[') {
        const close = ch === '(' ? ')' : ']';
        const opened = pos++;
        const options: PhraseNode[][] = [parseSeq(`|${close}`)];
        while (text[pos] === '|') {
          pos++;
          options.push(parseSeq(`|${close}`));
        }
        if (text[pos] !== close) throw new PhraseSyntaxError(`"${ch}" at ${opened} is never closed`);
        pos++;
        if (options.some((o) => o.length === 0))
          throw new PhraseSyntaxError(`an alternative in "${ch}" at ${opened} is empty`);
        const alt: PhraseNode = { type: 'alt', options };
        seq.push(ch === '(' ? alt : { type: 'opt', seq: [alt] });
      } else if (ch === '*') {
        pos++;
        seq.push({ type: 'any' });
      } else if (ch === '<') {
        const close = text.indexOf('>', pos);
        const slot = SLOT.exec(text.slice(pos, close + 1));
        if (close === -1 || !slot)
          throw new PhraseSyntaxError(`"<" at ${pos} must start a slot such as <name> or <name...>`);
        pos = close + 1;
        seq.push({ type: 'slot', name: slot[1] as string, clause: slot[2] !== undefined });
      } else if (ch === ')' || ch === ']' || ch === '|') {
        throw new PhraseSyntaxError(`unexpected "${ch}" at ${pos}`);
      } else {
        const start = pos;
        while (pos < text.length && !/[\s()[\]|*]/.test(text[pos] as string)) pos++;
        seq.push({ type: 'word', text: text.slice(start, pos) });
      }
    }
    return seq;
  };

  const seq = parseSeq('');
  if (pos < text.length) throw new PhraseSyntaxError(`unexpected "${text[pos]}" at ${pos}`);
  checkSlots(seq);
  if (seq.length === 0) throw new PhraseSyntaxError('the pattern is empty');
  if (seq.every((n) => n.type === 'opt'))
    throw new PhraseSyntaxError('the pattern needs at least one word that is not optional');
  return seq;
}

const SLOT = /^<([a-z][a-z0-9]*)(\.\.\.)?>$/i;
/** Names the engine gives its own meaning in a rewrite template (rules/rewrite/template.ts). */
export const RESERVED_SLOTS = new Set(['before', 'after', 'match', 'others', 'kept', 'drop', 'dropSentence', 'whole']);

/**
 * Slots are plain named groups, so a name may appear once in a pattern (also across alternatives: duplicate group
 * names are not in every browser's engine yet). A clause slot runs to the next punctuation, so only punctuation or
 * the end of the pattern may follow it: a word after it would make the regex guess where the clause stops, and
 * guessing is what makes a pattern slow. A pattern may not start with a slot either: it could then start at every
 * word, and a slot run from every word of a long one is quadratic.
 */
function checkSlots(seq: PhraseNode[]): void {
  const names = new Set<string>();
  if (seq[0]?.type === 'slot')
    throw new PhraseSyntaxError('a pattern cannot start with a slot: start it with a word the slot follows');
  const walk = (nodes: PhraseNode[]): void => {
    nodes.forEach((node, i) => {
      if (node.type === 'alt') for (const option of node.options) walk(option);
      else if (node.type === 'opt') walk(node.seq);
      else if (node.type === 'slot') {
        const lower = node.name.toLowerCase();
        if (RESERVED_SLOTS.has(lower)) throw new PhraseSyntaxError(`<${node.name}> is a reserved name`);
        if (names.has(lower)) throw new PhraseSyntaxError(`the slot <${node.name}> appears twice`);
        names.add(lower);
        const next = nodes[i + 1];
        if (node.clause && next && !(next.type === 'word' && isPunctuation(next.text)))
          throw new PhraseSyntaxError(`<${node.name}...> must end the pattern or be followed by punctuation`);
      }
    });
  };
  walk(seq);
}

// A clause slot's words: no clause punctuation or dash, except "." "," ":" "-" inside a word ("3.5", "1,000", "10:30",
// "follow-up").
const CLAUSE_CHAR = '(?:[^,;:.!?\\s\u2013\u2014-]|[-.,:](?=[\\p{L}\\p{N}]))';
const CLAUSE = `${CLAUSE_CHAR}+(?:[ \\t\\u00a0]+${CLAUSE_CHAR}+)*`;

const escapeWord = (word: string): string =>
  word
    .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
    .replace(/['’]/g, "['’]")
    .replace(/-/g, '[-‐‑]');

function wordBody(word: string): string {
  const lower = word.toLowerCase();
  if (lower === 'cannot') return "(?:cannot|can[\\s\\u00a0]+not|can['’]?t)";
  return escapeWord(word);
}

function nodeBody(node: PhraseNode): string {
  switch (node.type) {
    case 'word':
      return wordBody(node.text);
    case 'any':
      return ANY_WORD;
    case 'alt':
      return `(?:${node.options.map(seqSource).join('|')})`;
    case 'opt':
      return seqSource(node.seq);
    case 'raw':
      return node.source;
    case 'slot':
      return `(?<${node.name}>${node.clause ? CLAUSE : ANY_WORD})`;
  }
}

const isPunctuation = (word: string) => /^[,.;:!?]+$/.test(word);

/**
 * The separator plus the node, for a node that follows a required one. Most words need a space
 * before them, but a contraction can be glued on ("should" + "have" also reads "should've"), a
 * word written with a leading apostrophe ("'s") is always glued, and punctuation may touch the word.
 */
function joinedBody(node: PhraseNode, previous: PhraseNode | undefined): string {
  if (node.type === 'alt') return `(?:${node.options.map((option) => joinedSeq(option, previous)).join('|')})`;
  if (node.type === 'opt') return joinedBody({ type: 'alt', options: [node.seq] }, previous);
  if (node.type === 'word') {
    if (/^['’]/.test(node.text)) return wordBody(node.text);
    if (isPunctuation(node.text)) return `[\\s\\u00a0]*${wordBody(node.text)}`;
    const lower = node.text.toLowerCase();
    const before = previous?.type === 'word' ? previous.text.toLowerCase() : '';
    const suffix = previous ? (LOOSE_SUFFIX[lower]?.[before] ?? CONTRACTED_SUFFIX[lower]) : undefined;
    const asOf = lower === 'have' && HAVE_AS_OF.has(before) ? `|${SPACE}of` : '';
    if (suffix) return `(?:${SPACE}${wordBody(node.text)}|${suffix}${asOf})`;
  }
  return SPACE + nodeBody(node);
}

/** A sequence that follows a required node: its first node is joined, the rest as usual. */
function joinedSeq(seq: PhraseNode[], previous: PhraseNode | undefined): string {
  const merged = mergeIrregular(seq);
  const [first, ...rest] = merged;
  if (!first) return '';
  if (first.type === 'opt') return `(?:${joinedBody(first, previous)})?${rest.length ? joinedSeq(rest, previous) : ''}`;
  return joinedBody(first, previous) + continueSeq(rest, first);
}

const isWord = (node: PhraseNode | undefined, text: string): boolean =>
  node?.type === 'word' && node.text.toLowerCase() === text;

/** "will not" contracts to "won't", which no suffix rule produces: merge the pair into one node. */
function mergeIrregular(seq: PhraseNode[]): PhraseNode[] {
  const out: PhraseNode[] = [];
  for (let i = 0; i < seq.length; i++) {
    const node = seq[i] as PhraseNode;
    if (isWord(node, 'will') && isWord(seq[i + 1], 'not')) {
      out.push({ type: 'raw', source: `(?:will${SPACE}not|won['’]?t)`, key: ['will', 'won', 'wont'] });
      i++;
    } else out.push(node);
  }
  return out;
}

/** The rest of a sequence after a required node has been emitted. */
function continueSeq(seq: PhraseNode[], previous: PhraseNode): string {
  let out = '';
  let prev: PhraseNode = previous;
  for (const node of seq) {
    if (node.type === 'opt') {
      out += `(?:${joinedBody(node, prev)})?`;
      continue;
    }
    out += joinedBody(node, prev);
    prev = node;
  }
  return out;
}

export function seqSource(rawSeq: PhraseNode[]): string {
  const seq = mergeIrregular(rawSeq);
  // Optional words before the first required word carry their own trailing space.
  let out = '';
  let i = 0;
  for (; i < seq.length && (seq[i] as PhraseNode).type === 'opt'; i++)
    out += `(?:${nodeBody(seq[i] as PhraseNode)}${SPACE})?`;
  const first = seq[i];
  if (!first) return out;
  return out + nodeBody(first) + continueSeq(seq.slice(i + 1), first);
}

/** A complete, anchored-by-word-boundary regex source for a phrase pattern. */
export function phraseToRegexSource(source: string): string {
  const seq = parsePhrase(source);
  const body = seqSource(seq);
  return `(?<!${WORD_CHARS})(?:${body})(?!${WORD_CHARS})`;
}

const keyOfWord = (word: string): string | null => {
  const m = /^[\p{L}\p{N}]+/u.exec(word.toLowerCase().replace(/’/g, "'"));
  return m ? m[0] : null;
};

// "do not" can start a text as "don't": the first letter run differs, so index both.
const NEGATABLE = new Set([
  'do',
  'does',
  'did',
  'is',
  'are',
  'was',
  'were',
  'have',
  'has',
  'had',
  'could',
  'should',
  'would',
  'must',
  'need',
]);

/**
 * The letter-run keys a word can show in a text besides its own, when it is glued to the next pattern word: "do not"
 * starts "don't" (key "don") and "dont"; "that is" starts "thats"; "cannot" starts "can't" and "cant".
 */
function glued(key: string, next: PhraseNode | undefined): string[] {
  const nextWord = next?.type === 'word' ? next.text.toLowerCase() : '';
  const out: string[] = [];
  if (key === 'cannot') out.push('can', 'cant');
  if (key === 'will' && nextWord === 'not') out.push('won', 'wont');
  if (NEGATABLE.has(key) && nextWord === 'not') out.push(`${key}n`, `${key}nt`);
  const loose = LOOSE_SUFFIX[nextWord]?.[key];
  if (loose) out.push(key + loose.replace(/\[.*?\]\?/, ''));
  return out;
}

/**
 * The lowercase first-word keys any match of this pattern can start with, or null when the pattern
 * can start with any word (then it is run over the whole text instead of through the word index).
 */
export function firstKeys(seq: PhraseNode[]): Set<string> | null {
  const keys = new Set<string>();
  for (let i = 0; i < seq.length; i++) {
    const node = seq[i] as PhraseNode;
    const next = seq[i + 1];
    if (node.type === 'any' || node.type === 'slot') return null;
    if (node.type === 'raw') {
      for (const k of node.key) keys.add(k);
      return keys;
    }
    if (node.type === 'word') {
      const key = keyOfWord(node.text);
      if (key === null) return null;
      keys.add(key);
      for (const k of glued(key, next)) keys.add(k);
      return keys;
    }
    if (node.type === 'alt') {
      for (const option of node.options) {
        const sub = firstKeys(option);
        if (sub === null) return null;
        for (const k of sub) keys.add(k);
      }
      return keys;
    }
    // Optional: its words may start a match, and so may whatever follows it.
    const sub = firstKeys(node.seq);
    if (sub === null) return null;
    for (const k of sub) keys.add(k);
  }
  return keys;
}

// Words too common, or too changeable under contraction, to tell phrases apart.
const WEAK_ANCHORS = new Set([
  'a',
  'an',
  'the',
  'to',
  'of',
  'in',
  'on',
  'at',
  'for',
  'by',
  'with',
  'and',
  'or',
  'but',
  'so',
  'if',
  'as',
  'i',
  'you',
  'we',
  'it',
  'that',
  'this',
  'is',
  'are',
  'am',
  'be',
  'was',
  'were',
  'do',
  'does',
  'did',
  'have',
  'has',
  'had',
  'not',
  'will',
  'would',
  'can',
  'could',
  'should',
  'us',
  'me',
  'my',
  'our',
  'your',
  'they',
  'them',
  'there',
  'what',
  'just',
]);

/**
 * Letter-run keys of the words a required slot can hold, or null when the slot can be any word. `next` is the
 * node after the slot: a word followed by "not" also reads as its contraction ("must not" → "mustn't", whose first
 * letter run is "mustn").
 */
function slotKeys(node: PhraseNode, next: PhraseNode | undefined): string[] | null {
  if (node.type === 'word') {
    const key = keyOfWord(node.text);
    if (!key) return null;
    return [key, ...glued(key, next)];
  }
  if (node.type === 'raw') return node.key;
  if (node.type === 'alt') {
    const keys: string[] = [];
    for (const option of node.options) {
      const [first, second] = mergeIrregular(option);
      if (!first || first.type === 'opt') return null;
      // A one-word option is followed by whatever follows the slot.
      const sub = slotKeys(first, option.length > 1 ? second : next);
      if (!sub) return null;
      keys.push(...sub);
    }
    return keys;
  }
  return null;
}

/**
 * The words of one required slot that every match must contain, chosen to be as rare as we can
 * tell (longest shortest word, none of them a common function word). A text without any of them
 * cannot match, so most rules cost one map lookup per check. null when no slot is selective.
 */
export function anchorKeys(seq: PhraseNode[]): string[] | null {
  let best: string[] | null = null;
  let bestScore = 0;
  const merged = mergeIrregular(seq);
  for (let i = 0; i < merged.length; i++) {
    const node = merged[i] as PhraseNode;
    if (node.type === 'opt' || node.type === 'any' || node.type === 'slot') continue;
    const keys = slotKeys(node, merged[i + 1]);
    if (!keys || keys.length === 0 || keys.some((k) => WEAK_ANCHORS.has(k) || k.length < 3)) continue;
    const score = Math.min(...keys.map((k) => k.length)) * 10 - keys.length;
    if (score > bestScore) {
      best = keys;
      bestScore = score;
    }
  }
  return best ? [...new Set(best)].sort() : null;
}
