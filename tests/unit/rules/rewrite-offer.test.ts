import { describe, expect, it } from 'vitest';
import { runRuleExamples } from '../../../rules/examples.ts';
import { applyReplacement, check, type Rule, starterRulebook } from '../../../rules/index.ts';
import { coach, prepare } from './helpers.ts';

/**
 * `offer: 'withAnother'` (rules/kinds/avoid.ts): a rewrite that is never a click on its own card, yet still finishes
 * another card's click on the same sentence. Blind leads read a bare "not us" cut as awkward three times in four.
 */

const tagRule = (offer?: 'withAnother'): Rule =>
  ({
    id: 'test/tag',
    kind: 'avoid',
    category: 'blame',
    severity: 'warning',
    message: 'Drop the tag.',
    patterns: ['not us'],
    replacements: [''],
    ...(offer ? { offer } : {}),
    examples: {
      bad: [
        { text: 'The delay is with the courier, not us.', fixed: 'The courier has the parcel; I have chased them.' },
      ],
      good: ['Thanks.'],
    },
  }) as Rule;

const hostRule: Rule = {
  id: 'test/host',
  kind: 'avoid',
  category: 'blame',
  severity: 'error',
  message: 'Say who can help.',
  patterns: ["it's the merchant you need to fight with"],
  replacements: ['the merchant is best placed to help'],
  examples: { bad: ["It's the merchant you need to fight with."], good: ['Thanks.'] },
} as Rule;

const findingOf = (rules: Rule[], text: string, id: string) =>
  check(text, prepare({ ...starterRulebook, rules })).findings.find((f) => f.ruleId === id);

