import { describe, expect, it } from 'vitest';
import { applyReplacement, check, editRange, type Rule, starterRulebook } from '../../../rules/index.ts';
import { prepare } from './helpers.ts';

/**
 * Issue 9: an agent presses Enter to apply a rule's first rewrite in place of the flagged words, so that rewrite
 * must leave a sentence a support lead would send. Until the engine guards every one-click rewrite itself, this
 * keeps the starter data honest: for every rule that offers a rewrite, the first one is applied to each bad example
 * (and to the other shapes listed below) and the result is checked for the breakages a splice causes.
 */

/** The splice's typical breakages, from the result and where the rewrite went. Empty when it reads cleanly. */
function spliceProblems(before: string, after: string, start: number, rewrite: string): string[] {
  const problems: string[] = [];
  const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;
  for (const doubled of [',,', '.,', ',.', ':.', ';.', ':,', ' .', ' ,', ' ?', ' !']) {
    const re = new RegExp(doubled.replace(/[.?!]/g, '\\$&'), 'g');
    if (count(after, re) > count(before, re)) problems.push(`doubled punctuation "${doubled}"`);
  }
  const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  const end = start + rewrite.length;
  const lastBefore = words(after.slice(0, start)).at(-1);
  const firstAfter = words(after.slice(end))[0];
  const rewriteWords = words(rewrite);
  if (lastBefore && lastBefore === rewriteWords[0]) problems.push(`doubled word "${lastBefore}" at the splice`);
  if (firstAfter && firstAfter === rewriteWords.at(-1)) problems.push(`doubled word "${firstAfter}" at the splice`);
  // The sentence the rewrite lands in must not stop on a word that needs something after it.
  const rest = after.slice(start);
  const sentenceEnd = rest.search(/[.?!:;](\s|$)|$/);
  const tail = rest.slice(0, sentenceEnd).trimEnd();
  if (/\b(on|of|to|with|at|in|by|from|into|the|a|an|and|or|but)$/i.test(tail))
    problems.push(`sentence ends on "${tail.split(/\s+/).at(-1)}" after the splice`);
  if (/[,:]$/.test(tail)) problems.push('sentence ends on a comma or colon after the splice');
  for (const [open, close] of [
    ['(', ')'],
    ['[', ']'],
    ['“', '”'],
  ] as const) {
    if (after.split(open).length !== after.split(close).length) problems.push(`unbalanced ${open}${close}`);
  }
  if (count(after, /"/g) % 2 !== 0) problems.push('unbalanced "');
  return problems;
}

const offering = starterRulebook.rules.filter(
  (r): r is Extract<Rule, { kind: 'avoid' }> => r.kind === 'avoid' && r.replacements.length > 0,
);

/** Sentences of our own, in shapes the bad examples don't show (tense, position, what follows the span). */
const OTHER_SHAPES: Record<string, string[]> = {
  'blame/you-should-not-have': [
    'I think you should not have cancelled the order.',
    'You ought not to have paid the second invoice.',
    "Honestly, you shouldn't have reset the router before calling us.",
    "You shouldn't have opened the parcel before the driver left, but we can still help.",
  ],
  'blame/you-ignored': [
    'You ignored it.',
    'Since you ignored the reminders, the account was closed.',
    "I'm not sure how you missed the email we sent on Monday.",
    "Honestly, I don't know how you overlooked the notice.",
    'You chose to ignore the warning on the checkout page.',
  ],
  'blame/you-did-not-provide': [
    "You didn't send us the receipt.",
    "You haven't uploaded the photos yet.",
    "You didn't include your order number, so we couldn't find the booking.",
    "If you never sent it, that's why nothing has moved.",
    'You did not complete the survey.',
  ],
  'blame/as-i-said-aside': [
    'As I said before, the form is on the website.',
    'Your refund, as we explained earlier, went back to the card.',
    'The engineer comes on Friday, like I said.',
    "Sorry, but as I already mentioned, it's out of stock.",
  ],
  'blame/as-you-know-aside': [
    'As you know, the sale ends today.',
    'The fee, as I am sure you will appreciate, covers the visit.',
  ],
};

function firstRewrites(rule: Rule, text: string) {
  const book = prepare({ ...starterRulebook, rules: [{ ...rule, enabled: true }] });
  const out: { after: string; start: number; rewrite: string }[] = [];
  const findings = check(text, book).findings.filter((f) => f.ruleId === rule.id);
  for (const f of findings) {
    const rewrite = f.replacements[0];
    if (rewrite === undefined) continue;
    // The splice is where the rewrite goes: a card may replace more or fewer words than it marks.
    out.push({ after: applyReplacement(text, f, rewrite), start: editRange(f).start, rewrite });
  }
  return { book, out, flagged: findings.length > 0 };
}

describe('first rewrites leave a sentence an agent can send', () => {
  it('the splice check catches what the starter rewrites used to produce', () => {
    const broken: [string, string, string][] = [
      [
        'As I already told you, the part is on back order.',
        'As I already told you',
        'Just to confirm what we discussed,',
      ],
      ["That's just how it works.", "That's just how it works", "Here's why it works this way:"],
      ["That's down to the airline.", "That's down to the airline", 'It depends on'],
      ['Kindly please send the form.', 'Kindly', 'Please'],
      ['Please read the FAQ.', 'read the FAQ', 'see the FAQ (section 2'],
    ];
    for (const [before, span, rewrite] of broken) {
      const start = before.indexOf(span);
      const after = before.slice(0, start) + rewrite + before.slice(start + span.length);
      expect(spliceProblems(before, after, start, rewrite), after).not.toEqual([]);
    }
    expect(
      spliceProblems(
        'Sorry, you ignored it.',
        "Sorry, it looks like you didn't see it.",
        7,
        "it looks like you didn't see",
      ),
    ).toEqual([]);
  });

  it('covers every shape listed for a rule that offers a rewrite', () => {
    const ids = new Set(offering.map((r) => r.id));
    for (const id of Object.keys(OTHER_SHAPES)) expect(ids.has(id), `${id} no longer offers a rewrite`).toBe(true);
  });

  for (const rule of offering) {
    it(`${rule.id}: its first rewrite reads cleanly in every bad example and listed shape`, () => {
      const texts = [
        ...rule.examples.bad.map((e) => (typeof e === 'string' ? e : e.text)),
        ...(OTHER_SHAPES[rule.id] ?? []),
      ];
      const failures: string[] = [];
      for (const text of texts) {
        // A shape whose rewrite would not read well is flagged with advice only: no one-click to check.
        const { book, out, flagged } = firstRewrites(rule, text);
        if (!flagged) failures.push(`${text} → not flagged`);
        for (const { after, start, rewrite } of out) {
          const problems = spliceProblems(text, after, start, rewrite);
          if (check(after, book).findings.some((f) => f.ruleId === rule.id)) problems.push('the rule still matches');
          if (problems.length > 0) failures.push(`${text} → ${after} (${problems.join('; ')})`);
        }
      }
      expect(failures).toEqual([]);
    });
  }
});
