import { beforeAll, describe, expect, it } from 'vitest';
import { coach, preparedStarter } from '../helpers.ts';

// Compiling the starter rulebook takes seconds on a busy machine: done once here, not inside the first case's time.
beforeAll(() => {
  preparedStarter();
}, 60_000);

/**
 * The cue families added for real customers and real replies (issue 10, items 4–6, second pass): each family with
 * sentences that should read one way and near misses that should not. Written for these tests, not taken from the
 * corpora.
 */
const problem = (customer: string) => coach('Thanks for writing in.', customer).signals.customerProblem;
const nothingDue = (customer: string | undefined, reply: string) => coach(reply, customer).signals.customerNeedsNothing;
const nextStep = (reply: string) => coach(reply).signals.nextStep;
const missing = (reply: string, customer?: string) =>
  coach(reply, customer)
    .findings.map((f) => f.category)
    .filter((c) => c.startsWith('missing-'));

describe('nothing is due when the customer asks nothing and the reply answers in kind', () => {
  it.each([
    [
      'Just landed in Lisbon, the cabin crew sang happy birthday to my gran 🎂',
      'What a way to arrive! Enjoy Lisbon 🎉',
    ],
    ['Fourth pumpkin latte of the week and it is only Tuesday', 'Honestly, we admire the commitment.'],
    ['Treat!', 'Here is a virtual cookie for you 🍪'],
    ['Can I just say the new menu layout is so much clearer', 'That is lovely to hear, we will tell the design team!'],
  ])('after %j answered by %j', (customer, reply) => {
    expect(nothingDue(customer, reply)).toBe(true);
    expect(missing(reply, customer)).toEqual([]);
  });

  it.each([
    // The customer asks, with or without a question mark.
    ['what if my student card runs out next month', 'Great question!'],
    ["I'm trying to understand what the admin fee covers", 'Good to hear from you!'],
    ['not sure whether my renewal went through', 'Thanks for the message!'],
    // The customer hands over details, which answers an earlier question.
    ['jo.bloggs@example.org 07700900123', 'Thanks Jo!'],
    ['From 3rd March until the 10th', 'Lovely, thank you.'],
    // The reply takes up some trouble: then a next step is due.
    ['Had a day of it at your Leeds branch', "Sorry to hear that, that's not the visit we want for you."],
    // Another script: the English cues cannot tell whether it asks.
    ['لم يصل طلبي حتى الآن', 'Thank you for reaching out.'],
  ])('something is still due after %j answered by %j', (customer, reply) => {
    expect(nothingDue(customer, reply)).toBe(false);
  });

  it('with no customer message, a reply made only of open offers and pleasantries is a closing', () => {
    expect(nothingDue(undefined, 'Nice! Feel free to reach out whenever you need us. Have a good weekend!')).toBe(true);
    expect(nothingDue(undefined, "If anything else comes up, give us a shout. We're always here 🙂")).toBe(true);
    expect(nothingDue(undefined, 'Please do not hesitate to contact us for further help. https://example.com')).toBe(
      true,
    );
    // An open offer after a problem, or beside a statement of fact, is not a closing.
    expect(nothingDue(undefined, 'Sorry for the mix-up. Feel free to reach out any time.')).toBe(false);
    expect(nothingDue(undefined, 'Your plan renews on the 4th. Feel free to reach out any time.')).toBe(false);
  });
});

describe('next step: more shapes', () => {
  it.each([
    // A condition that asks for one thing.
    "If you send me a photo of the label, I'll book the collection.",
    'If you reply with your policy number, we can re-quote today.',
    'If you pay at the desk instead, the deposit hold does not apply.',
    // An action under way.
    "We're sending a replacement kettle by courier.",
    "I'm rebooking you onto the 9:40 service now.",
    // On the way.
    'Your driver is 10 minutes away.',
    // Please / kindly / simply with any verb.
    'Simply tick the box marked Gift and the price drops.',
    'Kindly revert to the email we sent on Monday with the form.',
    // Where a setting lives.
    "It's under 'Billing preferences' in your account.",
    "You'll find it in the app under Card controls.",
    // A question after a greeting or an apology.
    'Hi Ravi, sorry for the wait, are you still seeing the red light on the router?',
    // An offer with a place, conditioned on a need.
    'You can add more storage in the app if you need more space.',
  ])('counts %j', (reply) => {
    expect(nextStep(reply)).toBe(true);
  });

  it.each([
    'If you need anything else, just let us know.',
    'If you have any questions, please let us know.',
    'Please be patient while the team works on it.',
    'Please just wait for the update.',
    'Please feel free to reach out any time.',
    'Please loop us in whenever you like.',
    "We're looking into this.",
    "We're working on it.",
    'The depot is a few miles from the town centre.',
    'It is under review.',
    'Hi Ravi, thanks for the kind words, is there anything else?',
  ])('does not count %j', (reply) => {
    expect(nextStep(reply)).toBe(false);
  });
});

describe('customer problem: more families', () => {
  it.each([
    "I'm unable to activate the new card",
    "couldn't even open the lid, it's glued shut",
    'the checkout page is not clear at all',
    'your agent hung up on me twice',
    'they keep lying about the delivery date',
    'really poor coverage in our village since the mast work',
    'none of the sides I ordered were in the bag',
    'nothing has been updated on my profile',
    'we missed the connection because of the late departure',
    'trains are at a standstill at the station',
    'is the app back up?',
    'it has been months and still no word',
    'already tried restarting it',
    'get your act together',
    'any help here?',
    'stop emailing me every day',
    'it sends me to the wrong page instead',
    // The same words, not praising.
    "the app won't forget my old card no matter what I do",
    'never again, the order was cold',
  ])('reads a problem in %j', (customer) => {
    expect(problem(customer)).toBe(true);
  });

  it.each([
    "can't wait for the new range to launch!",
    "can't thank your team enough",
    "I can't figure out where to enter the promo code",
    "I can't travel on the 5th any more, can I move the date?",
    'sorry for spamming you yesterday, the refund came through, thanks',
    'missed my bus so I am ordering dinner in tonight, best decision 😂',
    'stop by the shop anytime you say?',
    // Negations that praise.
    'the nurse stayed past her shift to help us, we will never forget it',
    "can't wait to try the winter menu",
    'five stars, would order again',
  ])('reads no problem in %j', (customer) => {
    expect(problem(customer)).toBe(false);
  });
});

describe('customer problem: what came against what was asked, and the state a service left', () => {
  it.each([
    'the receipt says £40 but the sign in the window said £30',
    'I reserved two seats but when we arrived they had been given away',
    'I was told the kit would include the stand',
    'I specifically asked for no nuts on the top',
    'the piano has sounded dull since your visit',
    'my coat came back with a shiny patch on the sleeve',
    'the gate is wobbly again two weeks after the repair',
    "the logo isn't what I asked for at all",
    'the varnish is already flaking and the edges are fraying',
    'these trousers are way too tight now',
    'your fitter left dust all over my hallway',
    'we were turned away at the door even with tickets',
    'no call, no email, nothing',
    'forty pounds for that? what exactly was I paying for',
  ])('reads a problem in %j', (customer) => {
    expect(problem(customer)).toBe(true);
  });

  it.each([
    'the receipt says £40, can I pay the rest by card?',
    'how often should the gate be oiled after the repair?',
    'dying to try the new lemon cake!',
    'can I book a fitting for the week after next?',
    'my daughter came back from the course so happy, thank you',
    'he came home really happy and much calmer',
    'can I split the payment across two cards?',
  ])('reads no problem in %j', (customer) => {
    expect(problem(customer)).toBe(false);
  });
});
