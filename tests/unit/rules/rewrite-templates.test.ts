import { describe, expect, it } from 'vitest';
import { applyReplacement, check, type Finding, type Rule, starterRulebook } from '../../../rules/index.ts';
import { rewriteSentence } from '../../../rules/rewrite/build.ts';
import { dropsWithItsSentence } from '../../../rules/rewrite/clause.ts';
import { guardRewrite } from '../../../rules/rewrite/guard.ts';
import { parseTemplate } from '../../../rules/rewrite/template.ts';
import { PhraseSyntaxError, parsePhrase } from '../../../rules/text/phrase.ts';
import { coach, coachOffered, prepare } from './helpers.ts';

/** Issue 9: rewrite templates with slots, joined into the sentence, and the guard before one-click. */

/** A one-rule rulebook: the rule's first rewrite applied to `text`, or undefined when none is offered. */
function firstRewrite(rule: Partial<Rule> & { patterns: string[]; replacements: string[] }, text: string) {
  const full = {
    id: 'test/rule',
    kind: 'avoid',
    category: 'blame',
    severity: 'warning',
    message: 'Test rule.',
    examples: { bad: ['x'], good: ['y'] },
    ...rule,
  } as Rule;
  const book = prepare({ ...starterRulebook, rules: [full] });
  const f = check(text, book).findings.find((x) => x.ruleId === 'test/rule');
  if (!f) return { flagged: false as const };
  const first = f.replacements[0];
  return {
    flagged: true as const,
    text: first === undefined ? undefined : applyReplacement(text, f, first),
    finding: f,
  };
}

/** The reply after the first rewrite of the first finding `pick` chooses; undefined where that finding offers none. */
function afterFirstClick(text: string, pick: (f: Finding) => boolean, run = coach): string | undefined {
  const f = run(text).findings.find(pick);
  const r = f?.replacements[0];
  return f && r !== undefined ? applyReplacement(text, f, r) : undefined;
}

const offersBlameClick = (f: Finding) => f.category === 'blame' && f.replacements.length > 0;
const ofRule = (ruleId: string) => (f: Finding) => f.ruleId === ruleId;
/** How many blame cards in the reply offer a one-click rewrite. */
const blameClicks = (text: string) => coach(text).findings.filter(offersBlameClick).length;

describe('templates', () => {
  it('cuts a template into text and slots, with {{ }} for literal braces', () => {
    expect(parseTemplate('please {verb} {{now}}')).toEqual([
      { literal: 'please ' },
      { slot: 'verb' },
      { literal: ' {now}' },
    ]);
  });

  it('fills named slots from the pattern: a word and the rest of the clause', () => {
    const r = firstRewrite(
      { patterns: ['it is your responsibility to <verb> <what...>'], replacements: ['please {verb} {what}'] },
      "It's your responsibility to back up your files, and we can show you how.",
    );
    expect(r.text).toBe('Please back up your files, and we can show you how.');
  });

  it('does not offer a template whose slot the match did not fill', () => {
    const r = firstRewrite(
      { patterns: ['your fault', 'your <thing> problem'], replacements: ['the {thing} issue'] },
      'That is your fault.',
    );
    expect(r.flagged).toBe(true);
    expect(r.text).toBeUndefined();
    expect(r.finding?.guard?.problems).toContain('slot not filled');
  });

  it('rewrites the whole sentence from {before} and {after}', () => {
    const r = firstRewrite(
      { patterns: ['obviously'], replacements: ["{before}{after} I'll walk you through it."] },
      'Hi Jo,\nObviously the router needs a restart. Thanks.',
    );
    expect(r.text).toBe("Hi Jo,\nThe router needs a restart. I'll walk you through it. Thanks.");
    expect(r.finding?.preview).toEqual({
      sentence: 'Obviously the router needs a restart.',
      rewritten: "The router needs a restart. I'll walk you through it.",
      start: 0,
      // The final full stop is the sentence's own, unchanged.
      end: "The router needs a restart. I'll walk you through it".length,
    });
  });

  it('rewrites the whole sentence with {whole}, only where a regex slot says the sentence is all blame', () => {
    const closed = {
      patterns: ['consider the matter closed'],
      regex: ['(?<=^\\s*we\\s+)consider\\s+the\\s+matter\\s+closed(?=\\s*[.!]?\\s*$)(?<final>)'],
      replacements: ['{final}{whole}This is our final position.'],
    };
    const r = firstRewrite(closed, 'The limit is £150. We consider the matter closed.');
    expect(r.text).toBe('The limit is £150. This is our final position.');
    expect(r.finding?.preview?.rewritten).toBe('This is our final position.');
    // Where the sentence says more, the regex names no slot and the template is not offered.
    const more = firstRewrite(closed, 'Once the refund lands, we will consider the matter closed.');
    expect(more.flagged).toBe(true);
    expect(more.text).toBeUndefined();
    expect(() => parsePhrase('as <whole>')).toThrow(PhraseSyntaxError);
  });

  it('refuses slots a regex could only guess at', () => {
    expect(() => parsePhrase('as <rest...> you know')).toThrow(PhraseSyntaxError);
    expect(() => parsePhrase('<who> is to blame')).toThrow(PhraseSyntaxError);
    expect(() => parsePhrase('(a <x>|b <x>)')).toThrow(PhraseSyntaxError);
    expect(() => parsePhrase('as <before>')).toThrow(PhraseSyntaxError);
    expect(() => parsePhrase('as <rest...> , so')).not.toThrow();
  });
});

describe('joining a rewrite into its sentence', () => {
  const sentence = (text: string, span: string, template: string, captures?: Record<string, string>) => {
    const start = text.indexOf(span);
    return rewriteSentence(
      {
        text,
        sentence: { start: 0, end: text.length },
        start,
        end: start + span.length,
        ...(captures ? { captures } : {}),
      },
      template,
    );
  };

  it('takes an aside out from after a joining word without leaving its comma, and keeps the comma after "yes"', () => {
    expect(
      sentence(
        'Notes reach the kitchen but, as stated in our policy, we cannot promise they are read.',
        'as stated in our policy,',
        '',
      ),
    ).toBe('Notes reach the kitchen but we cannot promise they are read.');
    expect(sentence('Understood, and yes, as I said earlier, that debt is not yours.', 'as I said earlier,', '')).toBe(
      'Understood, and yes, that debt is not yours.',
    );
  });

  it('capitalises at the sentence start and lowers a sentence-case rewrite inside', () => {
    expect(sentence('Kindly send the form.', 'Kindly', 'Please')).toBe('Please send the form.');
    expect(sentence('Thanks, kindly send the form.', 'kindly', 'Please')).toBe('Thanks, please send the form.');
    expect(sentence('Sorry, you ignored it.', 'you ignored', "it looks like you didn't see")).toBe(
      "Sorry, it looks like you didn't see it.",
    );
    expect(sentence('Sorry, you ignored it.', 'you ignored', 'I think you missed')).toBe(
      'Sorry, I think you missed it.',
    );
  });

  it('keeps a document that states a fact, taking out only who signed it', () => {
    // Dropping the sentence would lose what the contract covers (a broken click before). The document keeps an owner:
    // "the terms" alone, at the end of a sentence, read as clipped (round 42).
    const click = (text: string) =>
      coach(text).findings.find((f) => f.category === 'blame' && f.preview !== undefined)?.preview?.rewritten;
    expect(click('The contract you signed covers the hire.')).toBe('Our contract covers the hire.');
    expect(click('The terms you accepted say refunds take 14 days.')).toBe('Our terms say refunds take 14 days.');
    // With nothing but the reproach, the sentence still goes.
    expect(click('Thanks for asking. The terms you agreed to at signup are clear about this.')).toBe('');
  });

  it("starts a social reply's sentence after its @handles", () => {
    expect(
      sentence(
        '@sam_k Pretty sure you missed it.',
        'Pretty sure you missed',
        'it may be worth checking whether you missed',
      ),
    ).toBe('@sam_k It may be worth checking whether you missed it.');
    expect(sentence('@sam_k as i said, the refund is on its way.', 'as i said', '')).toBe(
      '@sam_k the refund is on its way.',
    );
    expect(sentence('@sam_k As I said, the refund is on its way.', 'As I said', '')).toBe(
      '@sam_k The refund is on its way.',
    );
  });

  it('follows a sentence written in capitals', () => {
    expect(sentence('KINDLY SEND THE FORM TODAY.', 'KINDLY', 'please')).toBe('PLEASE SEND THE FORM TODAY.');
  });

  it('keeps the lower-case start of an agent who writes sentences in lower case', () => {
    expect(sentence('as i said, the refund is on its way.', 'as i said', '')).toBe('the refund is on its way.');
    expect(sentence('fyi offline mode keeps taking cards.', 'fyi', '')).toBe('offline mode keeps taking cards.');
    // A name or "I" capitalised in the agent's own sentence stays so.
    expect(sentence('as i said, Priya will call you.', 'as i said', '')).toBe('Priya will call you.');
  });

  it('joins punctuation cleanly at both ends of a removal', () => {
    expect(sentence('As I said, the refund is on its way.', 'As I said', '')).toBe('The refund is on its way.');
    expect(sentence('The refund, as I said, is on its way.', 'as I said', '')).toBe('The refund is on its way.');
    expect(sentence('The delay is the carrier’s fault, not ours.', 'not ours', '')).toBe(
      'The delay is the carrier’s fault.',
    );
    expect(sentence('It left us in transit, not us, and arrived late.', 'not us', '')).toBe(
      'It left us in transit, and arrived late.',
    );
    expect(sentence('Sorry, but as I said, it is out of stock.', 'as I said', '')).toBe(
      'Sorry, but it is out of stock.',
    );
  });

  it('never doubles a word across the splice ("Please please")', () => {
    expect(sentence('Kindly please send the form.', 'Kindly', 'Please')).toBe('Please send the form.');
  });

  it('makes a/an agree with the word that now follows', () => {
    expect(sentence('It is a terrible delay.', 'terrible', 'unexpected')).toBe('It is an unexpected delay.');
    expect(sentence('That was an obvious mistake.', 'obvious', '')).toBe('That was a mistake.');
    expect(sentence('There was an error.', 'error', 'hour-long wait')).toBe('There was an hour-long wait.');
    expect(sentence('Send a photo.', 'photo', 'user guide')).toBe('Send a user guide.');
  });

  it('removes a sentence that was only the blame', () => {
    const text = 'Calm down. The refund is on its way.';
    const r = firstRewrite({ patterns: ['calm down'], replacements: [''] }, text);
    expect(r.text).toBe('The refund is on its way.');
    expect(r.finding?.preview?.rewritten).toBe('');
  });
});

