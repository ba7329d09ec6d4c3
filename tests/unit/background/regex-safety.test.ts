import { describe, expect, it } from 'vitest';
import { checkRegex } from '../../../background/regex-safety.ts';

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
