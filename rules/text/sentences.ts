import { partitionPoint } from './search.ts';
import { countWords } from './words.ts';

/**
 * Sentence spans over a (masked) reply. Offsets are half-open UTF-16 indices into the same string.
 * Written for support replies: greetings and sign-offs sit on their own lines, so a line break always
 * ends a sentence; inside a line, . ! ? end one unless they close an abbreviation or a number.
 */
export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'approx',
  'no',
  'nr',
  'ref',
  'inc',
  'ltd',
  'co',
  'jr',
  'sr',
  'dept',
  'est',
  'min',
  'max',
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'a.m',
  'p.m',
  'u.s',
  'u.k',
  'acc',
  'tel',
]);

const isSpace = (ch: string | undefined): boolean =>
  ch !== undefined && /[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]/.test(ch);

// An emoji run followed by a capitalised word ("…at the top of the screen 🙃 Profile > Edit") ends a sentence in a
// social reply as a full stop would.
// Only the run's last emoji is matched, so a long run of emoji is read once, not once per emoji.
const EMOJI_STOP = /\p{Extended_Pictographic}(?:\u{FE0F}|[\u{1F3FB}-\u{1F3FF}])?(?=[ \t\u00a0]+\p{Lu})/gu;
// Words a sentence needs before an emoji may end it: "@jaz_mn 😂 Only the finest…" is one sentence.
const MIN_WORDS_BEFORE_EMOJI_STOP = 2;

function emojiStops(text: string): Set<number> {
  const stops = new Set<number>();
  if (!/\p{Extended_Pictographic}/u.test(text)) return stops;
  EMOJI_STOP.lastIndex = 0;
  for (let m = EMOJI_STOP.exec(text); m; m = EMOJI_STOP.exec(text)) stops.add(m.index + m[0].length);
  return stops;
}

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const emoji = emojiStops(text);
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] as string)) s++;
    while (e > s && /\s/.test(text[e - 1] as string)) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (
      emoji.size > 0 &&
      emoji.has(i) &&
      countWords(text.slice(start, i).replace(/(?:^|\s)@\S+/gu, ' ')) >= MIN_WORDS_BEFORE_EMOJI_STOP
    ) {
      push(i);
      start = i;
    }
    if (ch === '\n' || ch === '\r') {
      push(i);
      start = i + 1;
      continue;
    }
    // "؟" is the Arabic question mark.
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…' && ch !== '؟') continue;
    let j = i + 1;
    while (j < text.length && /[.!?…؟"'”’)\]]/.test(text[j] as string)) j++;
    if (j < text.length && !isSpace(text[j]) && text[j] !== '\n' && text[j] !== '\r') {
      // Not a sentence end ("e.g.x", "...and"): skip the whole run of marks, so a long run of dots is read once.
      i = j - 1;
      continue;
    }
    if (ch === '.') {
      // The word before the stop, whole: the "t" of "isn't." is no initial.
      const before = /(?<![\p{L}'’])([\p{L}.]+)\.$/u.exec(text.slice(Math.max(0, i - 12), i + 1));
      const word = before?.[1]?.toLowerCase();
      if (word && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word))) continue;
    }
    push(j);
    start = j;
    i = j - 1;
  }
  push(text.length);
  return spans;
}

/** The index of the sentence containing `offset` (sentences are sorted and disjoint), or -1. */
function sentenceIndexAt(spans: Span[], offset: number): number {
  const i = partitionPoint(spans, (s) => s.end <= offset);
  return (spans[i]?.start ?? Number.POSITIVE_INFINITY) <= offset ? i : -1;
}

/** The sentence containing `offset`, if any. */
export const sentenceAt = (spans: Span[], offset: number): Span | undefined => spans[sentenceIndexAt(spans, offset)];
