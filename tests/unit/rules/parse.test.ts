import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, parseRulebook, starterRulebook } from '../../../rules/index.ts';
import { parseRulebookText } from '../../../rules/parse.ts';

const minimalRule = {
  id: 'team/no-sorry-not-sorry',
  kind: 'avoid',
  category: 'blame',
  severity: 'warning',
  message: 'Try a real apology.',
  patterns: ['sorry not sorry'],
  replacements: ['I am sorry'],
  examples: { bad: ['Sorry not sorry.'], good: ['I am sorry.'] },
};
const book = (rules: unknown[], extra: object = {}) => ({
  schemaVersion: CURRENT_SCHEMA_VERSION,
  id: 'team/test',
  name: 'Test',
  rules,
  ...extra,
});

describe('parseRulebook', () => {
  it('accepts the starter rulebook round-tripped through JSON', () => {
    const result = parseRulebook(JSON.parse(JSON.stringify(starterRulebook)));
    expect(result.ok).toBe(true);
  });

  it('names broken JSON clearly', () => {
    const result = parseRulebookText('{"schemaVersion": 2,');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/not valid JSON/);
  });

  it('rejects a rule without examples, with the JSON path', () => {
    const { examples: _, ...noExamples } = minimalRule;
    const result = parseRulebook(book([noExamples]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toContain('rules[0].examples');
  });

  it('rejects duplicate ids, unknown kinds and future schema versions', () => {
    const dup = parseRulebook(book([minimalRule, minimalRule]));
    expect(!dup.ok && dup.problems.some((p) => p.message.includes('is also the id of rule 1'))).toBe(true);
    const unknown = parseRulebook(book([{ ...minimalRule, kind: 'shout' }]));
    expect(!unknown.ok && unknown.problems[0]?.path).toBe('rules[0].kind');
    const future = parseRulebook({ ...book([minimalRule]), schemaVersion: 99 });
    expect(!future.ok && future.problems[0]?.message).toMatch(/newer than this version/);
  });

  it('rejects prototype-polluting keys wherever they are', () => {
    const raw = JSON.parse(`{"schemaVersion":2,"id":"team/x","name":"x","rules":[{"__proto__":{"polluted":true}}]}`);
    const result = parseRulebook(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.path).toBe('rules[0].__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports a pattern that cannot be read at its path', () => {
    const result = parseRulebook(book([{ ...minimalRule, patterns: ['sorry (not'] }]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.path).toBe('rules[0].patterns[0]');
  });

  it('migrates a version 1 phrase list to the current format', () => {
    const v1 = {
      schemaVersion: 1,
      name: 'Our phrases',
      phrases: [{ phrase: 'per my last email', rewrite: 'to recap,' }, { phrase: 'calm down' }],
    };
    const result = parseRulebook(v1);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
      expect(result.value.rules.map((r) => r.id)).toEqual(['team/per-my-last-email', 'team/calm-down']);
      const first = result.value.rules[0];
      expect(first?.kind === 'avoid' && first.replacements).toEqual(['to recap,']);
    }
  });
});

describe('regex rules', () => {
  it('accepts a regex written for non-Unicode mode and still refuses a broken one', () => {
    const withRegex = (regex: string) => ({
      ...minimalRule,
      patterns: [],
      regex: [regex],
      examples: { bad: ['a-b'], good: ['ab'] },
    });
    expect(parseRulebook(book([withRegex('a\\-b')])).ok).toBe(true);
    const broken = parseRulebook(book([withRegex('a(b')]));
    expect(!broken.ok && broken.problems[0]?.path).toBe('rules[0].regex[0]');
  });
});
