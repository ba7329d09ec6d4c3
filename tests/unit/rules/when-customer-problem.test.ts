import { describe, expect, it } from 'vitest';
import { coach } from './helpers.ts';

/**
 * Pointer and minimising families speak only to a complaint: "as stated on our booking page" answers a plain
 * question helpfully and a complaint with a reproach. Without the customer's message the rule flags as before.
 */
describe("an avoid rule marked when: 'customerProblem'", () => {
  const reply = 'Please bring your own cymbals, as noted on our booking page. Extra microphones are £2 each.';
  const flagged = (customer?: string) =>
    coach(reply, customer).findings.some(
      (f) => f.ruleId === 'blame/as-stated-in' || f.ruleId === 'blame/as-i-said-aside',
    );

  it('stays silent on a reply to a plain question', () => {
    expect(flagged('What comes with the room hire?')).toBe(false);
  });

  it('flags the same words in a reply to a complaint', () => {
    expect(flagged('Nobody told us to bring cymbals and the session was wasted.')).toBe(true);
  });

  it('flags as before when the customer’s message is not known', () => {
    expect(flagged()).toBe(true);
  });
});
