import { GREETING, SIGN_OFF } from '../../rules/text/letter-lines.ts';
import { splitSentences } from '../../rules/text/sentences.ts';

/**
 * Whether a reply looks written, so that saying what it lacks is no longer nagging: two finished sentences after
 * the greeting, or a sign-off line after at least one. About the shape of the text only, never about what it says;
 * read on the engine's copy, so quoted history and signatures (blanked) never count.
 */
export function looksWritten(checked: string): boolean {
  const spans = splitSentences(checked);
  let body = 0;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as { start: number; end: number };
    const sentence = checked.slice(span.start, span.end);
    const ownLine = startsLine(checked, span.start) && endsLine(checked, span.end);
    if (body >= 1 && ownLine && SIGN_OFF.test(sentence)) return true;
    // The sentence under the caret counts once it ends: with its full stop, or when a line or a sentence follows.
    const finished = i < spans.length - 1 || ENDS_SENTENCE.test(sentence) || /[\r\n]/.test(checked.slice(span.end));
    if (!finished || (i === 0 && ownLine && isGreeting(sentence))) continue;
    body++;
    if (body >= 2) return true;
  }
  return false;
}

const ENDS_SENTENCE = /[.!?…]["'”’)\]]*$/;

// "Hi Dana," and "Hello!" open a reply; "Hello Dana, you were charged twice." is already a sentence of it.
const isGreeting = (sentence: string): boolean =>
  GREETING.test(sentence) && (!ENDS_SENTENCE.test(sentence) || sentence.split(/\s+/).length <= 3);

/** Only spaces (a masked quote is spaces) between the last line break and `offset`. */
function startsLine(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const ch = text[i];
    if (ch === '\n' || ch === '\r') return true;
    if (ch !== ' ' && ch !== '\t') return false;
  }
  return true;
}

function endsLine(text: string, offset: number): boolean {
  for (let i = offset; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' || ch === '\r') return true;
    if (ch !== ' ' && ch !== '\t') return false;
  }
  return true;
}