describe('the guard before one-click', () => {
  const none = () => [];
  const guard = (before: string, after: string) => guardRewrite(before, after, [0, after.length], none);
  /** A cut: the sentence before and after, and where the removed words were. */
  const cut = (before: string, after: string, at: number) => guardRewrite(before, after, [at, at], none);

  it('passes a clean rewrite and a removed sentence', () => {
    expect(guard('You ignored the email.', "It looks like you didn't see the email.")).toEqual([]);
    expect(guard('Calm down.', '')).toEqual([]);
  });

  it('names each kind of breakage', () => {
    expect(guard('Please send it.', 'Please please send it.')).toContain('doubled word');
    expect(
      guard("It's on the form, so it shouldn't be a surprise at this stage.", "It's on the form, so it at this stage."),
    ).toContain('clause without a verb');
    expect(
      guard('We emailed the form, so they should have a copy.', 'We emailed the form, so they at least have a copy.'),
    ).not.toContain('clause without a verb');
    expect(guard('As I said, it shipped.', 'Just to confirm,, it shipped.')).toContain('doubled punctuation');
    expect(guard('It shipped.', 'it shipped.')).toContain('lower-case sentence start');
    expect(guard('It shipped. Thanks.', 'It shipped. thanks.')).toContain('lower-case sentence start');
    expect(guard('See the FAQ.', 'See the FAQ (section 2.')).toContain('unbalanced quote or bracket');
    expect(guard('It says "done".', 'It says "done.')).toContain('unbalanced quote or bracket');
    expect(guard("That's down to the airline.", 'It depends on.')).toContain('dangling end');
    expect(guard('You can reply here.', 'You can reply in.')).toContain('dangling end');
    // A phrasal verb ends a sentence well.
    expect(
      guard('Tickets are answered in order, chasing won’t help.', 'Tickets are answered as they come in.'),
    ).toEqual([]);
    // "that" ends a sentence as a pronoun after a preposition, and dangles after a verb that needs its clause.
    expect(guard('I can help, but calm down.', 'I can help with that.')).toEqual([]);
    expect(guard('The team handles all that, and they are slow.', 'The team handles all that.')).toEqual([]);
    expect(guard('We told you the fee applies.', 'We told you that.')).toContain('dangling end');
    // A noun phrase left with only its auxiliary is an answer to a question the reply never asked; after a pronoun
    // the auxiliary stands for the verb already said.
    expect(guard('The landowner is, not us.', 'The landowner is.')).toContain('dangling end');
    expect(
      guard('Most riders ask first, so this rarely comes as a surprise.', 'Most riders ask first, so this.'),
    ).toContain('dangling end');
    expect(guard('It follows the same list we do, so she is wrong.', 'It follows the same list we do.')).toEqual([]);
    expect(guard('Use {x}.', 'Use {thing}.')).toContain('unfilled slot');
  });

  it('withholds a cut that leaves a filler word with nothing to lean on, and keeps one that still has its words', () => {
    expect(guard("Hi Sam, it's not hard, honestly.", 'Hi Sam, honestly.')).toContain('dangling end');
    expect(guard('Hi Sam, as said twice now, the gate shuts at six.', 'Hi Sam, now, the gate shuts at six.')).toContain(
      'dangling end',
    );
    expect(
      guard(
        'The gate shuts at six, as mentioned twice now, so plan ahead.',
        'The gate shuts at six, now, so plan ahead.',
      ),
    ).toContain('dangling end');
    // Some close a clause well on their own.
    expect(guard("We'll send a new label today, too.", "We'll send a new label, too.")).toEqual([]);
    // A filler the writer set between commas before the cut was theirs, and stays so.
    expect(guard('Honestly, the gate shuts at six, as I said.', 'Honestly, the gate shuts at six.')).not.toContain(
      'dangling end',
    );
    expect(guard('The gate shuts at six, as I said.', 'The gate shuts at six.')).toEqual([]);
  });

  it('withholds a cut that leaves the last sentence as a bare @handle, and lets one stand before more text', () => {
    const joke = "@theo_eats Haha well at least you didn't go hungry 😅";
    expect(guardRewrite(joke, '@theo_eats', [10, 10], none, '')).toContain('dangling end');
    expect(guardRewrite(joke, '@theo_eats', [10, 10], none, ' DM us your order number.')).toEqual([]);
  });

  it('withholds a cut whose next sentence leans on it ("Not much more we can say", "I’d also ask")', () => {
    const joke = '@theo_eats Haha well at least you didn’t go hungry 😅';
    expect(guardRewrite(joke, '@theo_eats', [10, 10], none, ' Not much more we can say on this one.')).toContain(
      'drops what the reply refers to',
    );
    const riders = 'Riders are managed by a separate team, so complaints aren’t something support handles.';
    const cut = 'Riders are managed by a separate team.';
    expect(guardRewrite(riders, cut, [37, 37], none, ' I’d also ask that you keep it polite.')).toContain(
      'drops what the reply refers to',
    );
    expect(guardRewrite(riders, cut, [37, 37], none, ' I’ve added a note to your order.')).toEqual([]);
  });

  it('keeps the greeting, its title and the case the writer gave what follows it when an aside goes', () => {
    const cases: Array<[draft: string, fixed: string]> = [
      [
        'Hello Ms. Ortega, As I am sure you know, re-covering the mats is standard at move-out.',
        'Hello Ms. Ortega, Re-covering the mats is standard at move-out.',
      ],
      [
        'Dear Chef Moreau, As anyone in the trade knows, prices follow the weekly markets.',
        'Dear Chef Moreau, Prices follow the weekly markets.',
      ],
      [
        'Hi Sam, as I explained in my email on the 3rd, the certificate needs the first premium paid.',
        'Hi Sam, the certificate needs the first premium paid.',
      ],
      // The cutter and the joiner read one list of hellos: "Hiya" once kept its comma in one and not the other.
      [
        'Hiya Sam, as I explained in my email on the 3rd, the certificate needs the first premium paid.',
        'Hiya Sam, the certificate needs the first premium paid.',
      ],
    ];
    for (const [draft, fixed] of cases) expect(afterFirstClick(draft, offersBlameClick)).toBe(fixed);
  });

  it('withholds a cut that takes the reason a later request gives', () => {
    const visit = 'The fitter came at nine, but the gate code on your booking was wrong, so he could not get in.';
    const left = 'The fitter came at nine.';
    expect(
      guardRewrite(visit, left, [24, 24], none, ' Please update your gate code so this does not happen again.'),
    ).toContain('drops what the reply refers to');
    // A request about something the kept sentence still names, or about something else, keeps its reason.
    expect(guardRewrite(visit, left, [24, 24], none, ' Please check the fitter arrives on Monday.')).toEqual([]);
  });

  it('withholds a cut that takes the question a later "let me know" waits on', () => {
    const asked = 'A CV gets you in the door, but how many have you actually sent out?';
    const left = 'A CV gets you in the door.';
    expect(guardRewrite(asked, left, [25, 26], none, 'Let me know and we can look at it.')).toContain(
      'drops what the reply refers to',
    );
    // Without a later request for the answer, the question can go.
    expect(guardRewrite(asked, left, [25, 26], none, 'We can look at your cover letters.')).toEqual([]);
  });

  it('withholds a cut that leaves "those bits" pointing at the clause it removed', () => {
    const bag = "Slice and freeze it on the day, it's written on the bag, but not everyone reads those bits!";
    expect(cut(bag, 'Slice and freeze it on the day, but not everyone reads those bits!', 30)).toContain(
      'drops what the reply refers to',
    );
    // Before the cut, a "those" phrase is not pointing into it.
    const shoes = 'Those shoes ship today, as I said, from the Leeds store.';
    expect(cut(shoes, 'Those shoes ship today, from the Leeds store.', 22)).not.toContain(
      'drops what the reply refers to',
    );
  });

  it('withholds a cut when the next sentence\'s "those emails" pointed at the replies it removed', () => {
    const stated = 'As stated in our previous two replies, the order is with the courier.';
    const kept = 'The order is with the courier.';
    expect(guardRewrite(stated, kept, [0, 0], none, ' The tracking number is in those emails.')).toContain(
      'drops what the reply refers to',
    );
    // A "those" phrase naming what the kept sentence still names points there, not into the cut.
    const said = 'As I said in my emails, we sent two cables.';
    expect(guardRewrite(said, 'We sent two cables.', [0, 0], none, ' Those cables arrive Monday.')).toEqual([]);
  });

  it('withholds a cut whose finding the next sentence concludes from ("therefore")', () => {
    const checked = 'I have checked the system and there is no record of your call on Monday.';
    const kept = 'I have checked the system.';
    const at = kept.length - 1;
    expect(guardRewrite(checked, kept, [at, at], none, ' The charge therefore stands.')).toContain(
      'drops what the reply refers to',
    );
    // What the records showed is itself the finding the reply gives: a cut that takes it is withheld even where nothing
    // concludes from it (round 28: "I've gone through our call logs and I can't really comment on that", broken).
    expect(guardRewrite(checked, kept, [at, at], none, ' I have booked a new slot.')).toEqual(['drops a finding']);
    // An aside is no finding: the conclusion rests on the fact the cut keeps.
    const aside = 'As I already told you, the refund was issued yesterday.';
    expect(
      guardRewrite(aside, 'The refund was issued yesterday.', [0, 0], none, ' It will therefore show by Monday.'),
    ).toEqual([]);
  });

  it('withholds a cut that leaves its tone in the clause it changed, and only in that clause', () => {
    const not = 'Tracing it is their responsibility, not ours.';
    expect(cut(not, 'Tracing it is their responsibility.', 34)).toContain('leaves its tone');
    const anyway = 'The difference is only €20 anyway, so it is not a huge loss.';
    expect(cut(anyway, 'The difference is only €20 anyway.', 33)).toContain('leaves its tone');
    const support = 'Routing is owned by our product team, not support, so this one is not mine to fix.';
    expect(cut(support, 'Routing is owned by our product team, not support.', 49)).toContain('leaves its tone');
    const down = 'Any problem at the depot is really down to them rather than us.';
    expect(cut(down, 'Any problem at the depot is really down to them.', 47)).toContain('leaves its tone');
    // Deflection a "not us" cut leaves in other words, each read as awkward by two leads (rounds 10-13): [before, after,
    // where the cut was].
    const stillDeflects: [string, string, number][] = [
      [
        'We cut them to the height you gave us, so the measurement was yours, not ours.',
        'We cut them to the height you gave us, so the measurement was yours.',
        67,
      ],
      [
        "That's a Hermes issue rather than ours, we pack every lamp in foam.",
        "That's a Hermes issue, we pack every lamp in foam.",
        21,
      ],
      [
        "Delivery time is down to the rider, they're a separate company, we have no say over routes.",
        "Delivery time is down to the rider, they're a separate company.",
        62,
      ],
      [
        'The car was towed by the city, so any dispute about the parking is with them, not us.',
        'The car was towed by the city, so any dispute about the parking is with them.',
        78,
      ],
      [
        "Those limits belong to our product team rather than support, so I can't really speak to why.",
        "Those limits belong to our product team, so I can't really speak to why.",
        39,
      ],
      [
        'Any delay after pickup is on the delivery company tho, not us.',
        'Any delay after pickup is on the delivery company tho.',
        53,
      ],
      [
        "Pickups are booked by the transport team, not us, so I can't really tell you why.",
        "Pickups are booked by the transport team, so I can't really tell you why.",
        42,
      ],
      [
        'The parcel left us on Monday, so wherever it is now is on the courier, not us.',
        'The parcel left us on Monday, so wherever it is now is on the courier.',
        70,
      ],
      [
        'The error comes from the card gateway, their side not ours, we only see the result.',
        'The error comes from the card gateway, their side, we only see the result.',
        49,
      ],
      [
        "The meter is waiting on your installer, so it's them you'll need to chase, not us.",
        "The meter is waiting on your installer, so it's them you'll need to chase.",
        74,
      ],
    ];
    for (const [before, after, at] of stillDeflects) expect(cut(before, after, at), after).toContain('leaves its tone');
    // The rule's own reframe names the party's side, not its fault; a parcel "on the way" is a status.
    expect(cut('The delay is the carrier’s fault, honestly.', 'The delay is on the carrier’s side.', 13)).toEqual([]);
    const onWay = 'It left us on Monday, so your parcel is on the way, honestly.';
    expect(cut(onWay, 'It left us on Monday, so your parcel is on the way.', 50)).toEqual([]);
    const queue = "It's in the repairs queue like every other job, and emailing twice won't speed it up.";
    expect(cut(queue, "It's in the repairs queue like every other job.", 46)).toContain('leaves its tone');
    expect(
      cut("It's in the repairs queue, honestly, for Friday.", "It's in the repairs queue, for Friday.", 25),
    ).toEqual([]);
    const post = "Once a parcel leaves us it's Canada Post's baby, not ours.";
    expect(cut(post, "Once a parcel leaves us it's Canada Post's baby.", 47)).toContain('leaves its tone');
    const fitter = "if it's been moved since then that's one for your kitchen fitter, not us.";
    expect(cut(fitter, "if it's been moved since then that's one for your kitchen fitter.", 63)).toContain(
      'leaves its tone',
    );
    // A cut between two clauses leaves both neighbours to read ("a single appointment" still belittles).
    const single = "It's a single appointment, it's not as if you've lost anything, and the new one is Thursday.";
    expect(cut(single, "It's a single appointment, and the new one is Thursday.", 27)).toContain('leaves its tone');
    const over = "It's only £65 more and it'll balance out anyway.";
    expect(cut(over, "It's £65 more and it'll balance out anyway.", 5)).toContain('leaves its tone');
    const bare = "@jo_b that's the warehouse not us tbh 👀 the label went out on time.";
    const cutBare = "@jo_b that's the warehouse tbh 👀 the label went out on time.";
    expect(cut(bare, cutBare, 26)).toContain('leaves its tone');
    // Plain status is no deflection.
    const status = 'The part is with the carrier, not us.';
    expect(cut(status, 'The part is with the carrier.', 28)).toEqual([]);
    const way = 'Your order is on the way, not stuck with us.';
    expect(cut(way, 'Your order is on the way.', 24)).toEqual([]);
    // Tone in another clause is the agent's own wording, for its own finding.
    const far = 'Responsibility lies with the restaurant, so, as stated in our policy, notes are passed on.';
    expect(cut(far, 'Responsibility lies with the restaurant, so notes are passed on.', 43)).toEqual([]);
    const farDown = "That's down to them, and as I said, we pass notes on.";
    expect(cut(farDown, "That's down to them, and we pass notes on.", 24)).toEqual([]);
  });

  it('withholds a click that takes the reply’s only apology with it', () => {
    const rules = 'Sorry, but those are the house rules.';
    const alone = () => 'Adult sessions are 18+.';
    expect(guardRewrite(rules, '', [0, 0], none, '', alone)).toContain('drops the only apology');
    // Another sorry elsewhere in the reply, or one kept in the sentence, lets the click through.
    expect(guardRewrite(rules, '', [0, 0], none, '', () => 'Sorry for the confusion.')).toEqual([]);
    const kept = 'I’m sorry, as I said, the pool shuts at six.';
    expect(guardRewrite(kept, 'I’m sorry, the pool shuts at six.', [10, 10], none, '', alone)).toEqual([]);
    // Through the engine: the reply's last sorry stays; with another one, the same sentence can go.
    const clickOn = (text: string) =>
      coachOffered(text).findings.some((f) => f.category === 'blame' && f.preview !== undefined);
    expect(clickOn('Adult sessions are 18+. Sorry but those are the rules.')).toBe(false);
    expect(clickOn('I’m sorry for the confusion. Adult sessions are 18+. Sorry but those are the rules.')).toBe(true);
  });

  it('withholds a click that takes the reply’s only “I’m afraid” or “unfortunately” with it', () => {
    const pending = 'It’s pending because the library hasn’t sent it yet, that’s out of our hands, I’m afraid.';
    const fact = 'It’s pending because the library hasn’t sent it yet.';
    const alone = () => 'Hi Sam,';
    expect(guardRewrite(pending, fact, [fact.length - 1, fact.length - 1], none, '', alone)).toContain(
      'drops the only softener',
    );
    // Regret kept elsewhere lets it through; "fortunately" is no regret.
    const regretful = () => 'Unfortunately the library is slow this month.';
    expect(guardRewrite(pending, fact, [fact.length - 1, fact.length - 1], none, '', regretful)).toEqual([]);
    const glad = 'It’s pending, fortunately it is out of our hands.';
    expect(guardRewrite(glad, 'It’s pending.', [11, 11], none, '', alone)).toEqual([]);
    // A whole sentence of attitude takes its "I'm afraid" with it.
    expect(guardRewrite('Screens don’t crack on their own I’m afraid.', '', [0, 0], none, '', alone)).toEqual([]);
    // …unless the sentence was the reply's last and the one left closing it still blames with no click of its own.
    const closer = 'Nothing we can speed up on our end, unfortunately.';
    const deflects = 'Parts come from the manufacturer and they’re the ones running late, not us.';
    const blames = (s: string) => (s.includes('not us') ? [{ start: 0, end: 5, fixable: false }] : []);
    const before = () => deflects;
    expect(guardRewrite(closer, '', [0, 0], blames, '', before, deflects)).toContain('drops the only softener');
    expect(guardRewrite(closer, '', [0, 0], blames, '\n\nThanks,\nJo', before, deflects)).toContain(
      'drops the only softener',
    );
    expect(guardRewrite(closer, '', [0, 0], blames, ' DM us your repair number.', before, deflects)).toEqual([]);
    expect(guardRewrite(closer, '', [0, 0], none, '', () => 'The part is late.', 'The part is late.')).toEqual([]);
    // Through the engine: the same cut is offered once the reply says sorry elsewhere.
    const clickOn = (text: string) =>
      coachOffered(text).findings.some((f) => f.category === 'blame' && f.preview !== undefined);
    const reply =
      'It’s pending because the supplying library hasn’t sent it yet — that’s out of our hands, I’m afraid.';
    expect(clickOn(reply)).toBe(false);
    expect(clickOn(`Sorry for the wait. ${reply}`)).toBe(true);
  });

  it('withholds a cut that leaves a sentence as its lead-in, or a better-if promise without its condition (set 34)', () => {
    const shut = 'With the consulate shut until Thursday, it’s out of my hands.';
    expect(guardRewrite(shut, 'With the consulate shut until Thursday.', [38, 38], none)).toContain(
      'clause without a verb',
    );
    // A sentence that opened that way before the click is the agent's own.
    const own = guardRewrite(
      'With thanks for your patience obviously.',
      'With thanks for your patience.',
      [29, 29],
      none,
    );
    expect(own).not.toContain('clause without a verb');
    const better = 'We can help you a lot better if you keep it respectful.';
    expect(guardRewrite(better, 'We can help you a lot better.', [28, 28], none)).toContain('drops a condition');
    // A plain promise may lose the condition the tone remark hung on it.
    const plain = 'We will look into it if you stop shouting.';
    expect(guardRewrite(plain, 'We will look into it.', [20, 20], none)).toEqual([]);
  });

  it('withholds the four shapes a lead read as broken on sets 41-46, and lets their whole neighbours through', () => {
    // A subordinate clause left without its main clause; a main clause after it without a comma is whole.
    const shoes =
      'The shoes come from a separate hire company and once they’ve sent what they sent, it’s out of our hands.';
    expect(
      guardRewrite(
        shoes,
        'The shoes come from a separate hire company and once they’ve sent what they sent.',
        [82, 82],
        none,
      ),
    ).toContain('dangling end');
    const courier = 'Once the parcel’s collected it’s with the courier, and their delays aren’t something we control.';
    expect(guardRewrite(courier, 'Once the parcel’s collected it’s with the courier.', [49, 49], none)).toEqual([]);
    const since = 'Since then the price has risen, as I am sure you will appreciate.';
    expect(guardRewrite(since, 'Since then the price has risen.', [30, 30], none)).toEqual([]);
    // A time still to come that the rest of the reply does not say; a time the reproach pointed back to may go.
    const friday = 'They’re in the post, and honestly there’s no point asking again before Friday.';
    expect(guardRewrite(friday, 'They’re in the post.', [19, 19], none)).toContain('drops a time');
    expect(guardRewrite(friday, 'They’re in the post.', [19, 19], none, ' They should land by Friday.')).not.toContain(
      'drops a time',
    );
    // A whole sentence removed takes its deadline with the reproach it belonged to.
    expect(guardRewrite('You were meant to send the form back by Friday.', '', [0, 0], none)).not.toContain(
      'drops a time',
    );
    const monday = 'As I said on Monday, the refund is on its way.';
    expect(guardRewrite(monday, 'The refund is on its way.', [0, 0], none)).not.toContain('drops a time');
    // "as a newsletter writer," left leaning on the next subject.
    const role = 'Hi Dev, as you’ll be aware as a newsletter writer, Gmail files mail without DKIM as spam.';
    expect(
      guardRewrite(role, 'Hi Dev, as a newsletter writer, Gmail files mail without DKIM as spam.', [11, 11], none),
    ).toContain('dangling modifier');
    // A statement's "and" leading straight into an order once the words between went.
    const app = 'The app shows the last status, and it’s really simple — give it a refresh after locking.';
    expect(
      guardRewrite(app, 'The app shows the last status, and give it a refresh after locking.', [35, 35], none),
    ).toContain('joins an instruction to a statement');
    expect(
      guardRewrite(
        'Close the app, and honestly just give it a refresh.',
        'Close the app, and give it a refresh.',
        [19, 19],
        none,
      ),
    ).toEqual([]);
    // A concession left with nothing to concede once the sentence it answered went.
    expect(
      guardRewrite(
        'None of the other houses have raised a smell.',
        '',
        [0, 0],
        none,
        ' I’ve still asked a crew to check.',
      ),
    ).toContain('drops what the reply refers to');
    // …and a contrast whose first half went (round 15): "though" set off by commas, or an opening "However,".
    const others = 'Most people that day got there earlier and collected without any trouble.';
    for (const next of [
      ' The farm did close early because of the storm, though, and the app should have shown it.',
      ' However, the farm did close early because of the storm.',
    ])
      expect(guardRewrite(others, '', [0, 0], none, next)).toContain('drops what the reply refers to');
    // ("Even though" is no such contrast: it opens a clause of its own.)
    expect(guardRewrite(others, '', [0, 0], none, ' Even though the app said 5pm, the farm closed at 4.')).toEqual([]);
    // An "it" that stood for the condition the cut took: "I'd appreciate it ~~if we could keep this civil~~." (round 19).
    const civil = "I'd appreciate it if we could keep this civil.";
    expect(guardRewrite(civil, "I'd appreciate it.", [17, 17], none)).toContain('drops a condition');
    expect(guardRewrite('Send it if you can, thanks.', 'Send it, thanks.', [7, 7], none)).not.toContain(
      'drops a condition',
    );
    // A pronoun the cut left in its own sentence that stood for a plural the cut took (round 16).
    const terms = 'It reached us on day 61, so the terms are clear and we won’t be going beyond them.';
    expect(cut(terms, 'It reached us on day 61, so we won’t be going beyond them.', 27)).toContain(
      'drops what the reply refers to',
    );
    // (Named before the cut, the plural still stands: "…beyond the terms, so ~~the terms are clear and~~ …them".)
    const named = 'The terms cover 30 days, so the terms are clear and we won’t be going beyond them.';
    expect(cut(named, 'The terms cover 30 days, so we won’t be going beyond them.', 27)).toEqual([]);
    // An add-on ("even …") left to qualify another clause once the one it added to went (round 9).
    const sauna = 'The room is kept at 75°C as every year, and most guests are fine with it, even the grandmothers.';
    expect(cut(sauna, 'The room is kept at 75°C as every year, even the grandmothers.', 38)).toContain(
      'dangling modifier',
    );
    expect(
      cut('It runs every night, even at weekends, honestly.', 'It runs every night, even at weekends.', 37),
    ).toEqual([]);
    // A "so" joined to what a "but" set against it once the words between went (round 9).
    const fee = 'It’s one month’s fee, so not the end of the world, but we’ve refunded it anyway.';
    expect(cut(fee, 'It’s one month’s fee, so we’ve refunded it anyway.', 25)).toContain(
      'turns a contrast into a cause',
    );
    expect(
      cut('It’s a known fault, so honestly we’ve refunded it.', 'It’s a known fault, so we’ve refunded it.', 23),
    ).toEqual([]);
    // "Once again" left pointing at earlier emails the cut removed (round 9).
    const emails = 'As mentioned in our emails of 3 and 17 September, your application cannot move forward.';
    const emailsCut = (later: string) =>
      guardRewrite(emails, 'Your application cannot move forward.', [0, 0], none, later);
    expect(emailsCut(' Once again, a copy is not accepted.')).toContain('drops what the reply refers to');
    expect(emailsCut(' A self-attested copy is not accepted.')).toEqual([]);
    // A step slot whose step the next sentence already gives (round 21).
    const owner = 'Refunds are decided by the owner and there’s nothing I can do from here.';
    const slotted = 'Refunds are decided by the owner. What I can do from here is [the step you can offer].';
    const withNext = (later: string) => guardRewrite(owner, slotted, [32, 32], none, later);
    expect(withNext(' I’ve forwarded your message to him.')).toContain('offers a step the reply already gives');
    expect(withNext(' He usually answers within 2 days.')).not.toContain('offers a step the reply already gives');
    // A participle about the customer left at the head of the sentence (round 25).
    const wool = "As you'll appreciate, having sold wool as long as you have, the figure was an estimate.";
    const woolCut = 'Having sold wool as long as you have, the figure was an estimate.';
    expect(guardRewrite(wool, woolCut, [0, 0], none)).toContain('dangling modifier');
    const logs = 'As I said, having checked the logs, the card was charged once.';
    expect(guardRewrite(logs, 'Having checked the logs, the card was charged once.', [0, 0], none)).not.toContain(
      'dangling modifier',
    );
    // A tag cut from inside brackets leaves them empty.
    const sims = 'The SIMs are on your own account (not ours), and the network paused it.';
    expect(cut(sims, 'The SIMs are on your own account (), and the network paused it.', 35)).toContain(
      'doubled punctuation',
    );
    // The time to set aside went with a comparison (round 13).
    const clinic = 'Sessions here do run long, but most of our patients plan for a half day and manage fine.';
    expect(cut(clinic, 'Sessions here do run long.', 25)).toContain('drops a time');
    // A refusal left without the written basis it gave (round 12).
    const weeks =
      "Missed lessons can't be refunded for any reason, it's in the T&Cs, so that's not something I can do.";
    expect(cut(weeks, "Missed lessons can't be refunded for any reason.", 47)).toContain(
      'drops the reason for a refusal',
    );
    const noted = "Missed lessons can't be refunded, it's in our policy, honestly.";
    expect(cut(noted, "Missed lessons can't be refunded, it's in our policy.", 51)).toEqual([]);
    const aside = 'As per the terms you accepted, late lessons cannot be moved.';
    expect(guardRewrite(aside, 'Late lessons cannot be moved.', [0, 0], none)).not.toContain(
      'drops the reason for a refusal',
    );
    // A tag cut away from the "-ing" words that said what it was doing (round 11).
    const job = "If the fox came back, that's the council's rules at work, not us doing a bad job.";
    expect(
      guardRewrite(job, "If the fox came back, that's the council's rules at work, doing a bad job.", [58, 58], none),
    ).toContain('dangling modifier');
    expect(
      guardRewrite(
        'The delay is at the depot, not us, and we are chasing them.',
        'The delay is at the depot, and we are chasing them.',
        [26, 26],
        none,
      ),
    ).not.toContain('dangling modifier');
    // A "but please" whose request went with the cut (round 10).
    const caps = 'I can look at the invoice with you, but please, there is no need to shout.';
    expect(cut(caps, 'I can look at the invoice with you, but please.', 46)).toContain('dangling end');
    expect(cut('Send the photo please, honestly.', 'Send the photo please.', 21)).toEqual([]);
  });

  it('withholds a click that rewords what a document is quoted as saying, and lets the agent’s own words around it go', () => {
    const rule = 'Rule 7.4 states that outages on your side, including power cuts, are the team’s responsibility.';
    const reworded = 'Rule 7.4 states that outages on your side, including power cuts, are handled by the team.';
    expect(guardRewrite(rule, reworded, [65, 82], none)).toContain('rewords a quoted source');
    const section = 'Section 3 states that refunds are simply not possible after 14 days.';
    expect(cut(section, 'Section 3 states that refunds are not possible after 14 days.', 34)).toContain(
      'rewords a quoted source',
    );
    // The frame is the agent's: it can go, and so can a clause of their own after the quote.
    expect(
      cut('Per the agreement you signed, deposits are non-refundable.', 'Deposits are non-refundable.', 0),
    ).toEqual([]);
    const own = 'Our terms require damage to be noted at pick-up, and honestly rules are rules.';
    expect(cut(own, 'Our terms require damage to be noted at pick-up.', 47)).toEqual([]);
    // A clause named mid-sentence is what the first half rests on, not a frame for the second.
    const midway = 'We may close accounts under clause 19 of the terms, and we are not obliged to give a reason.';
    const plain = 'We may close accounts under clause 19 of the terms, and we’re not able to share the reason.';
    expect(guardRewrite(midway, plain, [56, 89], none)).toEqual([]);
    // Through the engine: the same words get their click once no document is quoted as saying them.
    const clickOn = (text: string) =>
      coachOffered(text).findings.some((f) => f.category === 'blame' && f.preview !== undefined);
    expect(clickOn('Rule 7.4 states that outages on the player’s side are the team’s responsibility.')).toBe(false);
    expect(clickOn('Outages on the player’s side are the team’s responsibility.')).toBe(true);
  });

  it('withholds a cut whose sentence still reproaches the customer in another clause', () => {
    const accepted = 'As you will know, the grain is listed in the order you accepted, and it is not a defect.';
    expect(cut(accepted, 'The grain is listed in the order you accepted, and it is not a defect.', 0)).toContain(
      'keeps a reproach',
    );
    const reminders = 'As I said, the form came back late despite three reminders.';
    expect(cut(reminders, 'The form came back late despite three reminders.', 0)).toContain('keeps a reproach');
    const had = 'As stated in our terms, a sample could have been posted had one been asked for.';
    expect(cut(had, 'A sample could have been posted had one been asked for.', 0)).toContain('keeps a reproach');
    const read = 'As I said before, if you’d read the leaflet this would be clear.';
    expect(cut(read, 'If you’d read the leaflet this would be clear.', 0)).toContain('keeps a reproach');
    const did = 'Not sure how you missed it, but I did leave a message on Monday.';
    expect(cut(did, 'I did leave a message on Monday.', 0)).toContain('keeps a reproach');
    const fyi = 'FYI offline mode would have let you keep taking payments.';
    expect(cut(fyi, 'Offline mode would have let you keep taking payments.', 0)).toContain('keeps a reproach');
    // Offers, waits and plain facts about the customer are no reproach.
    const like = 'As I mentioned, if you’d like a refund I can start it today.';
    expect(cut(like, 'If you’d like a refund I can start it today.', 0)).toEqual([]);
    const waiting = 'As we said before, had it been waiting longer we would have refunded it.';
    expect(cut(waiting, 'Had it been waiting longer we would have refunded it.', 0)).toEqual([]);
    const trouble = 'As I said, if you had any trouble with the app, we can book it by phone.';
    expect(cut(trouble, 'If you had any trouble with the app, we can book it by phone.', 0)).toEqual([]);
    const ahead = 'As I said, the new mode will let you keep taking payments offline.';
    expect(cut(ahead, 'The new mode will let you keep taking payments offline.', 0)).toEqual([]);
    const sent = 'As you know, you were sent a new card on Friday.';
    expect(cut(sent, 'You were sent a new card on Friday.', 0)).toEqual([]);
  });

  it('words doubt of the customer as a record that differs from their account, and never stacks two "which"', () => {
    const offered = (text: string) =>
      coachOffered(text).findings.find((f) => f.ruleId === 'blame/so-hard-to-believe')?.preview?.rewritten;
    expect(offered('The log shows him at your door at 2:40pm, so it’s hard to see how he was missed.')).toBe(
      "The log shows him at your door at 2:40pm, which I know doesn't match what you've told us.",
    );
    // No comma before the "so": the rewrite writes one.
    expect(offered('The path was cleared at 6:40 so I find it hard to believe it was icy.')).toBe(
      "The path was cleared at 6:40, which I know doesn't match what you've told us.",
    );
    // A "which" already hangs on the clause: a second would read as hanging on the first.
    const stacked =
      'The crew arrived at 3:05pm, which is inside the window, so I find it hard to believe they were late.';
    expect(offered(stacked)).toBe('The crew arrived at 3:05pm, which is inside the window.');
    // After ", and" the "which" would hang on the last clause alone: the cut is offered instead.
    const coordinated = 'He was careful and nothing touched the walls, and cushions are soft, so it’s hard to see how.';
    expect(offered(coordinated)).toBe('He was careful and nothing touched the walls, and cushions are soft.');
    const twice = "The crew came at 3pm, which is inside the window, which I know doesn't match what you've told us.";
    expect(guardRewrite('The crew came at 3pm, which is inside the window.', twice, [48, 48], none)).toContain(
      'stacks two which-clauses',
    );
  });

  it('withholds a cut of one "I told you" that leaves another in the sentence', () => {
    const reply = 'For the third time, the window is 9-3, as set out in the agreement and in my reply last month.';
    expect(cut(reply, 'The window is 9-3, as set out in the agreement and in my reply last month.', 0)).toContain(
      'keeps a reproach',
    );
    const raised = 'Once again, permits need 48 hours, and I raised it with your office in March as well.';
    expect(cut(raised, 'Permits need 48 hours, and I raised it with your office in March as well.', 0)).toContain(
      'keeps a reproach',
    );
    const reminders = 'Once again, the link is pinned, as we mentioned in the last two reminders.';
    expect(cut(reminders, 'The link is pinned, as we mentioned in the last two reminders.', 0)).toContain(
      'keeps a reproach',
    );
    // Raising the matter with someone else is what the agent did for the customer, not a reminder.
    const action = 'As I said, I raised it with the warehouse as well and they will call you.';
    expect(cut(action, 'I raised it with the warehouse as well and they will call you.', 0)).toEqual([]);
    const future = 'As I said, the form is attached, and in my next email I will send the label.';
    expect(cut(future, 'The form is attached, and in my next email I will send the label.', 0)).toEqual([]);
  });

  it('withholds a rewrite when a blame rule still matches where it wrote, or elsewhere with no clean fix', () => {
    const same = () => [{ start: 0, end: 5, fixable: true }];
    const other =
      (at: number, fixable = true) =>
      () => [{ start: at, end: at + 5, fixable }];
    expect(guardRewrite('a b', 'c d e f', [0, 3], same)).toContain('still blames');
    expect(guardRewrite('a b', 'c d e f', [0, 3], other(1))).toContain('still blames');
    // Another finding elsewhere in the sentence has its own card and its own rewrite.
    expect(guardRewrite('a b', 'c d e f g h i', [0, 3], other(8))).toEqual([]);
    // Blame left in the sentence that only the agent can rewrite: the click would fix half the sentence.
    expect(guardRewrite('a b', 'c d e f g h i', [0, 3], other(8, false))).toContain('still blames');
    // Which rule leftover blame belongs to (the one being fixed included) does not matter, only whether its own click
    // cleans the sentence: the engine test on a two-rule book below checks that end to end.
    const sameElsewhere = () => [{ start: 8, end: 13, fixable: true }];
    expect(guardRewrite('a b', 'c d e f g h i', [0, 3], sameElsewhere)).toEqual([]);
  });

  /** A blame rule of its own, for rulebooks of two or three rules. */
  const rule = (id: string, patterns: string[], replacements: string[]) =>
    ({
      id,
      kind: 'avoid',
      category: 'blame',
      severity: 'warning',
      message: 'Test rule.',
      patterns,
      replacements,
      examples: { bad: ['x'], good: ['y'] },
    }) as Rule;

  it('calls leftover blame fixable only when its own first rewrite would leave the sentence clean', () => {
    const tail = rule('test/tail', ['not ours'], ['']);
    const tailRewrite = (other: Rule, text: string) => {
      const book = prepare({ ...starterRulebook, rules: [tail, other] });
      const f = check(text, book).findings.find((x) => x.ruleId === 'test/tail');
      return f && f.replacements.length > 0 ? applyReplacement(text, f, f.replacements[0] ?? '') : undefined;
    };
    // "Frankly" goes with a click of its own and leaves the sentence clean, so the click is offered, and it finishes
    // the sentence: one click never leaves half of it fixed.
    const frankly = rule('test/frankly', ['frankly'], ['']);
    expect(tailRewrite(frankly, 'Frankly, the part is with the carrier, not ours.')).toBe(
      'The part is with the carrier.',
    );
    // "Sony's problem" is the whole sentence once the tail is gone, and its rewrite never removes a sentence: the
    // click would fix half of it, so it is withheld.
    const party = rule('test/party', ["Sony's problem"], ['{kept}']);
    expect(tailRewrite(party, "Double charges are Sony's problem, not ours.")).toBeUndefined();
    // Leftover matches that overlap are settled as the reply's cards are (the more severe, then the longer): only the
    // card the agent would see decides, so a wider match it hides does not block the click.
    const aside = rule('test/aside', ['you signed'], ['']);
    const wide = { ...rule('test/wide', ['the terms you signed'], []), severity: 'hint' } as Rule;
    const book = prepare({ ...starterRulebook, rules: [tail, aside, wide] });
    const text = 'Refunds follow the terms you signed, not ours.';
    const f = check(text, book).findings.find((x) => x.ruleId === 'test/tail');
    expect(f && applyReplacement(text, f, f.replacements[0] ?? '')).toBe('Refunds follow the terms.');
    const louder = prepare({ ...starterRulebook, rules: [tail, aside, { ...wide, severity: 'error' } as Rule] });
    expect(check(text, louder).findings.find((x) => x.ruleId === 'test/tail')?.replacements).toEqual([]);
  });

  it('offers one click per sentence that fixes every finding in it, on each of their cards', () => {
    const clicks = (rules: Rule[], text: string) =>
      check(text, prepare({ ...starterRulebook, rules }))
        .findings.filter((f) => f.category === 'blame')
        .map((f) => (f.replacements.length > 0 ? applyReplacement(text, f, f.replacements[0] ?? '') : undefined));
    // Two rewrites in one sentence: either card's click finishes it.
    const frankly = rule('test/frankly', ['frankly'], ['']);
    const tail = rule('test/tail', ['not ours'], ['']);
    expect(clicks([frankly, tail], 'Frankly, the part is with the carrier, not ours.')).toEqual([
      'The part is with the carrier.',
      'The part is with the carrier.',
    ]);
    // A card with advice only offers the click of the card whose cut takes its words too.
    const fault = rule('test/fault', ["the carrier's fault"], ['{kept}']);
    const advice = rule('test/advice', ['not ours'], []);
    expect(clicks([fault, advice], "The parcel was late, and that is the carrier's fault, not ours.")).toEqual([
      'The parcel was late.',
      'The parcel was late.',
    ]);
    // Alone, the advice stays advice.
    expect(clicks([advice], 'The part is with the carrier, not ours.')).toEqual([undefined]);
  });

  it('takes "if you had read X, you would know" off the fact it introduces, and a "which you would have known" aside', () => {
    const first = (text: string) => afterFirstClick(text, ofRule('blame/if-you-had-read'), coachOffered);
    expect(first("If you'd read our FAQ, you'd know that offline mode is only on the Pro plan.")).toBe(
      'Offline mode is only on the Pro plan.',
    );
    expect(first('Sorry, but if you had checked the email, you would have known the date is now Friday.')).toBe(
      'Sorry, but the date is now Friday.',
    );
    expect(first("Returns are free with a label, which you'd have known if you'd read the returns page.")).toBe(
      'Returns are free with a label.',
    );
    expect(first("As you'd know if you had read the welcome pack, the gym shuts at 9pm on Sundays.")).toBe(
      'The gym shuts at 9pm on Sundays.',
    );
    // What they would have seen is a thing, not a fact that stands as a sentence: advice only.
    expect(first("Had you read the confirmation, you'd have seen the new time.")).toBeUndefined();
    expect(first("If you'd read our FAQ, you'd know the price.")).toBeUndefined();
  });

  it('words "there is no record of your call" as what the agent could not find, as leads do', () => {
    const first = (text: string) => afterFirstClick(text, ofRule('blame/we-dont-believe-you'));
    expect(first('Our phone logs every call, and there is no call from your number on the 4th.')).toBe(
      "Our phone logs every call, and I can't find a call from your number on the 4th.",
    );
    expect(first('There is no record of any refund request from you in May.')).toBe(
      "I can't find a record of any refund request from you in May.",
    );
    expect(first('We have no record of you ringing us, so the fee stands.')).toBe(
      "I can't find a record of you ringing us, so the fee stands.",
    );
    // A finding followed by the agent's own remedy is no doubt cast on the customer.
    expect(first('We have no record of your complaint from March, so I have logged it now.')).toBeUndefined();
  });

  it('{kept} drops the blame clause but never the whole sentence, where the sentence is also the answer', () => {
    const rule = { patterns: ['not something we bend [for anyone]'], replacements: ['{kept}'] };
    expect(
      firstRewrite(rule, "Digital keys are final once revealed, and that's not something we bend for anyone.").text,
    ).toBe('Digital keys are final once revealed.');
    const alone = firstRewrite(rule, "That's not something we bend for anyone.");
    expect(alone.flagged).toBe(true);
    expect(alone.text).toBeUndefined();
  });

  it('never offers the blame sentence itself as the example to copy', () => {
    const r = firstRewrite(
      {
        patterns: ['not refundable'],
        replacements: [],
        examples: {
          bad: [{ text: 'Fees are not refundable.', fixed: 'Fees are not refundable.' }],
          good: ['Fees are refundable.'],
        },
      },
      'Fees are not refundable.',
    );
    expect(r.flagged).toBe(true);
    expect(r.finding?.example).toBeUndefined();
  });

  it('offers advice and an example to copy when the rewrite fails', () => {
    const r = firstRewrite(
      {
        patterns: ['kindly'],
        replacements: ['please please'],
        examples: { bad: [{ text: 'Kindly send it.', fixed: 'Please send it.' }], good: ['Please send it.'] },
      },
      'Kindly send it.',
    );
    expect(r.text).toBeUndefined();
    expect(r.finding?.example).toBe('Please send it.');
    expect(r.finding?.guard?.firstPassed).toBe(false);
  });

  it('drops an opening aside up to its comma, and a sentence that is all blame, keeping the facts', () => {
    const first = (text: string) => afterFirstClick(text, offersBlameClick);
    expect(first('As I told you yesterday, the shop is closed.')).toBe('The shop is closed.');
    // A greeting on the same line keeps its comma: "Hi Liam the refund…" is no sentence.
    expect(first('Hi Liam, as I already told you, the refund takes five days.')).toBe(
      'Hi Liam, the refund takes five days.',
    );
    expect(first('As you will be aware from your contract, calls are extra.')).toBe('Calls are extra.');
    expect(first('Thanks for asking. You need to calm down before we can help you.')).toBe('Thanks for asking.');
    // A policy wall carries a decision: never removed. Said again in the agent's own voice ("I'm not able to make an
    // exception here") it still read as a wall to blind leads (five awkward in six), so it gets advice only.
    expect(first("Thanks for asking. We don't make exceptions.")).toBeUndefined();
    // A clause that holds figures or a "that …" fact is never dropped with the blame: advice only.
    expect(first('Sadly your problem is the cable.')).toBeUndefined();
  });

  it('{drop} removes a sentence that is all tone policing or sarcasm, and cuts no clause out of a longer one', () => {
    const first = (text: string) => afterFirstClick(text, offersBlameClick);
    expect(first('Thanks for asking. Please keep your messages civil.')).toBe('Thanks for asking.');
    expect(first('The refund went out today. Thanks for the advice though 🙄')).toBe('The refund went out today.');
    // What a clause cut would leave still scolds ("I can read you fine"): advice only.
    expect(first("There's no need to type in capitals, I can read you fine.")).toBeUndefined();
    // ({dropSentence} takes the scolding that opens its sentence with the remark it props up.)
    expect(first("Language please, this is a support chat. I've logged your matches.")).toBe(
      "I've logged your matches.",
    );
  });

  it('{dropSentence} removes hindsight advice that is its whole sentence, and nothing a later "they" leans on', () => {
    const first = (text: string) => afterFirstClick(text, offersBlameClick, coachOffered);
    expect(
      first(
        'Sorry about the mix-up. You should have checked the bag with the driver before he left. Please send a photo of the receipt.',
      ),
    ).toBe('Sorry about the mix-up. Please send a photo of the receipt.');
    expect(first("I'm sorry. However, you should have enabled backups. Deleted projects are kept for 30 days.")).toBe(
      "I'm sorry. Deleted projects are kept for 30 days.",
    );
    // A reason or a figure in the rest of the sentence is a fact the customer needs: advice only.
    expect(
      first('You should have updated the app, as version 2 stopped syncing on 3 May. Try it now.'),
    ).toBeUndefined();
    const removed = (later: string) =>
      guardRewrite('Once again, the codes are going out fine from our end.', '', [0, 0], none, later);
    expect(removed(" If they're not arriving, switch to email codes.")).toContain('drops what the reply refers to');
    expect(removed(' Please switch to email codes in Settings.')).toEqual([]);
  });

  it('{dropSentence} removes a comparison with its "so" verdict, and keeps any sentence with something to keep', () => {
    const first = (text: string) =>
      afterFirstClick(text, (x) => ofRule('blame/everyone-else-manages')(x) && offersBlameClick(x));
    const steps = 'Check step 4: the back panel goes in before the doors.';
    expect(
      first(
        `Thousands of people have built this desk with the same instructions, so a step was probably missed. ${steps}`,
      ),
    ).toBe(steps);
    expect(first(`Ha, you're the first person this week who hasn't spotted it! ${steps}`)).toBe(steps);
    // The rest of the sentence asks for something, offers something or carries a figure: it stays ({others} keeps a
    // request on its own; an offer or a figure keeps the sentence whole).
    expect(
      first(`Thousands of people have built this desk with the same instructions, so please check step 4. Thanks.`),
    ).toBe('Please check step 4. Thanks.');
    expect(
      first(`Thousands of people have built this desk with the same instructions, so I'll send a new sheet. Thanks.`),
    ).toBe("I'll send a new sheet. Thanks.");
    const drops = (sentence: string, blame: string) =>
      dropsWithItsSentence(sentence, sentence.indexOf(blame), sentence.indexOf(blame) + blame.length);
    expect(drops('Most people pick it up quickly once they see an example.', 'Most people pick it up')).toBe(true);
    expect(drops('Most people pick it up quickly, so I can send you an example.', 'Most people pick it up')).toBe(
      false,
    );
    expect(drops('Most people pick it up quickly, so could you try again?', 'Most people pick it up')).toBe(false);
    // An advice of the agent's own ("so I'd check your spam folder") is what the customer needs from it (round 10).
    expect(
      drops("Most people get the emails fine, so I'd check your spam folder.", 'Most people get the emails fine'),
    ).toBe(false);
    expect(drops('Sorry, most people pick it up quickly.', 'most people pick it up')).toBe(false);
    expect(first(`Hundreds of customers upload forms without issues, within 2 minutes. ${steps}`)).toBeUndefined();
    // Not where the blame sits after the sentence's own subject.
    expect(drops('The form works for hundreds of people without issues, so it is fine.', 'hundreds of people')).toBe(
      false,
    );
  });

  it('withholds a removed sentence when the next one asks something done to "it" that only it named', () => {
    const router = "Honestly, that router of yours is ancient and it's the problem here.";
    const removed = (later: string) => guardRewrite(router, '', [0, 0], none, later);
    expect(removed(' Try restarting it tonight.')).toContain('drops what the reply refers to');
    expect(removed(' Please replace them with the new cables.')).toContain('drops what the reply refers to');
    expect(removed(' Please try the ethernet cable tonight.')).toEqual([]);
    // "it" as the subject of its own clause, or far into the sentence, points at what that sentence names.
    expect(removed(' Try the ethernet cable, and if it still drops, call us.')).toEqual([]);
    expect(removed(' I have booked an engineer to look at it.')).toEqual([]);
  });

  it('never cuts an "unless" off the clause it limits, which would say the opposite', () => {
    expect(
      blameClicks(
        "The doors have stops, and they won't leave the track unless they're being slammed hard. I'll send a fitter.",
      ),
    ).toBe(0);
  });

  it('offers a click on each of two sentences removed side by side, which share only the space between them', () => {
    const text =
      "Porting takes a few days. Messaging every few hours won't make it go faster. It'll complete when it completes.";
    const clicks = coach(text)
      .findings.filter((f) => f.category === 'blame')
      .map((f) => [
        f.ruleId,
        f.replacements[0] === undefined ? undefined : applyReplacement(text, f, f.replacements[0]),
      ]);
    expect(clicks).toEqual([
      ['blame/chasing-will-not-help', "Porting takes a few days. It'll complete when it completes."],
      ['blame/stop-chasing-us', "Porting takes a few days. Messaging every few hours won't make it go faster."],
    ]);
  });

  it('finishes a sentence with two fixable findings in one click, whichever template each can fill', () => {
    const text = 'Our phone system logs every call, and there is no call from your number on the 11th. Thanks.';
    const cards = coach(text).findings.filter((x) => x.ruleId === 'blame/we-dont-believe-you');
    expect(cards).toHaveLength(2);
    for (const card of cards)
      expect(applyReplacement(text, card, card.replacements[0] ?? '')).toBe(
        "I can't find a call from your number on the 11th. Thanks.",
      );
  });

  it('withholds a cut that takes the only mention of a person a later "he" or "she" stands for', () => {
    const doubt =
      "The log shows no declined attempt last night, so I'd question whether the driver used the fuel card.";
    expect(blameClicks(`${doubt} If he has a receipt, send it over.`)).toBe(0);
    expect(blameClicks(`${doubt} If you have a receipt, send it over.`)).toBe(1);
  });

  it('withholds a cut that takes away what a later sentence of the reply points back to', () => {
    const guide = 'Colours shift when files are supplied in RGB, as explained in our artwork guide.';
    expect(blameClicks(`${guide} We'd suggest reading the guide before your next order.`)).toBe(0);
    expect(blameClicks(`${guide} We'd suggest switching to CMYK before your next order.`)).toBe(1);
  });

  it("keeps a social reply's @handle for the sentence after the one it drops, and never leaves the handle alone", () => {
    const first = (text: string) => afterFirstClick(text, offersBlameClick, coachOffered);
    expect(first('@sam_k Please keep your messages civil. Your refund went out today.')).toBe(
      '@sam_k Your refund went out today.',
    );
    expect(first('@sam_k Please keep your messages civil.\nThanks.')).toBeUndefined();
    expect(first('@sam_k Please keep your messages civil.')).toBeUndefined();
    // A sentence that ended at its emoji ends with a full stop when the cut takes the emoji with it.
    expect(first("@dan_h Sorry for the wait! The workshop sets the times not us on here 🙈 I've asked them.")).toBe(
      "@dan_h Sorry for the wait! The workshop sets the times. I've asked them.",
    );
  });
});

