import { checkSync } from 'recheck';
import { regexTexts } from '../rules/kinds/index.ts';
import type { Rulebook } from '../rules/schema.ts';
import type { Problem } from '../rules/types.ts';

/**
 * Catastrophic-backtracking check for author-written regexes, with recheck. Runs in the background
 * worker or an extension page, never in a content script (its build is ~2.9 MB). `checkSync` is the
 * pure-JavaScript backend: extension CSP forbids the blob: worker that recheck's async `check` starts,
 * and a service worker cannot start workers at all.
 */
export type RegexVerdict = { safe: true } | { safe: false; reason: string };

const verdicts = new Map<string, RegexVerdict>();

/**
 * Per pattern. Patterns with lookarounds can only be fuzzed, which takes 1–6 s on a busy 2-core machine (the
 * starter's their-responsibility regex); plain patterns are decided by automaton in milliseconds.
 */
const TIMEOUT_MS = 10_000;

/**
 * recheck's fuzzer also stops its inner phases on the clock (100 ms to seed, 250 ms to grow a string, 1 s to try an
 * attack). On a busy machine those stops cut the search short and it fits a curve to too few runs: the starter's bounded
 * "says … in bold" pattern, linear when timed on 80,000 repeats of the attack, was once called quadratic in CI and
 * is called so here whenever the phases get 5 ms. Without those clocks the fuzzer counts steps only, so a pattern
 * gets the same verdict on every machine and load; the overall timeout still bounds the check.
 */
const STEP_COUNTED = { incubationTimeout: null, seedingTimeout: null, attackTimeout: null } as const;

/** The flags the engine compiles this pattern with (rules/prepare.ts): Unicode mode where the pattern allows it. */
function flagsFor(source: string): string {
  try {
    new RegExp(source, 'iu');
    return 'iu';
  } catch {
    return 'i';
  }
}

export function checkRegex(source: string, timeoutMs = TIMEOUT_MS): RegexVerdict {
  const known = verdicts.get(source);
  if (known && (known.safe || timeoutMs <= TIMEOUT_MS)) return known;
  let verdict: RegexVerdict;
  try {
    const result = checkSync(source, flagsFor(source), { timeout: timeoutMs, ...STEP_COUNTED });
    if (result.status === 'safe') verdict = { safe: true };
    else if (result.status === 'vulnerable') {
      const growth = result.complexity.type === 'exponential' ? 'exponential' : 'polynomial';
      verdict = {
        safe: false,
        reason: `this regular expression can take ${growth} time on some text and freeze the page (catastrophic backtracking); remove nested or overlapping repeats such as "(a+)+" or "(\\w|\\d)+"`,
      };
    } else {
      verdict = {
        safe: false,
        reason:
          'this regular expression could not be shown to be safe in time; make it simpler or use a phrase pattern',
      };
    }
  } catch (error) {
    verdict = { safe: false, reason: `this regular expression could not be checked: ${(error as Error).message}` };
  }
  if (verdicts.size > 2000) verdicts.clear();
  verdicts.set(source, verdict);
  return verdict;
}

export interface RegexCheckOptions {
  /** Per pattern: the unit suite's proof of the starter's regexes allows more than an import does. */
  timeoutMs?: number;
  /** Regexes already proven safe (the starter's, word for word), not checked again. */
  proven?: ReadonlySet<string>;
}

/** Every author regex in a rulebook, checked; problems carry JSON paths like `rules[3].regex[0]`. */
export function findUnsafeRegexes(
  book: Rulebook,
  { timeoutMs = TIMEOUT_MS, proven }: RegexCheckOptions = {},
): Problem[] {
  const problems: Problem[] = [];
  book.rules.forEach((rule, i) => {
    for (const { path, text } of regexTexts(rule)) {
      if (proven?.has(text)) continue;
      const verdict = checkRegex(text, timeoutMs);
      if (!verdict.safe) problems.push({ path: `rules[${i}].${path}`, message: verdict.reason });
    }
  });
  return problems;
}
