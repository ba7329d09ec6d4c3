import { describe, expect, it } from 'vitest';
import { applyReplacement, editRange } from '../../../rules/index.ts';
import { placeholderIn } from '../../../rules/rewrite/placeholder.ts';
import { blameSpans, coach } from './helpers.ts';

describe('check: blame phrases', () => {
  it('offers to drop a sentence that is all blame, and never a promise the agent had not made', () => {
    const text = 'Hi Liam,\n\nYou need to calm down before we can help you.';
    const finding = coach(text).findings.find((f) => f.ruleId === 'blame/calm-down');
    expect(finding).toBeDefined();
    // "Let me see what I can do" would promise a look the agent had not offered; the rewrite drops the sentence
    // instead. The underline stays on the words at fault; the rewrite replaces the sentence (its `edit` range).
    expect(text.slice(finding?.start, finding?.end)).toBe('You need to calm down before we can help you');
    expect(finding && text.slice(editRange(finding).start, editRange(finding).end)).toBe(
      'You need to calm down before we can help you.',
    );
    expect(finding?.replacements).toEqual(['']);
    // "Nothing I can do" says what the agent cannot do: taking it out could leave the customer without an answer (a
    // reader found such removals dropped a decision the customer needed). The rewrite keeps what cannot be done and
    // leaves the step to the agent, as a slot the editor selects and wording/unfilled-placeholder flags until filled.
    const helpless = coach("Hi Liam,\n\nThere's nothing I can do to speed it up.").findings.find(
      (f) => f.ruleId === 'blame/nothing-i-can-do',
    );
    expect(helpless?.replacements[0]).toBe("I'm not able to speed it up. What I can do is [the step you can offer]");
    expect(placeholderIn(helpless?.replacements[0] ?? '')).toBeDefined();
    // After a step already taken, the limit is the answer: advice only.
    const limit = coach("Hi Liam,\n\nI've refunded the delivery fee; there's nothing more I can do.").findings.find(
      (f) => f.ruleId === 'blame/nothing-i-can-do',
    );
    expect(limit?.replacements).toEqual([]);
  });

  it('widens a removal to the comma it leaves behind and gives the sentence its capital back', () => {
    const text = 'Hi Liam,\n\nAs I already told you, the refund takes five days.';
    const finding = coach(text).findings.find((f) => f.ruleId === 'blame/as-i-said-aside');
    expect(finding?.replacements[0]).toBe('The');
    expect(text.slice(finding?.start, finding?.end)).toBe('As I already told you');
    expect(finding && text.slice(editRange(finding).start, editRange(finding).end)).toBe('As I already told you, the');
    expect(finding && applyReplacement(text, finding, 'The')).toBe('Hi Liam,\n\nThe refund takes five days.');
    expect(finding?.preview).toEqual({
      sentence: 'As I already told you, the refund takes five days.',
      rewritten: 'The refund takes five days.',
      start: 0,
      end: 3,
    });
  });

  it('lower-cases a rewrite that lands mid-sentence', () => {
    const text = 'Sorry for the trouble, but you ignored our reminder emails.';
    const finding = coach(text).findings.find((f) => f.ruleId === 'blame/you-ignored');
    expect(finding?.replacements[0]).toBe("it looks like you didn't see");
  });

  it('understands contractions in both directions', () => {
    // Whether its rewrite removes the sentence or the rule gives advice only, a finding underlines its phrase.
    expect(blameSpans("You should've checked first.")).toEqual(["You should've"]);
    expect(blameSpans("That isn't our fault.")).toEqual(["That isn't our fault"]);
    expect(blameSpans('There is nothing I can do.')).toEqual(['There is nothing I can do']);
    expect(blameSpans('There’s nothing I can do.')).toEqual(['There’s nothing I can do']);
  });

  it('matches word families, not single spellings', () => {
    expect(blameSpans('You fail to mention the fee.')).toHaveLength(1);
    expect(blameSpans('You failed to return it.')).toHaveLength(1);
  });

  it('stays silent on neutral uses the rules list as exceptions', () => {
    expect(blameSpans('You should have received a confirmation email by now.')).toEqual([]);
    expect(blameSpans('You must have been so worried.')).toEqual([]);
    expect(blameSpans("It's not your fault at all.")).toEqual([]);
    expect(blameSpans('The courier has confirmed a delay, and I have opened a claim with them.')).toEqual([]);
    expect(blameSpans("There's nothing you need to do; the refund is automatic.")).toEqual([]);
  });

  it('never flags quoted history or signatures', () => {
    const text =
      'Thanks for writing in.\n\nOn Mon, 3 May, Sam wrote:\n> your problem is my problem\n-- \nAs I already told you, Amy';
    expect(blameSpans(text)).toEqual([]);
  });

  it('gives one finding for overlapping matches of the same category', () => {
    const text = 'You must have entered the wrong address.';
    const blame = coach(text).findings.filter((f) => f.category === 'blame');
    expect(blame).toHaveLength(1);
  });
});

