import { describe, expect, it, vi } from 'vitest';
import { findUnsafeRegexes } from '../../../background/regex-safety.ts';
import {
  findUnsafeRegexesOnDemand,
  preloadRegexSafety,
  provideRegexSafety,
  REGEX_SAFETY_SCRIPT,
} from '../../../background/regex-safety-on-demand.ts';
import type { Rule, Rulebook } from '../../../rules/schema.ts';
import { avoidRule, rulebook } from '../storage/helpers.ts';

const withRegex = (regex: string): Rulebook =>
  rulebook('team', [avoidRule('team/r', 'unused', { patterns: [], regex: [regex] } as Partial<Rule>)]);

/** A worker-like scope whose importScripts runs the regex-safety script (it provides the check), or fails. */
function workerScope(loads: boolean) {
  const scope: Record<string, unknown> = {};
  scope.importScripts = vi.fn((url: string) => {
    if (!loads) throw new Error(`The script at '${url}' failed to load.`);
    provideRegexSafety({ findUnsafeRegexes }, scope);
  });
  return scope as { importScripts: ReturnType<typeof vi.fn> };
}

describe('the regex-safety check, loaded only when a regex needs a verdict (E7)', () => {
  it('never loads it for a rulebook without author regexes', () => {
    const scope = workerScope(true);
    expect(findUnsafeRegexesOnDemand(rulebook('team', [avoidRule('team/a', 'your fault')]), scope)).toEqual([]);
    expect(scope.importScripts).not.toHaveBeenCalled();
  });

  it('loads it once, on the first regex, and refuses (a+)+$ with a message naming the danger', () => {
    const scope = workerScope(true);
    expect(findUnsafeRegexesOnDemand(withRegex('\\bnot our (fault|problem)\\b'), scope)).toEqual([]);
    const problems = findUnsafeRegexesOnDemand(withRegex('(a+)+$'), scope);
    expect(problems).toEqual([
      { path: 'rules[0].regex[0]', message: expect.stringMatching(/catastrophic backtracking/) },
    ]);
    expect(scope.importScripts).toHaveBeenCalledTimes(1);
    expect(scope.importScripts).toHaveBeenCalledWith(REGEX_SAFETY_SCRIPT);
  });

  it('preloads at install, so a later check does not import again', () => {
    const scope = workerScope(true);
    preloadRegexSafety(scope);
    findUnsafeRegexesOnDemand(withRegex('(x*)*y'), scope);
    expect(scope.importScripts).toHaveBeenCalledTimes(1);
  });

  it('refuses every regex with a clear message when the check cannot load, rather than store an unchecked one', () => {
    const scope = workerScope(false);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(findUnsafeRegexesOnDemand(withRegex('harmless'), scope)).toEqual([
      { path: 'rules[0].regex[0]', message: expect.stringMatching(/could not be checked .* try again/) },
    ]);
  });
});