describe("a rewrite offered only with another card's click", () => {
  const alone = 'The delay is with the courier, not us.';

  it('is a click on its own card without the setting', () => {
    const f = findingOf([tagRule()], alone, 'test/tag');
    expect(f?.replacements).toEqual(['']);
  });

  it('is not a click on its own card with it, and the card shows the example to copy instead', () => {
    const f = findingOf([tagRule('withAnother')], alone, 'test/tag');
    expect(f?.replacements).toEqual([]);
    expect(f?.preview).toBeUndefined();
    expect(f?.example).toBe('The courier has the parcel; I have chased them.');
  });

  it("finishes another card's click on the same sentence, and that click is offered on both cards", () => {
    const text = "These payments were set up with the merchant, so it's the merchant you need to fight with, not us.";
    const rules = [tagRule('withAnother'), hostRule];
    const host = findingOf(rules, text, 'test/host');
    const tag = findingOf(rules, text, 'test/tag');
    const click = host?.replacements[0];
    expect(host && click !== undefined && applyReplacement(text, host, click)).toBe(
      'These payments were set up with the merchant, so the merchant is best placed to help.',
    );
    expect(tag?.replacements).toEqual(host?.replacements.slice(0, 1));
    expect(tag?.edit).toEqual(host?.edit);
  });

  it('holds in the starter rulebook for the "not us" tag', () => {
    const tag = coach('The guide was assigned by the museum, not us.', 'Our guide never turned up.').findings.find(
      (f) => f.ruleId === 'blame/not-us-tag',
    );
    expect(tag).toBeDefined();
    expect(tag?.replacements).toEqual([]);
    expect(tag?.example).toMatch(/I've asked them/);
  });
});

describe('a click whose sentence still reads as reproach', () => {
  const customer = 'Why was I charged a setup fee?? Nobody told me.';

  it('is withheld when the learned check is near-sure the rest of the sentence still puts the fault on the customer', () => {
    // "clearly" goes, "in bold, right above your signature" stays: half the blame, which no phrase family names.
    const f = coach(
      'The setup fee was clearly printed on the order form, in bold, right above your signature.',
      customer,
    ).findings.find((x) => x.ruleId === 'blame/clearly-stated');
    expect(f?.replacements).toEqual([]);
    expect(f?.guard?.problems).toContain('still reads as reproach');
  });

  it('is offered where the rest is a plain fact', () => {
    const text = 'The setup fee was clearly printed on the order form.';
    const f = coach(text, customer).findings.find((x) => x.ruleId === 'blame/clearly-stated');
    const click = f?.replacements[0];
    expect(f && click !== undefined && applyReplacement(text, f, click)).toBe(
      'The setup fee was printed on the order form.',
    );
  });
});

describe('a rule with no rewrite of its own', () => {
  const wall = {
    id: 'test/wall',
    kind: 'avoid',
    category: 'blame',
    severity: 'warning',
    message: 'Say what you can do.',
    patterns: ["we don't make exceptions"],
    replacements: [],
    examples: {
      bad: [{ text: "We don't make exceptions.", fixed: "I can't waive the fee, but I can split it over two bills." }],
      good: ['Thanks.'],
    },
  } as unknown as Rule;

  it("states, as its example's fixed text, a sentence to copy: the suite passes it and the card shows it", () => {
    expect(runRuleExamples(wall).results.every((r) => r.passed)).toBe(true);
    const f = findingOf([wall], "Sorry, we don't make exceptions.", 'test/wall');
    expect(f?.replacements).toEqual([]);
    expect(f?.example).toBe("I can't waive the fee, but I can split it over two bills.");
  });
});

describe('a rule whose rewrites are kept but never offered (`offer: "never"`)', () => {
  const cutRule = (offer?: 'never'): Rule =>
    ({
      id: 'test/device',
      kind: 'avoid',
      category: 'blame',
      severity: 'warning',
      message: 'Say what you found, not whose fault it is.',
      patterns: ['frankly your old phone is the problem'],
      replacements: ['{others}'],
      ...(offer ? { offer } : {}),
      examples: {
        bad: [
          {
            text: 'The app needs iOS 16, and frankly your old phone is the problem.',
            fixed: 'The app needs iOS 16; I can send you the web link in the meantime.',
          },
        ],
        good: ['Thanks.'],
      },
    }) as Rule;
  const text = 'The app needs iOS 16, and frankly your old phone is the problem.';

  it('offers no click, and the card shows the example to copy; the suite does not read `fixed` as its rewrite', () => {
    const offered = findingOf([cutRule()], text, 'test/device');
    const click = offered?.replacements[0];
    expect(offered && click !== undefined && applyReplacement(text, offered, click)).toBe('The app needs iOS 16.');
    const f = findingOf([cutRule('never')], text, 'test/device');
    expect(f?.replacements).toEqual([]);
    expect(f?.preview).toBeUndefined();
    expect(f?.example).toBe('The app needs iOS 16; I can send you the web link in the meantime.');
    expect(runRuleExamples(cutRule('never')).results.every((r) => r.passed)).toBe(true);
  });

  it("is no guard's second click either: another card's click that leaves its words is withheld", () => {
    const host = {
      id: 'test/as-i-said',
      kind: 'avoid',
      category: 'blame',
      severity: 'error',
      message: 'Drop the reminder.',
      patterns: ['as I said,'],
      replacements: [''],
      examples: { bad: ['As I said, it ships Monday.'], good: ['Thanks.'] },
    } as Rule;
    const both = 'As I said, frankly your old phone is the problem.';
    const offered = findingOf([cutRule(), host], both, 'test/as-i-said');
    expect(offered?.replacements.length).toBeGreaterThan(0);
    const never = findingOf([cutRule('never'), host], both, 'test/as-i-said');
    expect(never?.replacements).toEqual([]);
    expect(never?.guard?.problems).toContain('still blames');
  });

  it('is set in the starter on a family whose words state a cause, and not on one whose words are a stance', () => {
    const device = coach(
      "The page is working on our end, so it's most likely whatever you're using to get on it.",
      'The booking page will not load for me.',
    ).findings.find((f) => f.ruleId === 'blame/your-device-is-the-problem');
    expect(device).toBeDefined();
    expect(device?.replacements).toEqual([]);
    const stance = 'As I said in my last email, the refund went out on Monday.';
    const said = coach(stance, 'Where is my refund?').findings.find((f) => f.category === 'blame');
    const click = said?.replacements[0];
    expect(said && click !== undefined && applyReplacement(stance, said, click)).toBe('The refund went out on Monday.');
  });
});
