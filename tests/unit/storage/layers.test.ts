import { describe, expect, it } from 'vitest';
import { canChange, type EffectiveRule, effectiveRulebook, mergeLayers } from '../../../rules/layers.ts';
import type { Rule } from '../../../rules/schema.ts';

const rule = (id: string, extra: Partial<Rule> = {}): Rule =>
  ({
    id,
    kind: 'avoid',
    category: 'blame',
    severity: 'warning',
    message: `message of ${id}`,
    patterns: [id.split('/')[1] ?? id],
    replacements: [],
    examples: { bad: ['x'], good: ['y'] },
    ...extra,
  }) as Rule;

const byId = (rules: EffectiveRule[]) => Object.fromEntries(rules.map((e) => [e.rule.id, e]));

describe('rulebook layers', () => {
  it('merges starter ← team ← personal and records where each rule comes from', () => {
    const { rules, refused } = mergeLayers([
      { layer: 'personal', rules: [rule('me/c'), rule('s/b', { message: 'mine' })] },
      { layer: 'starter', rules: [rule('s/a'), rule('s/b')] },
      { layer: 'team', rules: [rule('t/x'), rule('s/a', { severity: 'error' })] },
    ]);
    expect(refused).toEqual([]);
    expect(rules.map((e) => [e.rule.id, e.source])).toEqual([
      ['s/a', 'team'],
      ['s/b', 'personal'],
      ['t/x', 'team'],
      ['me/c', 'personal'],
    ]);
    expect(byId(rules)['s/a']?.rule.severity).toBe('error');
    expect(byId(rules)['s/b']?.rule.message).toBe('mine');
  });

  it('lets any layer switch a rule off or change its severity', () => {
    const { rules } = mergeLayers([
      { layer: 'starter', rules: [rule('s/a'), rule('s/b')] },
      { layer: 'team', rules: [], switches: { 's/a': { severity: 'hint' } } },
      { layer: 'personal', rules: [], switches: { 's/b': { enabled: false }, 'gone/rule': { enabled: false } } },
    ]);
    const map = byId(rules);
    expect(map['s/a']).toMatchObject({ source: 'starter', changedBy: 'team', enabled: true });
    expect(map['s/a']?.rule.severity).toBe('hint');
    expect(map['s/b']).toMatchObject({ enabled: false, changedBy: 'personal' });
    expect(map['s/b']?.rule.enabled).toBe(false);
    expect(rules).toHaveLength(2);
  });

  it('refuses personal changes to a rule the team locked', () => {
    const { rules, refused } = mergeLayers([
      { layer: 'starter', rules: [rule('s/a')] },
      { layer: 'team', rules: [rule('t/locked', { locked: true })], switches: { 's/a': { locked: true } } },
      {
        layer: 'personal',
        rules: [rule('t/locked', { message: 'softer' })],
        switches: { 's/a': { enabled: false }, 't/locked': { severity: 'hint' } },
      },
    ]);
    const map = byId(rules);
    expect(map['t/locked']).toMatchObject({ source: 'team', locked: true, lockedBy: 'team', enabled: true });
    expect(map['t/locked']?.rule.message).toBe('message of t/locked');
    expect(map['t/locked']?.rule.severity).toBe('warning');
    expect(map['s/a']).toMatchObject({ enabled: true, locked: true });
    expect(refused.map((r) => [r.layer, r.ruleId])).toEqual([
      ['personal', 't/locked'],
      ['personal', 's/a'],
      ['personal', 't/locked'],
    ]);
    expect(refused[0]?.message).toMatch(/locked by your team/);
    expect(canChange(map['t/locked'] as EffectiveRule, 'personal')).toBe(false);
    expect(canChange(map['t/locked'] as EffectiveRule, 'team')).toBe(true);
  });

  it('a personal "locked" flag locks nothing', () => {
    const { rules } = mergeLayers([{ layer: 'personal', rules: [rule('me/a', { locked: true })] }]);
    expect(rules[0]?.locked).toBe(false);
  });

  it('managed policy locks starter and team rules against personal changes, not team ones', () => {
    const { rules, refused } = mergeLayers(
      [
        { layer: 'starter', rules: [rule('s/a')] },
        { layer: 'team', rules: [rule('t/b')], switches: { 's/a': { severity: 'error' } } },
        {
          layer: 'personal',
          rules: [rule('me/c')],
          switches: { 's/a': { enabled: false }, 't/b': { enabled: false } },
        },
      ],
      { policyLocked: true },
    );
    const map = byId(rules);
    expect(map['s/a']).toMatchObject({ enabled: true, locked: true, lockedBy: 'policy' });
    expect(map['s/a']?.rule.severity).toBe('error');
    expect(map['t/b']).toMatchObject({ enabled: true, locked: true, lockedBy: 'policy' });
    expect(map['me/c']?.locked).toBe(false);
    expect(refused).toHaveLength(2);
    expect(refused[0]?.message).toMatch(/your organisation/);
  });

  it('builds one rulebook with the switches applied', () => {
    const { rules } = mergeLayers([
      { layer: 'starter', rules: [rule('s/a')] },
      { layer: 'personal', rules: [], switches: { 's/a': { enabled: false } } },
    ]);
    const book = effectiveRulebook(rules, { id: 'effective', name: 'Effective' });
    expect(book).toMatchObject({ schemaVersion: 2, id: 'effective', rules: [{ id: 's/a', enabled: false }] });
  });
});