describe('suggested next steps go before the sign-off', () => {
  const placed = (text: string) => {
    const f = coach(text, 'My order is late and I am annoyed.').findings.find(
      (x) => x.category === 'missing-next-step',
    );
    return f ? `${text.slice(0, f.start)}<NEXT>${text.slice(f.end)}` : undefined;
  };

  it('puts the sentence before every kind of sign-off block', () => {
    const body = 'Hi Sam,\n\nYour order is delayed.';
    for (const signOff of [
      'Regards,\nJo',
      'With regards,\nJo Smith',
      'Warm wishes,\nThe Acme Support Team',
      'Kind regards,\nJo',
      'Jo',
      'Acme Support Team',
    ])
      expect(placed(`${body}\n\n${signOff}`), signOff).toBe(`${body}<NEXT>\n\n${signOff}`);
    expect(placed('Your order is delayed. Best wishes, Jo')).toBe('Your order is delayed.<NEXT> Best wishes, Jo');
  });

  it('treats a last sentence that is not a name as text', () => {
    expect(placed('Hi Sam,\n\nYour order is delayed. we are checking it')).toBe(
      'Hi Sam,\n\nYour order is delayed. we are checking it<NEXT>',
    );
  });
});

describe('removing an aside keeps the clause after it readable', () => {
  it('keeps the comma before a new clause and lets a dash replace a comma', () => {
    const at = (text: string, span: string) => {
      const start = text.indexOf(span);
      return rewriteSentence({ text, sentence: { start: 0, end: text.length }, start, end: start + span.length }, '');
    };
    expect(at('It comes from the bank, not us, they set the limit.', 'not us')).toBe(
      'It comes from the bank, they set the limit.',
    );
    expect(at('That is the billing system, not us on social – they are slow.', 'not us on social')).toBe(
      'That is the billing system – they are slow.',
    );
  });
});

describe('wording swaps', () => {
  it('offers a "^" rewrite only where the match opens the sentence', () => {
    const rewritten = (text: string) => {
      const f = coach(text).findings.find((x) => x.ruleId === 'wording/no-problem');
      const first = f?.replacements[0];
      return f && first !== undefined ? applyReplacement(text, f, first) : undefined;
    };
    expect(rewritten('No problem at all, here it is.')).toBe('Happy to help, here it is.');
    expect(rewritten("There's no problem with your account.")).toBeUndefined();
  });

  it('never makes "We sorry" or "Please please"', () => {
    const firstRewrite = (text: string, id: string) => {
      const f = coach(text).findings.find((x) => x.ruleId === id);
      return f ? applyReplacement(text, f, f.replacements[0] ?? '') : text;
    };
    expect(firstRewrite('We apologise for any inconvenience this caused.', 'wording/any-inconvenience')).toBe(
      'We apologise for the trouble this has caused.',
    );
    expect(firstRewrite('Kindly please send the receipt.', 'wording/kindly')).toBe('Please send the receipt.');
  });
});
