import { describe, expect, it } from 'vitest';
import { checkRegex, findUnsafeRegexes } from '../../../background/regex-safety.ts';
import { findUnsafeRegexesOnDemand, provideRegexSafety } from '../../../background/regex-safety-on-demand.ts';
import { starterRulebook } from '../../../rules/index.ts';
import type { Rulebook } from '../../../rules/schema.ts';

type AvoidRule = Extract<Rulebook['rules'][number], { kind: 'avoid' }>;

describe('regex safety (recheck)', () => {
  it('accepts ordinary patterns', () => {
    expect(checkRegex('\\bnot our (fault|problem)\\b')).toEqual({ safe: true });
    expect(checkRegex('you (should|must) have')).toEqual({ safe: true });
  });

  it('rejects catastrophic backtracking, including what simpler checkers miss', () => {
    for (const source of ['(a+)+b', '^(\\w|\\d)+$', '(x*)*y']) {
      const verdict = checkRegex(source);
      expect(verdict.safe, source).toBe(false);
      if (!verdict.safe) expect(verdict.reason).toMatch(/time|safe/);
    }
  });
});

// recheck fuzzes every pattern with a word boundary or lookaround (1–10 s each); the starter's 208 regexes take about
// 140 s alone on a 2-core machine and more beside the other test files, so the limit leaves room: this checks safety,
// not speed (bench/ measures speed).
describe('the starter rulebook passes the same regex-safety check as team rules', { timeout: 480_000 }, () => {
  it('has no regex that recheck finds unsafe', () => {
    // Two minutes a pattern: this is the proof imports rely on (they skip the shipped regexes), so it may not time out.
    expect(findUnsafeRegexes(starterRulebook, { timeoutMs: 120_000 })).toEqual([]);
  });

  it('is not checked again on import: only a regex the starter does not ship goes to recheck, at its own path', () => {
    const shipped = starterRulebook.rules.find((r) => r.kind === 'avoid' && r.regex?.length) as AvoidRule;
    const hostile = '^(\\w|\\d)+$';
    const book = (regex: string[]): Rulebook => ({
      schemaVersion: 2,
      id: 'team/book',
      name: 'Team',
      rules: [{ ...shipped, id: 'team/copy', regex }],
    });
    // No recheck in this scope: a book of shipped regexes needs none; anything else is refused as unchecked.
    expect(findUnsafeRegexesOnDemand(book(shipped.regex as string[]), {})).toEqual([]);
    const scope = {};
    provideRegexSafety({ findUnsafeRegexes }, scope);
    const problems = findUnsafeRegexesOnDemand(book([...(shipped.regex as string[]), hostile]), scope);
    expect(problems.map((p) => p.path)).toEqual([`rules[0].regex[${shipped.regex?.length}]`]);
  });

  it('reads patterns in Unicode mode, as the engine runs them: \\p{L} is a letter class, not the letters p, {, L, }', () => {
    // Read as Unicode, \p{L} overlaps "a" and the repeat backtracks exponentially; read as the literal characters
    // p{L}, it would not overlap and the pattern would wrongly pass.
    expect(checkRegex(String.raw`^(?:\p{L}|a)+$`).safe).toBe(false);
    expect(checkRegex(String.raw`^(?:\p{L}|1)+$`).safe).toBe(true);
  });
});
