import { beforeAll, describe, expect, it } from 'vitest';
import { coach, preparedStarter } from '../helpers.ts';

// Compiling the starter rulebook takes seconds on a busy machine: done once here, not inside the first case's time.
beforeAll(() => {
  preparedStarter();
}, 60_000);

/**
 * The signals' grammar, case by case (issue 10, items 4–6). Each table is a family of phrasings, including the
 * issue's own examples; a case that fails names the phrase, so a regression points at its family.
 */
const problem = (customer: string) => coach('Thanks for writing in.', customer).signals.customerProblem;
const nothingDue = (customer: string | undefined, reply = 'Thanks for writing in.') =>
  coach(reply, customer).signals.customerNeedsNothing;
const nextStep = (reply: string) => coach(reply).signals.nextStep;

describe('customer problem: real customers', () => {
  it.each([
    'my upload speeds are trash',
    'lasagne had mould on it',
    'on hold for ages',
    'wifi is always on and off',
    'charged £60 instead of £30',
    'Your app deleted all my photos',
    'The seller sent me a fake item',
    'still waiting on my refund',
    'The parcel arrived without the charger.',
    'internet down AGAIN. absolute shambles',
    'oh great, another "minor update" that moved every button 🙃',
    'my phone keeps dropping calls',
    'My direct debit went up from £95 to £160 with no warning.',
    'I was promised a callback and nobody rang.',
  ])('reads a problem in %j', (customer) => {
    expect(problem(customer)).toBe(true);
  });

  it.each([
    'thanks, that fixed the crash!',
    'sorry, my mistake, I found it in my spam folder',
    'Just wanted to say thank you to Leah, she was so patient.',
    'ok that worked, the code applied. thanks a lot!',
    'What are your opening hours on Saturday?',
    'lol your card is so bright the cashier asked if it was a toy 😂',
  ])('reads no problem in %j', (customer) => {
    expect(problem(customer)).toBe(false);
  });

  it.each([
    "I understand your concern and I'm looking at it now.",
    'The issue has been escalated to our engineers.',
    "I'm sorry to hear the parcel is late.",
  ])('with no customer message, counts a reply that names the problem: %j', (reply) => {
    expect(coach(reply).signals.customerProblem).toBe(true);
  });
});

describe('customer needs nothing', () => {
  it.each([
    'Thanks, it works now!',
    'ah it is working now after the restart, all good',
    'perfect, that is all I needed. bye!',
    'Just wanted to say the new dark mode is gorgeous.',
    'shout out to the engineer who fixed our boiler on Sunday, absolute legend 🙌',
    'my cat has claimed the box your jumper came in 😂',
    'Got the new booking confirmation, all looks right. Thanks for being so quick!',
  ])('nothing is due after %j', (customer) => {
    expect(nothingDue(customer)).toBe(true);
  });

  it.each([
    'Thanks, but it is still not working.',
    'Thanks for the reply. Could you also change my address?',
    'Thanks. The parcel arrived damaged.',
    'Thanks. My account number is 12345678.',
    'thanks a lot. another delay. great 🙃',
    'I want a refund.',
    'The engineer fixed the meter but the display is blank.',
    'I am on a fixed contract and my bill went up.',
  ])('something is still due after %j', (customer) => {
    expect(nothingDue(customer)).toBe(false);
  });

  it('with no customer message, reads a reply that only thanks or closes', () => {
    expect(nothingDue(undefined, "Glad it's sorted! Have a lovely evening.")).toBe(true);
    expect(nothingDue(undefined, 'Thanks for the kind words, we will pass them on 😊')).toBe(true);
    expect(nothingDue(undefined, "Sorry about the delay, we're looking into it.")).toBe(false);
    expect(nothingDue(undefined, 'Hi Sam, your order is on its way.')).toBe(false);
  });

  it('keeps both require rules quiet when nothing is due, and only then', () => {
    const quiet = coach('Glad to hear it! Enjoy the new boots.', 'Thanks so much, the new boots fit perfectly!');
    expect(quiet.findings.filter((f) => f.category.startsWith('missing-'))).toEqual([]);
    const due = coach('Glad to hear it! Enjoy the new boots.', 'The boots arrived with a broken zip.');
    const categories = due.findings.map((f) => f.category);
    expect(categories).toContain('missing-next-step');
    expect(categories).toContain('missing-apology');
  });
});

describe('next step: grammar', () => {
  it.each([
    "I've cancelled the order so you won't be charged.",
    "I've cancelled the old order and sent a new one.",
    'Your refund is being processed today.',
    'The engineer arrives by noon.',
    'An engineer is booked for tomorrow between 8am and 12pm.',
    'Please let us have your zip code.',
    'You need to contact HP for the warranty repair.',
    'Reset it at example.com/reset Let us know if you need anything else.',
    'We expect supply back by 3pm today.',
    'A credit for the outage will be added to your next bill.',
  ])('counts %j', (reply) => {
    expect(nextStep(reply)).toBe(true);
  });

  it.each([
    'Do keep us posted for any further assistance.',
    'If anything comes up, just give us a nudge.',
    'Would there be anything else I can help you with?',
    'We will update you in due course.',
    "We're looking into it and will get back to you as soon as possible.",
    "I won't be able to change that, and I can't refund it.",
    "I've raised it with our billing team.",
    'We regret any inconvenience; the fee was applied on the 14th.',
  ])('does not count %j', (reply) => {
    expect(nextStep(reply)).toBe(false);
  });
});
