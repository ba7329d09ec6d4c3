import { describe, expect, it } from 'vitest';
import { starterRulebook } from '../../../rules/index.ts';
import { PLACEHOLDER, placeholderIn, upperOutsidePlaceholders } from '../../../rules/rewrite/placeholder.ts';
import { coach } from './helpers.ts';

/** Issue 9 item 8: a slot our suggestions leave is flagged until the agent fills it. */
describe('unfilled placeholders', () => {
  const flagged = (text: string) =>
    coach(text)
      .findings.filter((f) => f.ruleId === 'wording/unfilled-placeholder')
      .map((f) => ({ words: text.slice(f.start, f.end), severity: f.severity }));

  it('flags every slot the starter suggestions insert, as an error', () => {
    const suggestions = starterRulebook.rules.flatMap((r) => (r.kind === 'require' ? r.suggestions : []));
    const withSlots = suggestions.filter((s) => s.includes('['));
    expect(withSlots.length).toBeGreaterThan(0);
    for (const s of withSlots) {
      const found = flagged(s);
      expect(found.length, s).toBeGreaterThan(0);
      expect(found.every((f) => f.severity === 'error')).toBe(true);
    }
    // The first check prepares the starter rulebook: slow on a loaded machine, not a speed claim.
  }, 30_000);

  it('stops flagging once the slot is typed over', () => {
    expect(flagged("I'll update you by [day/time] with what I find.")).toEqual([
      { words: '[day/time]', severity: 'error' },
    ]);
    expect(flagged("I'll update you by Friday at noon with what I find.")).toEqual([]);
  });

  it('leaves the agent’s own brackets alone', () => {
    for (const text of ['See the footnote [1].', 'Choose [Settings] and then [Billing].', 'The log said [ERROR 42].'])
      expect(flagged(text), text).toEqual([]);
  });

  it('the rule and the editor look for the same shapes', () => {
    const rule = starterRulebook.rules.find((r) => r.id === 'wording/unfilled-placeholder');
    expect(rule?.kind === 'avoid' ? rule.regex : undefined).toEqual([PLACEHOLDER.source]);
    expect(placeholderIn('Reply with [the detail you need], thanks.', 3)).toEqual({ start: 11, end: 32 });
    expect(placeholderIn('No slot here.')).toBeUndefined();
  });

  it('flags every slot a rule’s rewrite writes, so a click never leaves one unmarked', () => {
    const templates = starterRulebook.rules.flatMap((r) => (r.kind === 'avoid' ? r.replacements : []));
    const withSlots = templates.filter((t) => /\[[a-z]/.test(t));
    expect(withSlots.length).toBeGreaterThan(0);
    for (const t of withSlots) expect(placeholderIn(t), t).toBeDefined();
  });

  it('keeps a slot as written when the rewrite follows a sentence in capitals', () => {
    expect(upperOutsidePlaceholders('What I can do is [the step you can offer].')).toBe(
      'WHAT I CAN DO IS [the step you can offer].',
    );
    expect(upperOutsidePlaceholders('See [Settings] now')).toBe('SEE [SETTINGS] NOW');
    const text = "THERE'S NOTHING I CAN DO AT THIS POINT.";
    const finding = coach(text).findings.find((f) => f.ruleId === 'blame/nothing-i-can-do');
    expect(finding?.replacements[0]).toBe('WHAT I CAN DO AT THIS POINT IS [the step you can offer]');
    expect(flagged(finding?.replacements[0] ?? '')).toEqual([{ words: '[the step you can offer]', severity: 'error' }]);
  });
});
