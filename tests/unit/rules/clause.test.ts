import { describe, expect, it } from 'vitest';
import { withoutClause } from '../../../rules/rewrite/clause.ts';

/** The {others} slot: a sentence without the clause that carries the blame (issue 9). */
const drop = (sentence: string, blame: string) => {
  const start = sentence.indexOf(blame);
  return withoutClause(sentence, start, start + blame.length);
};

describe('withoutClause', () => {
  it('drops a clause after a joining word and keeps the facts before it', () => {
    expect(drop('The engineer knocked at ten and got no answer, so he definitely attended.', 'he definitely')).toBe(
      'The engineer knocked at ten and got no answer.',
    );
    expect(drop('Refunds are processed within a month, which you accepted at checkout.', 'which you accepted')).toBe(
      'Refunds are processed within a month.',
    );
  });

  it('leaves a relative word without the comma of the aside after it (round 19)', () => {
    const relearn = 'It needs the OBD relearn – which, as anyone doing TPMS every day will know, is the first option.';
    expect(drop(relearn, 'as anyone doing TPMS every day will know')).toBe(
      'It needs the OBD relearn – which is the first option.',
    );
  });

  it('keeps the hello or name a verdict before a colon opened on (round 21)', () => {
    const name = "Martín, for the second time this week: operators can't start before 6.";
    expect(drop(name, 'for the second time')).toBe("Martín, operators can't start before 6.");
    // A hello in another language is a hello, and the writer's capital after it stays.
    const hej = "Hej Anna, This is the third time it's come up, but yes: the song sheets are in the package.";
    expect(drop(hej, "This is the third time it's come up")).toBe('Hej Anna, The song sheets are in the package.');
  });

  it('takes a bare "please" after the hello with the clause it asked for (round 21)', () => {
    const chase = "Hi Claire, Please, there's no need to email every few days, we are replying to all buyers in order.";
    expect(drop(chase, 'no need to email every few days')).toBe('Hi Claire, we are replying to all buyers in order.');
    // After a request, the "please" is the request's own.
    const civil =
      "I can help, but I'd ask you to keep it civil, please - shouting in capitals won't get it sorted any faster.";
    expect(drop(civil, "shouting in capitals won't get it sorted")).toBe(
      "I can help, but I'd ask you to keep it civil, please.",
    );
  });

  it("takes the participle that gave the customer's presumed knowledge its reason (round 25)", () => {
    const wool = 'As you know, having sold wool as long as you have, the figure is only an estimate in November.';
    expect(drop(wool, 'As you know')).toBe('The figure is only an estimate in November.');
    // A participle about the writer's side stays, as written: "having checked the logs, the card was charged once".
    const logs = 'As I said, having checked the logs, the card was charged once on Monday.';
    expect(drop(logs, 'As I said')).toBe('Having checked the logs, the card was charged once on Monday.');
  });

  it('keeps the name a sentence opens on when the clause after it goes (round 18)', () => {
    const chasing = "Dale, you don't need to keep chasing, I got both messages and your figure is in line.";
    expect(drop(chasing, "don't need to keep chasing")).toBe('Dale, I got both messages and your figure is in line.');
    // A capitalised opener is no name: "Honestly, you don't need to keep chasing, …" starts afresh.
    const honestly = "Honestly, you don't need to keep chasing, I got both messages and your figure is in line.";
    expect(drop(honestly, "don't need to keep chasing")).toBe('I got both messages and your figure is in line.');
  });

  it('keeps a clause that stands on its own after the dropped one, joined as the first was', () => {
    expect(drop('We regret the trouble, but you failed to pay on time, so the fee was applied.', 'you failed')).toBe(
      'We regret the trouble, but the fee was applied.',
    );
    expect(drop('Messaging every hour won’t make it faster, so please wait for the notes.', 'Messaging every')).toBe(
      'Please wait for the notes.',
    );
    expect(drop('Our booking conditions, which you accepted, state the name must match.', 'which you')).toBe(
      'Our booking conditions state the name must match.',
    );
  });

  it('ends the clause at a join the match reaches into', () => {
    const said = 'You say you chose monthly, but our logs show the annual toggle switched on before payment.';
    expect(drop(said, 'You say you chose monthly, but')).toBe(
      'Our logs show the annual toggle switched on before payment.',
    );
  });

  it('drops a verdict that opens the sentence at its colon, and the steps start the sentence', () => {
    expect(drop("It's honestly not hard to find: log in, then open your booking.", "It's honestly not hard")).toBe(
      'Log in, then open your booking.',
    );
    expect(
      drop('Sure, it’s the simplest thing you can do with it: hold both buttons.', 'the simplest thing you can do'),
    ).toBe('Hold both buttons.');
    // What follows the colon leans on the verdict, or the verdict carries more than a few words of its own.
    expect(drop("You should have read the guide: it's on page 4.", 'You should have')).toBeUndefined();
    // A bare list of conditions would be a fragment; a menu path reads as the step it is.
    expect(drop("It's not rocket science: good light, no glasses, face in the oval.", "It's not")).toBeUndefined();
    expect(drop("It's a two-second job: Settings > Privacy > Export.", "It's a two-second job")).toBe(
      'Settings > Privacy > Export.',
    );
    expect(
      drop('Your card was declined twice today, which is not hard to fix: call your bank.', 'not hard'),
    ).toBeUndefined();
  });

  it('reads ", no need to …" as a clause of its own', () => {
    expect(drop('Got all three, Dan, no need to keep repeating yourself here.', 'no need to keep repeating')).toBe(
      'Got all three, Dan.',
    );
  });

  it('never keeps a "so" conclusion whose premise was the comparison it drops', () => {
    const reply =
      'It was tested on many phones, and the vast majority of users have had no issues, so it is likely your setup.';
    expect(drop(reply, 'the vast majority of users have had no issues')).toBeUndefined();
  });

  it('keeps a reply\'s greeting, and the party a later "they" points at', () => {
    expect(drop('Hi, no need for the attitude here.', 'no need for the attitude')).toBeUndefined();
    expect(drop("Hi Sam, there's really no need to shout, I'm here to help.", 'no need to shout')).toBeUndefined();
    // An address stands for the hello: the sentence does not go with it ("Ma'am," would leave the reply opening cold).
    expect(drop("Ma'am, there's no need to shout.", 'no need to shout')).toBeUndefined();
    expect(drop("Mr. Tan, there's no need to shout.", 'no need to shout')).toBeUndefined();
    expect(drop("Sadly, there's no need to shout.", 'no need to shout')).toBe('');
    // An opening "that's" left by the cut points back at the clause it removed.
    expect(
      drop(
        "Payments aren't something I deal with in the studio, that's our accounts person and she's in on Thursdays.",
        "aren't something I deal with",
      ),
    ).toBeUndefined();
    expect(
      drop("That's the venue's call, not ours, and refunds open once they confirm.", "venue's call, not ours"),
    ).toBe(undefined);
  });

  it('keeps a greeting whose title has a full stop when a verdict before a colon goes', () => {
    const sentence = 'Dear Mr. Osei, for the third time: we need the meter photo before we can rebill.';
    expect(drop(sentence, 'for the third time')).toBe('Dear Mr. Osei, we need the meter photo before we can rebill.');
  });

  it('takes the "but please" that asked for the dropped clause with it', () => {
    expect(
      drop('I can go through the invoice with you, but please, there is no need to shout.', 'no need to shout'),
    ).toBe('I can go through the invoice with you.');
  });

  it('drops an opening aside up to its comma', () => {
    expect(drop('Sorry for the wait, but as I told you on the phone, the part is on order.', 'as I told you')).toBe(
      'Sorry for the wait, but the part is on order.',
    );
  });

  it("drops an aside that opens the body after a hello, and keeps the hello and the writer's capital", () => {
    expect(drop('Hi Paul, as I said in my last two emails, we finish at four.', 'as I said')).toBe(
      'Hi Paul, we finish at four.',
    );
    expect(
      drop(
        'Hi Dan, like I explained in the last ticket, the backup pauses when the drive is full.',
        'like I explained',
      ),
    ).toBe('Hi Dan, the backup pauses when the drive is full.');
    expect(
      drop(
        'Hello Mrs Webb, Per my last email, the certificate goes out once the invoice is paid.',
        'Per my last email',
      ),
    ).toBe('Hello Mrs Webb, The certificate goes out once the invoice is paid.');
  });

  it('keeps the fact a verb of knowing introduces without "that", and so offers no cut', () => {
    const photos = 'Rough is rough, mate, and anyone who has been cutting a while knows the photos show the best face.';
    expect(drop(photos, 'anyone who has been cutting a while knows')).toBeUndefined();
    // A relative clause whose verb follows the match goes with its presumption.
    expect(
      drop('The rate applies when the check fails, which I am sure you know is standard.', 'I am sure you know'),
    ).toBe('The rate applies when the check fails.');
  });

  it('drops an aside set off by commas mid-sentence, with its own "as"', () => {
    expect(
      drop(
        'This model is DCC-ready but not DCC-fitted, as specified in the listing, and will not run without a decoder.',
        'as specified in the listing',
      ),
    ).toBe('This model is DCC-ready but not DCC-fitted, and will not run without a decoder.');
  });

  it('removes a sentence that is all blame, and a dependent clause with it', () => {
    expect(drop('You need to calm down.', 'calm down')).toBe('');
    expect(drop('You should have checked first if you needed it.', 'You should have')).toBe('');
  });

  it('offers nothing where a fact would go with the blame', () => {
    // Figures, a "that …" fact, steps after a colon (kept without a verdict that does not open the sentence), a handle
    // or signature, a pronoun left pointing at nothing.
    expect(drop('£4 is a pretty trivial sum for a month.', 'trivial sum')).toBeUndefined();
    expect(drop('I have explained three times that invoices come from accounts.', 'explained three')).toBeUndefined();
    expect(drop("Your bags are easy to add, it's not hard: log in and click Bags.", "it's not hard")).toBeUndefined();
    expect(drop('@jo_b Most people manage this fine.', 'Most people manage')).toBeUndefined();
    // A request or a refusal beside the blame is what the customer needs to act on.
    expect(drop('You should have rung, please do, and the refund is on its way.', 'You should have')).toBeUndefined();
    expect(drop("Honestly it can't be moved now, and the refund is on its way.", 'Honestly it')).toBeUndefined();
    expect(drop('Those terms are final, and they require ten visits.', 'are final')).toBeUndefined();
    expect(drop("It's in the guide, which you'd have known if you'd read it.", 'if you')).toBeUndefined();
  });

  it("keeps a reply's opening @handle and reads the clauses after it", () => {
    expect(
      drop("@lisa_m Restaurants cancel for their own reasons, we don't control what they do.", "we don't control"),
    ).toBe('@lisa_m Restaurants cancel for their own reasons.');
  });

  it('never leaves a bare verdict, a hanging condition or a comparison that still blames', () => {
    // The reason the customer asked for.
    expect(drop('The bill went up because you kept using the wrong code.', 'you kept using')).toBeUndefined();
    // The condition without its main clause.
    expect(
      drop("Callbacks are booked by the phone team, so if they forgot, that's down to them.", "that's down to them"),
    ).toBeUndefined();
    // The answer after an opening condition.
    expect(drop('Unless you can show otherwise, the fee stands.', 'Unless you can show otherwise')).toBeUndefined();
    // A conclusion drawn from the dropped blame, which only a request or an offer survives.
    expect(
      drop('Your handset is a budget model, so dropped calls are to be expected.', 'a budget model'),
    ).toBeUndefined();
    // The inference a later "so" rests on; at the end of a sentence it may go.
    const twoFactor =
      'The sign-in passed two-factor, which means the code was shared from your end, so it was no breach.';
    expect(drop(twoFactor, 'shared from your end')).toBeUndefined();
    expect(drop('The posts are rotten, which means the fence was not maintained.', 'was not maintained')).toBe(
      'The posts are rotten.',
    );
    // A hand-off's "so" clause says who the customer should turn to.
    expect(
      drop('Baggage is handled by the ground agent, so tracing it is their responsibility, not ours.', 'not ours'),
    ).toBeUndefined();
    expect(
      drop('The payments are set up with the merchant, so it is the merchant you need to fight with.', 'fight'),
    ).toBeUndefined();
    // An apology whose "but" carried the answer is not left on its own.
    expect(
      drop("I'm sorry the screen has cracked, but screens don't crack on their own.", "don't crack"),
    ).toBeUndefined();
    // The comparison the blame was drawn from.
    expect(
      drop('Everyone else on your street uses the same box with no trouble, so it must be your setup.', 'must be your'),
    ).toBeUndefined();
  });
});
