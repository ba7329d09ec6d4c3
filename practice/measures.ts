import { maskQuotesAndSignatures } from '../rules/text/mask.ts';
import { splitSentences } from '../rules/text/sentences.ts';

/**
 * Plain measures of a reply's length and readability. They use the engine's own masking and sentence
 * splitting, so a quoted line or a signature never counts towards the trainee's word count, and the
 * rubric and the coach always agree on where a sentence ends.
 */
export interface ReplyMeasures {
  words: number;
  sentences: number;
  /** Words in the longest sentence (0 for an empty reply). */
  longestSentence: number;
  /** The longest sentence itself, so feedback can quote it. */
  longestSentenceText: string;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

export const countWords = (text: string): number => text.match(WORD)?.length ?? 0;

export function measureReply(reply: string): ReplyMeasures {
  const masked = maskQuotesAndSignatures(reply).text;
  const spans = splitSentences(masked);
  let longestSentence = 0;
  let longestSentenceText = '';
  for (const span of spans) {
    const sentence = masked.slice(span.start, span.end);
    const words = countWords(sentence);
    if (words > longestSentence) {
      longestSentence = words;
      longestSentenceText = sentence;
    }
  }
  return { words: countWords(masked), sentences: spans.length, longestSentence, longestSentenceText };
}
