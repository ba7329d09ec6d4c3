import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../../../rules/index.ts';
import {
  NO_PROBLEM_BELOW,
  PROBLEM_THRESHOLD,
  problemModel,
  problemProbability,
  SURELY_PROBLEM,
} from '../../../../rules/model/problem.ts';
import weightsFile from '../../../../rules/model/problem-weights.json' with { type: 'json' };
import { readCustomerWith } from '../../../../rules/signals/customer-problem.ts';
import { preparedStarter } from '../helpers.ts';

beforeAll(() => {
  preparedStarter();
}, 60_000);

/**
 * The learned reading of the customer's message (rules/model/problem.ts): it widens the cues where a complaint is told
 * in a domain's own words, and never overrules the cues that read a message as needing nothing, a happy mood or the
 * customer's own slip.
 */
const REPLY = 'Thanks for writing in.';
const signals = (customer: string, learned?: boolean) =>
  check(REPLY, preparedStarter(), learned === undefined ? { customer } : { customer, learnedCustomerReading: learned })
    .signals;

describe('the customer-problem model', () => {
  it('was trained without the evaluation-only corpus, and its weights are finite numbers', () => {
    const sources = weightsFile.trainedOn.map((s) => s.source);
    expect(sources).toEqual(expect.arrayContaining(['train.jsonl', 'dev.jsonl']));
    expect(sources.some((s) => s.includes('real_replies'))).toBe(false);
    expect([...problemModel().weights.values()].every(Number.isFinite)).toBe(true);
  });

  it('reads a plain question as no problem, and Object.prototype names as plain words', () => {
    expect(problemProbability('Hi, what time do you open on Sunday?')).toBeLessThan(0.5);
    const odd = problemProbability('constructor __proto__ toString');
    expect(Number.isFinite(odd)).toBe(true);
  });
});

describe('the learned reading in the signals', () => {
  // No cue reads these as complaints; the model does.
  it.each(['My parcel has been sitting at the depot for a week.', 'The lens cap fell off and rolled under the train.'])(
    'finds the problem the cues miss: %s',
    (customer) => {
      expect(readCustomerWith(customer).problem).toBe(false);
      expect(problemProbability(customer)).toBeGreaterThanOrEqual(PROBLEM_THRESHOLD);
      expect(signals(customer).customerProblem).toBe(true);
      expect(signals(customer, false).customerProblem).toBe(false);
    },
  );

  it.each([
    ['a happy mood', 'The lens cap fell off and rolled under the train, I love this camera.'],
    ['laughter', 'The lens cap fell off and rolled under the train 😂'],
    ['the customer owning the slip', 'My mistake, my parcel has been sitting at the depot for a week.'],
    ['a how-to the cues read as harmless', "I can't figure out where to enter the promo code"],
    ['a wish', "why don't you open on Sundays? We'd come every week"],
  ])('is not taken over %s', (_, customer) => {
    expect(problemProbability(customer)).toBeGreaterThanOrEqual(PROBLEM_THRESHOLD);
    expect(signals(customer).customerProblem).toBe(false);
  });

  it('overrules a cue word in a thank-you it is sure of, and not a complaint that thanks', () => {
    // "late" and "all week" are complaint words; here they are what the customer thanks us for.
    for (const customer of [
      'Thank you to the pharmacy team for staying open late for me on Friday. Lifesaver.',
      "Water's been piping hot all week. Thanks for coming out so quick.",
    ]) {
      expect(readCustomerWith(customer).problem).toBe(true);
      expect(problemProbability(customer)).toBeLessThan(NO_PROBLEM_BELOW);
      expect(signals(customer).customerProblem).toBe(false);
      expect(signals(customer, false).customerProblem).toBe(true);
    }
    const complaint = 'Thanks, but the parcel is still late.';
    expect(problemProbability(complaint)).toBeGreaterThanOrEqual(NO_PROBLEM_BELOW);
    expect(signals(complaint).customerProblem).toBe(true);
  });

  it('leaves a message that reports a success as needing nothing', () => {
    const customer = 'It was when I would go to download it. I waited a few hours and it downloaded now.';
    expect(signals(customer).customerProblem).toBe(false);
    expect(signals(customer).customerNeedsNothing).toBe(true);
  });

  it('reads a complaint that asks nothing as owed a reply where the model is all but certain of it', () => {
    // No cue word, no question: the cues call it quiet; the model is sure it complains, so a sorry and a next step are due.
    const customer = 'Your engineer tracked mud through the whole hallway and left the gate open.';
    expect(readCustomerWith(customer)).toMatchObject({ problem: false, quiet: true });
    expect(problemProbability(customer)).toBeGreaterThanOrEqual(SURELY_PROBLEM);
    const result = check('Thanks for the note, we will pass it on.', preparedStarter(), { customer });
    expect(result.signals).toMatchObject({ customerProblem: true, customerNeedsNothing: false });
    expect(result.findings.map((f) => f.ruleId).sort()).toEqual(['missing/apology', 'missing/next-step']);
  });

  it('does not make a next step due where the cues read the message as quiet', () => {
    // A post with no ask, answered in kind: nothing is owed, whatever the model reads.
    const customer = 'The lens cap fell off and rolled under the train.';
    const result = check('Oh no, that is bad luck!', preparedStarter(), { customer });
    expect(result.signals.customerProblem).toBe(true);
    expect(result.signals.customerNeedsNothing).toBe(true);
    expect(result.findings).toEqual([]);
  });
});