describe('check: offsets survive any Unicode', () => {
  const phrase = 'your problem is';
  const cases: [string, string][] = [
    ['emoji before', '🙂🙂 Hi! 👋🏽 Sadly your problem is the cable.'],
    ['CRLF line ends', 'Hi Sam,\r\n\r\nSadly your problem is the cable.\r\n'],
    ['non-breaking spaces inside the phrase', 'Sadly your\u00a0problem\u00a0is the cable.'],
    ['combining marks and RTL text', 'Cafe\u0301 שלום — sadly your problem is the cable.'],
  ];
  for (const [name, text] of cases) {
    it(name, () => {
      const f = coach(text).findings.find((x) => x.ruleId === 'blame/your-problem-is');
      expect(f).toBeDefined();
      expect(
        text
          .slice(f?.start, f?.end)
          .replace(/\u00a0/g, ' ')
          .toLowerCase(),
      ).toBe(phrase);
    });
  }
});

describe('signals', () => {
  it('recognises apologies and refuses negated or quoted ones', () => {
    expect(coach("I'm so sorry about the wait.").signals.apology).toBe(true);
    expect(coach('We apologise for the delay.').signals.apology).toBe(true);
    expect(coach('No need to apologise - go to Settings > Team.').signals.apology).toBe(false);
    expect(coach("We're not sorry either! Enjoy.").signals.apology).toBe(false);
    expect(coach('Sorry? Do you mean the login page?').signals.apology).toBe(false);
    expect(coach('You said "sorry to bother you again" - not at all!').signals.apology).toBe(false);
    expect(coach('Thanks!\n> I am so sorry to bother you').signals.apology).toBe(false);
  });

  it('tells a concrete next step from a vague closing', () => {
    expect(coach('Please reply with your order number.').signals.nextStep).toBe(true);
    expect(coach("I've refunded the $25; it will show within 5 business days.").signals.nextStep).toBe(true);
    expect(coach("I'll call you tomorrow before noon.").signals.nextStep).toBe(true);
    expect(coach('Go to Settings > Team and click Invite.').signals.nextStep).toBe(true);
    expect(coach('Let us know if you need anything else!').signals.nextStep).toBe(false);
    expect(coach("We're looking into it.").signals.nextStep).toBe(false);
    expect(coach('Hope this helps! We value your feedback.').signals.nextStep).toBe(false);
    expect(coach("I'll pass your feedback on to the team.").signals.nextStep).toBe(false);
  });

  it('reads the customer problem from the customer, and is null when unknown', () => {
    expect(coach('Yes, until 8pm.', 'What are your opening hours?').signals.customerProblem).toBe(false);
    expect(coach('Yes, until 8pm.', "My parcel still hasn't arrived!").signals.customerProblem).toBe(true);
    expect(coach('Yes, until 8pm.').signals.customerProblem).toBeNull();
    expect(coach("I'm sorry to hear the parcel is late.").signals.customerProblem).toBe(true);
  });
});

