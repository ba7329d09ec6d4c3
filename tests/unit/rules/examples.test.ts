import { describe, expect, it } from 'vitest';
import { offersOwnRewrite } from '../../../rules/examples.ts';
import { runRuleExamples, starterRulebook } from '../../../rules/index.ts';

// Every rule's examples are its tests: a bad example must be flagged by that rule, a good one must not.
describe('starter rulebook examples', () => {
  it('has the families the product promises', () => {
    const blame = starterRulebook.rules.filter((r) => r.category === 'blame');
    expect(blame.length).toBeGreaterThanOrEqual(60);
    const kinds = new Set(starterRulebook.rules.map((r) => r.kind));
    expect([...kinds].sort()).toEqual(['avoid', 'limit', 'model', 'replace', 'require']);
    for (const rule of blame) {
      // A rule whose rewrite can't read well in every sentence it matches offers none (issue 9): the card then shows
      // its advice, so that advice must be there.
      if (rule.kind === 'avoid' && rule.replacements.length === 0)
        expect(rule.note?.length, rule.id).toBeGreaterThan(20);
      expect(rule.message.length, rule.id).toBeLessThan(200);
    }
  });

  for (const rule of starterRulebook.rules) {
    it(`${rule.id}: flags every bad example and leaves every good one alone`, () => {
      const { results, problems } = runRuleExamples(rule);
      expect(problems).toEqual([]);
      expect(results.length).toBe(rule.examples.bad.length + rule.examples.good.length);
      const failed = results.filter((r) => !r.passed).map((r) => `${r.kind}[${r.index}]: ${r.text}`);
      expect(failed).toEqual([]);
      // Every bad example of a rule that offers a rewrite states the text after it, so the suite checks the rewrite.
      // (A rewrite offered only inside another card's click is tested with that card: rewrite-offer.test.ts.)
      if (offersOwnRewrite(rule))
        for (const bad of rule.examples.bad)
          expect(typeof bad === 'object' && bad.fixed !== undefined, `${rule.id}: ${JSON.stringify(bad)}`).toBe(true);
    });
  }
});
