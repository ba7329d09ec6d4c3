import { checkSentences } from './engine.ts';
import type { RuleMatch } from './kinds/match.ts';
import { findPhraseMatches } from './kinds/phrases.ts';
import type { PreparedRulebook } from './prepare.ts';
import { maskQuotesAndSignatures } from './text/mask.ts';
import { splitSentences } from './text/sentences.ts';
import type { CheckContext, CheckResult } from './types.ts';

/**
 * A checker for one reply box that is re-checked as the agent types. Phrase matches depend on each sentence alone,
 * so they are cached by the sentence's text: after a keystroke only the edited sentence is matched again. A check
 * also takes a clock: when it says time is up, the check stops between two sentences and answers null, keeping the
 * sentences it matched, so the next call (in the next frame) goes on from there. Its findings equal `check()`'s.
 */
export class IncrementalChecker {
  /** Matches by sentence text, offsets relative to the sentence. */
  private cache = new Map<string, RuleMatch[]>();

  constructor(readonly book: PreparedRulebook) {}

  check(text: string, context: CheckContext = {}, timeIsUp: () => boolean = () => false): CheckResult | null {
    const masked = maskQuotesAndSignatures(text).text;
    const sentences = splitSentences(masked);
    const used = new Map<string, RuleMatch[]>();
    const matches: RuleMatch[] = [];
    let matchedNow = 0;
    for (const s of sentences) {
      const sentence = masked.slice(s.start, s.end);
      let found = used.get(sentence) ?? this.cache.get(sentence);
      if (!found) {
        // At least one sentence per call, so a slow machine still makes progress from frame to frame.
        if (matchedNow > 0 && timeIsUp()) {
          // Keep what this call matched, on top of what earlier calls did, for the next call to go on from.
          for (const [key, value] of used) this.cache.set(key, value);
          return null;
        }
        found = findPhraseMatches(sentence, this.book, [{ start: 0, end: sentence.length }]);
        matchedNow++;
      }
      used.set(sentence, found);
      for (const m of found) matches.push({ ...m, start: m.start + s.start, end: m.end + s.start });
    }
    // Only the sentences of the text just checked stay cached, so the cache never outgrows the reply.
    this.cache = used;
    return checkSentences(masked, sentences, this.book, context, matches);
  }
}
