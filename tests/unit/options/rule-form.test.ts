import { describe, expect, it } from 'vitest';
import { formToRule, ruleToForm } from '../../../components/options/rule-form.ts';
import type { Rule } from '../../../rules/schema.ts';
import { avoidRule } from '../storage/helpers.ts';

// Issue 11 probe: editing a rule in the form used to drop its tags and switch a disabled rule back on.
describe('rule form round trip', () => {
  it('keeps fields the form does not show (tags) and enabled: false', () => {
    const rule: Rule = avoidRule('team/not-our-fault', 'not our fault', { tags: ['deflection', 'q3'], enabled: false });
    const form = ruleToForm(rule);
    const back = formToRule({ ...form, message: 'Say what you will do instead.' });
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.rule).toEqual({ ...rule, message: 'Say what you will do instead.' });
  });

  it('edits a bad example\'s text after the first rewrite as "text => fixed", with or without a customer message', () => {
    const rule: Rule = {
      ...avoidRule('me/kindly', 'kindly'),
      examples: {
        bad: [
          { text: 'Kindly send it.', fixed: 'Please send it.' },
          { text: 'Kindly reply.', fixed: 'Please reply.', customer: 'Where is it?' },
          'Kindly wait.',
        ],
        good: ['Please wait.'],
      },
    };
    const form = ruleToForm(rule);
    expect(form.bad.split('\n')[0]).toBe('Kindly send it. => Please send it.');
    expect(formToRule(form)).toEqual({ ok: true, rule });
  });

  it('keeps enabled: true and an absent enabled as they were', () => {
    const on = avoidRule('me/a', 'alpha', { enabled: true });
    const plain = avoidRule('me/b', 'beta');
    expect(formToRule(ruleToForm(on))).toEqual({ ok: true, rule: on });
    expect(formToRule(ruleToForm(plain))).toEqual({ ok: true, rule: plain });
  });

  it('drops what belongs to another kind when the kind changes', () => {
    const form = ruleToForm(avoidRule('me/c', 'gamma', { tags: ['x'] }));
    const back = formToRule({ ...form, kind: 'limit', measure: 'replyWords', max: '200' });
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.rule).not.toHaveProperty('patterns');
    expect(back.rule).not.toHaveProperty('replacements');
    expect(back.rule.tags).toEqual(['x']);
  });
});
