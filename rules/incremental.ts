import { checkSteps } from './engine.ts';
import type { RuleMatch } from './kinds/match.ts';
import { findPhraseMatches } from './kinds/phrases.ts';
import type { PreparedRulebook } from './prepare.ts';
import { guessLanguage, type LanguageGuess } from './text/language.ts';
import { maskQuotesAndSignatures } from './text/mask.ts';
import { splitSentences } from './text/sentences.ts';
import type { CheckContext, CheckResult } from './types.ts';

/** A check whose phrase matching is done and whose remaining steps (rewrites) were cut short by the clock. */
interface PendingCheck {
  text: string;
  customer: string | undefined;
  learnedCustomerReading: boolean | undefined;
  steps: Generator<void, CheckResult>;
}

/** What a sentence's text alone decides: its phrase matches and its language guess. */
interface SentenceResult {
  matches: RuleMatch[];
  guess: LanguageGuess;
}

/**
 * A checker for one reply box that is re-checked as the agent types. Phrase matches depend on each sentence alone,
 * so they are cached by the sentence's text: after a keystroke only the edited sentence is matched again. A check
 * also takes a clock: when it says time is up, the check stops between two sentences (or, once every sentence is
 * matched, between two findings' rewrites) and answers null, keeping what it did, so the next call (in the next
 * frame) goes on from there. Every call does at least one step. Its findings equal `check()`'s.
 */
export class IncrementalChecker {
  /** Matches (offsets relative to the sentence) and language by sentence text. */
  private cache = new Map<string, SentenceResult>();

  constructor(readonly book: PreparedRulebook) {}

  /** The check the clock last stopped after its phrase matching, resumed when the same text comes back. */
  private pending: PendingCheck | null = null;

  check(text: string, context: CheckContext = {}, timeIsUp: () => boolean = () => false): CheckResult | null {
    const pending = this.pending;
    this.pending = null;
    if (
      pending?.text === text &&
      pending.customer === context.customer &&
      pending.learnedCustomerReading === context.learnedCustomerReading
    )
      return this.finish(pending, timeIsUp);
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
    const steps = checkSteps(masked, sentences, this.book, context, matches, guesses);
    const next = { text, customer: context.customer, learnedCustomerReading: context.learnedCustomerReading, steps };
    return this.finish(next, timeIsUp, matchedNow > 0);
  }

  /** Runs the remaining steps until they end or time is up; at least one step unless this call already matched. */
  private finish(check: PendingCheck, timeIsUp: () => boolean, progressed = false): CheckResult | null {
    let stepped = progressed;
    for (;;) {
      if (stepped && timeIsUp()) {
        this.pending = check;
        return null;
      }
      const step = check.steps.next();
      if (step.done) return step.value;
      stepped = true;
    }
  }
}
