/**
 * Joining rewritten text into a sentence so that it reads as written: one space between words, no space before
 * punctuation, no ",." or ",,", no word doubled across the join ("Please please"), "a"/"an" agreeing with the word
 * that now follows, and case that follows the sentence.
 */

import { HELLO } from '../text/letter-lines.ts';
import { ONLY_HANDLES } from './handles.ts';

const LEADING_SPACE = /^[ \t\u00a0]+/;
const TRAILING_SPACE = /[ \t\u00a0]+$/;
const WORD_AT_END = /([\p{L}\p{N}][\p{L}\p{N}'’-]*)$/u;
const WORD_AT_START = /^([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u;
const SOFT = /[,;:]$/; // punctuation that needs more after it
const HARD = /[.!?…]$/;

/** Join two pieces of one sentence at a splice. */
export function join(left: string, right: string): string {
  const a = left.replace(TRAILING_SPACE, '');
  let b = right.replace(LEADING_SPACE, '');
  const spaced = a.length < left.length || b.length < right.length;
  // Nothing before: a clause that opened the sentence is gone, and so is the comma that closed it.
  if (!a) return b.replace(/^[,;:]\s*/, '');
  if (!b) return a;

  // A word doubled across the join ("Please" + "please send") keeps the first.
  const lastWord = WORD_AT_END.exec(a)?.[1];
  const firstWord = WORD_AT_START.exec(b)?.[1];
  if (lastWord && firstWord && lastWord.toLowerCase() === firstWord.toLowerCase() && /\p{L}/u.test(lastWord))
    b = b.slice(firstWord.length).replace(LEADING_SPACE, '');
  if (!b) return a;

  const bPunct = /^[,;:.!?…]/.exec(b)?.[0];
  if (bPunct) {
    const rest = b.slice(1).replace(LEADING_SPACE, '');
    const softB = /[,;:]/.test(bPunct);
    // "fault," + ", so" → "fault, so": a mark already there wins over a soft one after it.
    if ((SOFT.test(a) || HARD.test(a)) && softB) return rest ? `${a} ${rest}` : a;
    if (SOFT.test(a)) return a.slice(0, -1) + b; // "fault," + "." → "fault."
    if (HARD.test(a)) return a + rest; // "done." + "." → "done."
    return a + b;
  }
  if (/[([{“‘"'\u2013\u2014-]$/.test(a) && !spaced) return a + b;
  if (!spaced && /[\p{L}\p{N}]$/u.test(a) && /^['’]/.test(b)) return a + b; // "{who}" + "'s"
  return `${a} ${b}`;
}

// A subject starting a clause of its own: the comma before it stays ("the NHS system, that's their call").
// A clause of its own, after a word that only hedges it ("maybe there came new snow after": round 43 read the two
// clauses run together without their comma as broken).
const NEW_CLAUSE =
  /^(?:(?:maybe|perhaps|probably|possibly|likely|hopefully|honestly|luckily|sadly|unfortunately|fortunately|obviously|clearly|now|then)\s+)?(that['’]s|it['’]s|it|they|we|I|he|she|you|this|there|these|those)\b/iu;
const CONJUNCTION = /^(and|but|so|or|because|which|who|then|yet|though|although|since|as|while|whereas)\b/i;
const JOINING_WORD_AND_COMMA = /(?<![\p{L}])(but|and|or|yet|because)\s*,$/iu;
const SAID_ON_ITS_OWN_AND_COMMA = /(?<![\p{L}])(yes|no|well|okay|ok|sure|right|honestly|of course)\s*,$/iu;
// "Hi Liam, as I said, the refund…": the greeting's comma is its own, whatever the name (and a title's full stop,
// "Hello Ms. Ortega,", is no sentence end: without it the comma went and the name ran into the sentence).
/** A title before a name ("Ms. Ortega"), whose full stop ends no sentence. */
export const TITLE = '(?:mr|mrs|ms|mx|miss|dr|prof)';
// A hello (the list in text/letter-lines.ts, which the clause cutter and the letter lines read too) and its comma.
const GREETING_AND_COMMA = new RegExp(
  String.raw`^\s*(?:${HELLO}|thanks|thank you)(?!\p{L})(?:\s+${TITLE}\.)?[^,.!?]*,$`,
  'iu',
);

/** Does the text before a change end on a greeting and its comma ("Hi Sofie, ")? */
export const endsOnGreeting = (left: string): boolean => GREETING_AND_COMMA.test(left.replace(/\s+$/u, ''));

/**
 * Join the two sides of a sentence whose matched words are removed. A removed aside takes its commas with it
 * ("The refund, as I said, takes a week" → "The refund takes a week"), except before a joining word, which keeps one
 * ("in transit, not us, and the laptop" → "in transit, and the laptop").
 */
export function joinRemoved(left: string, removed: string, right: string): string {
  const r = /,\s*$/.test(removed) ? `, ${right.replace(LEADING_SPACE, '')}` : right;
  const a = left.replace(TRAILING_SPACE, '');
  const b = r.replace(LEADING_SPACE, '');
  // After a social reply's @handles what is left starts the sentence: "@sam_k As I said, the refund…" → "@sam_k The refund…".
  if (ONLY_HANDLES.test(a) && b.startsWith(',')) return join(a, b.slice(1).replace(LEADING_SPACE, ''));
  // After a dash the sentence goes on: "You're entered — ~~as I said on Tuesday,~~ the list…" keeps its space and
  // its lower case (round 28 read "entered —The list" as broken).
  if (/[\u2013\u2014]$/u.test(a) && b.startsWith(',')) return `${a} ${b.slice(1).replace(LEADING_SPACE, '')}`;
  // After an emoji or a mark that closes nothing ("😅 As you know, petrol…"), what is left starts afresh.
  if (a && b.startsWith(',') && !/[\p{L}\p{N}'’")\],;:]$/u.test(a))
    return join(a, capitalise(b.slice(1).replace(LEADING_SPACE, '')));
  // "but" + ", the part…": a joining word takes no comma after it.
  if (/(?<![\p{L}])(but|and|so|or|yet|because)$/iu.test(a) && b.startsWith(',')) return join(a, b.slice(1));
  if (a.endsWith(',') && b.startsWith(',')) {
    const rest = b.slice(1).replace(LEADING_SPACE, '');
    // "but, as I said, we can't" → "but we can't": the comma belonged to the aside, not to the joining word.
    if (JOINING_WORD_AND_COMMA.test(a)) return join(a.slice(0, -1), rest);
    // "and yes, as I said, that debt" → "and yes, that debt": a word said on its own keeps its comma.
    // After a greeting, case follows the writer: "Dear Chef Moreau, As anyone in the trade knows, truffle prices…" set
    // the greeting apart as its own line, so what now follows it keeps a capital.
    if (endsOnGreeting(a)) return join(a, /^\s*\p{Lu}/u.test(removed) ? capitalise(rest) : rest);
    if (SAID_ON_ITS_OWN_AND_COMMA.test(a)) return join(a, rest);
    return CONJUNCTION.test(rest) || NEW_CLAUSE.test(rest) ? join(a, rest) : join(a.slice(0, -1), rest);
  }
  // "system," + "– they never…": the dash takes over from the comma.
  if (/[,;:]$/.test(a) && /^[\u2013\u2014]/.test(b)) return `${a.slice(0, -1)} ${b}`;
  return join(a, b);
}

/** An article before a word: "an" before a vowel sound, "a" before a consonant sound. */
export function article(next: string, capital: boolean): string {
  const word = next.toLowerCase();
  const vowelSound =
    (/^[aeiou]/.test(word) && !/^(uni|use|usu|usa|ute|uti|eu|ewe|one|once|ubiq)/.test(word)) ||
    /^(hour|honest|honou?r|heir)/.test(word) ||
    /^[aefhilmnorsx]$/.test(word) ||
    /^(fbi|mri|mba|sms|mp3|html|xml|nhs|rsvp|lcd|led)\b/.test(word);
  const a = vowelSound ? 'an' : 'a';
  return capital ? a[0]?.toUpperCase() + a.slice(1) : a;
}

/** Make every "a"/"an" in `text` agree with the word after it, looking only near `from`..`to` (the splice). */
export function fixArticles(text: string, from: number, to: number): string {
  const re = /(?<![\p{L}\p{N}'’])(an?)([ \t\u00a0]+)([\p{L}\p{N}][\p{L}\p{N}'’-]*)/giu;
  return text.replace(re, (whole, art: string, space: string, word: string, offset: number) => {
    // Only articles touching the rewritten part: the rest of the sentence is the agent's.
    if (offset + whole.length < from || offset > to) return whole;
    return article(word, art[0] === 'A') + space + word;
  });
}

/** Words that start a sentence in lower case once something is put before them. */
const COMMON_START = new Set(
  'the you your it its this that these those there we our they their a an my please sadly unfortunately and but so if as since because when all any some no not just only also'.split(
    ' ',
  ),
);

export const firstLetter = (text: string): string | undefined => /\p{L}/u.exec(text)?.[0];
export const isLower = (ch: string | undefined): boolean => ch !== undefined && ch !== ch.toUpperCase();
export const isUpper = (ch: string | undefined): boolean => ch !== undefined && ch !== ch.toLowerCase();

/** The first letter of `text` in upper case (after opening quotes or brackets). */
export const capitalise = (text: string): string =>
  text.replace(/^([\s"'“‘([]*)(\p{Ll})/u, (_, lead: string, ch: string) => lead + ch.toUpperCase());

/** A word that stood at the sentence start in lower case, when it is a common word (never a name). */
export function lowerCommonStart(text: string): string {
  const word = WORD_AT_START.exec(text)?.[1];
  if (!word || !COMMON_START.has(word.toLowerCase()) || !/^\p{Lu}\p{Ll}*$/u.test(word)) return text;
  return word.toLowerCase() + text.slice(word.length);
}

/** A rewrite written in sentence case, placed inside a sentence: "Please send" → "please send"; "I", "SIM" stay. */
export function lowerInside(text: string): string {
  const word = WORD_AT_START.exec(text)?.[1];
  if (!word || /^I\b|^I['’]/.test(word) || /^\p{Lu}{2}/u.test(word) || !/^\p{Lu}\p{Ll}/u.test(word)) return text;
  return word[0]?.toLowerCase() + text.slice(1);
}

/** The sentence is written in capitals (the agent is shouting, or a caps-lock reply): rewrites follow it. */
export function isShouting(sentence: string): boolean {
  const letters = sentence.match(/\p{L}/gu) ?? [];
  if (letters.length < 8) return false;
  const upper = letters.filter((l) => l === l.toUpperCase() && l !== l.toLowerCase()).length;
  return upper / letters.length >= 0.8;
}
