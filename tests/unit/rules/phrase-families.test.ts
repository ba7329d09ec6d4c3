import { describe, expect, it } from 'vitest';
import { blameSpans } from './helpers.ts';

// Sentences written for this test, not taken from any corpus or rule example: they check that the
// rules cover phrase families (inverted conditionals, adverbs, other third parties) rather than the
// exact sentences the rules were written from.
const BLAME = [
  "Had you read the confirmation email, you'd have seen the new time.",
  'It clearly says on the order page that delivery takes a week.',
  'The instructions were pretty clear.',
  "This wouldn't have happened if you had updated the app.",
  "We can't be expected to know about every bank's rules.",
  'Perhaps you should read the manual.',
  'Not sure how you missed it, but the fee is listed.',
  "That's on the courier, not us.",
  "I've explained this already.",
  "You should've told us sooner.",
  'It is your responsibility to keep the receipt.',
  "That's just the way it is.",
  'Nobody else has had this problem.',
  'You were warned about the fee.',
  "Why didn't you read the terms?",
  'The bank is to blame here.',
  "Sadly that's how it works.",
  'Next time, make sure you double-check the address.',
  'You clearly entered the wrong code.',
];

const NEUTRAL = [
  'You should receive the code within a minute.',
  "If the code doesn't arrive, reply here and I'll resend it.",
  'The courier is on the way and should arrive by 5pm.',
  "It's on the way!",
  "That's on us, and I'm sorry.",
  'As the email said, your refund is confirmed - and it will show within 3 days.',
  'Next time you order, your address will be saved.',
  'I explained the options to my manager and she approved the refund.',
  "You must have been worried, and I'm sorry.",
  'The instructions are attached.',
  "We're responsible for this, so I've sent a replacement.",
];

describe('phrase families beyond the written examples', () => {
  for (const sentence of BLAME) it(`flags: ${sentence}`, () => expect(blameSpans(sentence).length).toBeGreaterThan(0));
  for (const sentence of NEUTRAL) it(`leaves alone: ${sentence}`, () => expect(blameSpans(sentence)).toEqual([]));
});
