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
  "If you'd checked your spam folder, you would have found the code.",
  'You were required to keep the original packaging.',
  'Your phone was the cause, the app works fine for everyone else.',
  'I warned you last week that the price would go up.',
  "This isn't something we look after, please ask the shop.",
  'It is really easy if you only read the guide.',
  'A child could figure this out.',
  'That is simply our policy.',
  'I have to repeat this again: no refunds on sale items.',
  "That's one for your bank to answer.",
  'You cannot have read the terms properly.',
  'The fault lies with your modem, not our line.',
  'You guys never read the emails we send.',
  "We can't be held responsible for what the courier does.",
  'Next time, please read the description before you buy.',
  "That's what happens when you don't update the app.",
  "You haven't even tried turning it off and on again.",
  "Sorry, but that's how it works.",
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
  'If you had a chance to try the new link, let me know how it went.',
  "You were supposed to get a call from us on Monday, and I'm sorry that didn't happen.",
  'Your router was the first thing I checked, and it looks fine.',
  "I told you I'd call back today, so here I am with an update.",
  "It's really easy to switch plans: tap Account, then Plan.",
  'Anyone on your team can approve the request from the dashboard.',
  "You can't have too many backups, so I've turned on daily copies for you.",
  "That is our policy to keep you safe, and I've sent the reset link.",
  "There's nothing more to do on your side; I've fixed the billing date.",
  'Once again, thank you for bearing with us.',
  "You were expected at 10am, and I've let the team know you'll be late.",
  "That's a question for our billing team, and I've already passed it on.",
];

describe('phrase families beyond the written examples', () => {
  for (const sentence of BLAME) it(`flags: ${sentence}`, () => expect(blameSpans(sentence).length).toBeGreaterThan(0));
  for (const sentence of NEUTRAL) it(`leaves alone: ${sentence}`, () => expect(blameSpans(sentence)).toEqual([]));
});
