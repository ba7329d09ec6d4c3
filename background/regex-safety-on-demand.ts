import { regexTexts } from '../rules/kinds/index.ts';
import type { Rulebook } from '../rules/schema.ts';
import { starterRulebook } from '../rules/starter/index.ts';
import type { Problem } from '../rules/types.ts';
import type { RegexCheckOptions } from './regex-safety.ts';

/**
 * The worker's way to the regex-safety check (regex-safety.ts, recheck: ~2.9 MB) without paying for it on every
 * wake. MV3 stops an idle worker after 30 s and parses its whole bundle on each start, and a service worker has no
 * dynamic import(). So recheck is a separate classic script (entrypoints/regex-safety.ts → /regex-safety.js) that
 * fills a global when it runs. The worker imports it once at install (`preloadRegexSafety`), which puts it in the
 * worker's script cache; after that `importScripts` may load it at any time, and the worker does so the first time
 * a rulebook with an author regex needs a verdict. Rulebooks without regexes (the usual case) never load it.
 * Node (tests, the CLI) calls `provideRegexSafety` with regex-safety.ts itself.
 */
export interface RegexSafety {
  findUnsafeRegexes(book: Rulebook, options?: RegexCheckOptions): Problem[];
}

export const REGEX_SAFETY_SCRIPT = '/regex-safety.js';
const SLOT = '__tactfulRegexSafety';

type Scope = { [SLOT]?: RegexSafety; importScripts?: (...urls: string[]) => void };

/** Called by the script that carries recheck when it runs (and by Node code that imports regex-safety.ts). */
export function provideRegexSafety(impl: RegexSafety, scope: object = globalThis): void {
  (scope as Scope)[SLOT] = impl;
}

function load(scope: Scope): RegexSafety | undefined {
  if (!scope[SLOT] && typeof scope.importScripts === 'function') {
    try {
      scope.importScripts(REGEX_SAFETY_SCRIPT);
    } catch (error) {
      console.warn('Tactful: the regex-safety check did not load', error);
    }
  }
  return scope[SLOT];
}

/** At the worker's install: the one moment a service worker may import a script it has not imported before. */
export function preloadRegexSafety(scope: object = globalThis): void {
  load(scope as Scope);
}

/**
 * The regexes the starter rulebook ships, word for word. The unit suite proves each safe with recheck and no time
 * limit to speak of (tests/unit/background/regex-safety.test.ts); checking them again on every import of a book built
 * on the starter costs the worker about 45 s of fuzzing on two cores, and on a busy machine a check can run out of
 * time and refuse a regex that is safe.
 */
let shipped: Set<string> | undefined;
const shippedRegexes = (): Set<string> =>
  (shipped ??= new Set(starterRulebook.rules.flatMap((rule) => regexTexts(rule).map(({ text }) => text))));

/** Every author regex in a rulebook, checked (regex-safety.ts's findUnsafeRegexes), loading the check on first use. */
export function findUnsafeRegexesOnDemand(book: Rulebook, scope: object = globalThis): Problem[] {
  const regexes = book.rules.flatMap((rule, i) =>
    regexTexts(rule)
      .filter(({ text }) => !shippedRegexes().has(text))
      .map(({ path }) => `rules[${i}].${path}`),
  );
  if (regexes.length === 0) return [];
  const safety = load(scope as Scope);
  if (safety) return safety.findUnsafeRegexes(book, { proven: shippedRegexes() });
  // Refuse rather than store a regex nobody checked: nothing stored is lost, and saving again may work.
  return regexes.map((path) => ({
    path,
    message: 'this regular expression could not be checked for catastrophic backtracking just now; try again',
  }));
}