describe('missing apology and next step', () => {
  it('suggests an apology after the greeting when the customer reports a problem', () => {
    const text = 'Hi Sam,\n\nI have refunded the $25 today.\n\nBest,\nAmara';
    const f = coach(text, 'You charged me twice!').findings.find((x) => x.category === 'missing-apology');
    expect(f?.start).toBe(text.indexOf('I have refunded'));
    expect(f?.end).toBe(f?.start);
    const applied = `${text.slice(0, f?.start)}${f?.replacements[0]}${text.slice(f?.start)}`;
    expect(applied).toMatch(/^Hi Sam,\n\nI'm sorry[^\n]+\. I have refunded/);
  });

  it('puts it after a greeting in another language too ("Hej Lars,", "Selam Mr. Haile,")', () => {
    for (const hello of ['Hej Lars,', 'Selam Mr. Haile,', 'Cześć Ania,']) {
      const text = `${hello}\n\nI have refunded the $25 today.\n\nBest,\nAmara`;
      const f = coach(text, 'You charged me twice!').findings.find((x) => x.category === 'missing-apology');
      expect(f?.start, hello).toBe(text.indexOf('I have refunded'));
    }
  });

  it('stays quiet on a plain question', () => {
    const found = coach('Yes, we deliver to campus.', 'Do you deliver to campus?').findings;
    expect(found.some((f) => f.category === 'missing-apology')).toBe(false);
  });

  it('suggests a next step before the sign-off', () => {
    const text = 'Hi Grace,\n\nSorry the lamp arrived without a bulb.\n\nWarm regards,\nTheo';
    const f = coach(text).findings.find((x) => x.category === 'missing-next-step');
    expect(f?.start).toBe(text.indexOf('\n\nWarm regards'));
    expect(f?.replacements[0]?.startsWith(' ')).toBe(true);
  });

  it('returns no findings for an empty reply', () => {
    expect(coach('').findings).toEqual([]);
    expect(coach('   \n  ').findings).toEqual([]);
  });
});

describe('customer problem: case and phrasing', () => {
  const reports = (customer: string) => coach('Thanks for writing in.', customer).signals.customerProblem;
  it('reads problems whatever their capitalisation', () => {
    expect(reports('Why is my bill higher this month?')).toBe(true);
    expect(reports('Nobody told me the price was going up.')).toBe(true);
    expect(reports('MY ORDER IS STILL MISSING')).toBe(true);
  });
  it('reads dissatisfaction, odd smells and wrong items', () => {
    expect(reports("I'm not happy with the repair.")).toBe(true);
    expect(reports('There is a burning smell from the charger.')).toBe(true);
    expect(reports('I ordered blue, got a grey one.')).toBe(true);
  });
  it('reads waiting, stretched words, charges never agreed to and lost accounts', () => {
    expect(reports('How long do I have to wait for the voucher to show up?')).toBe(true);
    expect(reports('The new version is sooooo sloooow.')).toBe(true);
    expect(reports('Take off the add-on, I never subscribed to it.')).toBe(true);
    expect(reports('Need help recovering my work account.')).toBe(true);
    expect(reports('Is this how you treat people who have paid upfront?')).toBe(true);
  });
  it('does not mistake a calm question for a problem', () => {
    expect(reports('Do you ship to Canada? Thanks!')).toBe(false);
    expect(reports('WHAT ARE your opening hours?')).toBe(false);
    expect(reports('How long is the wait list for the workshop?')).toBe(false);
    expect(reports('Can I order a second one for my sister?')).toBe(false);
    expect(reports('Booked for three, looking forward to it.')).toBe(false);
  });
});

describe('check: readability limits', () => {
  const longSentence = `I checked the order and ${'the parcel left our warehouse on time and '.repeat(5)}it should reach you soon.`;
  const filler = 'We checked the order and everything looks fine on our side today. ';

  it('marks a long reply as about the whole reply, and a long sentence as about its words', () => {
    const text = filler.repeat(30) + longSentence;
    const length = coach(text).findings.filter((f) => f.category === 'length');
    const reply = length.find((f) => f.ruleId === 'length/long-reply');
    const sentence = length.find((f) => f.ruleId === 'length/long-sentence');
    expect(reply?.scope).toBe('reply');
    // The whole-reply finding does not hide the sentence one, though their spans overlap.
    expect(sentence).toBeDefined();
    expect(sentence?.scope).toBeUndefined();
    expect(text.slice(sentence?.start, sentence?.end)).toBe(longSentence);
  });

  it('says nothing about length in a short reply', () => {
    expect(coach(filler.repeat(3)).findings.filter((f) => f.category === 'length')).toEqual([]);
  });
});
