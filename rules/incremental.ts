import { checkSentences } from './engine.ts';
import type { RuleMatch } from './kinds/match.ts';
import { findPhraseMatches } from './kinds/phrases.ts';
import type { PreparedRulebook } from './prepare.ts';
import { guessLanguage, type LanguageGuess } from './text/language.ts';
import { maskQuotesAndSignatures } from './text/mask.ts';
import { splitSentences } from './text/sentences.ts';
import type { CheckContext, CheckResult } from './types.ts';

/** What a sentence's text alone decides: its phrase matches and its language guess. */
interface SentenceResult {
  matches: RuleMatch[];
  guess: LanguageGuess;
}

/**
 * A checker for one reply box that is re-checked as the agent types. Phrase matches depend on each sentence alone,
 * so they are cached by the sentence's text: after a keystroke only the edited sentence is matched again. A check
 * also takes a clock: when it says time is up, the check stops between two sentences and answers null, keeping the
 * sentences it matched, so the next call (in the next frame) goes on from there. Its findings equal `check()`'s.
 */
export class IncrementalChecker {
  /** Matches (offsets relative to the sentence) and language by sentence text. */
  private cache = new Map<string, SentenceResult>();

  constructor(readonly book: PreparedRulebook) {}

  check(text: string, context: CheckContext = {}, timeIsUp: () => boolean = () => false): CheckResult | null {
    const masked = maskQuotesAndSignatures(text).text;
    const sentences = splitSentences(masked);
    const used = new Map<string, SentenceResult>();
    const matches: RuleMatch[] = [];
    const guesses: LanguageGuess[] = [];
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
        found = {
          matches: findPhraseMatches(sentence, this.book, [{ start: 0, end: sentence.length }]),
          guess: guessLanguage(sentence),
        };
        matchedNow++;
      }
      used.set(sentence, found);
      for (const m of found.matches) matches.push({ ...m, start: m.start + s.start, end: m.end + s.start });
      guesses.push(found.guess);
    }
    // Only the sentences of the text just checked stay cached, so the cache never outgrows the reply.
    this.cache = used;
    return checkSentences(masked, sentences, this.book, context, matches, guesses);
  }
}
