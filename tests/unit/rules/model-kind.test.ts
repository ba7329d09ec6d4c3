import { describe, expect, it } from 'vitest';
import { check } from '../../../rules/index.ts';
import { NO_PROBLEM_THRESHOLD } from '../../../rules/kinds/model.ts';
import { ngramProbability } from '../../../rules/model/ngram-model.ts';
import { negatedSentenceGrams } from '../../../rules/model/ngrams.ts';
import { replyOwnsTheFault, sentenceOwnsIt } from '../../../rules/model/owns-it.ts';
import { reproachModel, reproachNegationModel, reproachProbability } from '../../../rules/model/reproach.ts';
import weightsFile from '../../../rules/model/reproach-weights.json' with { type: 'json' };
import { CURRENT_SCHEMA_VERSION, type Rule, rulebookSchema } from '../../../rules/schema.ts';
import { starterRulebook } from '../../../rules/starter/index.ts';
import { train } from '../../../scripts/logistic.ts';
import { coach, prepare, preparedStarter } from './helpers.ts';

const COMPLAINT = 'The blender stopped working after two days.';
const REPROACH = 'Bet someone in the house has been cooking late.';

const modelRule = (threshold: number): Rule =>
  ({
    id: 't/model',
    kind: 'model',
    category: 'blame',
    severity: 'hint',
    model: 'reproach',
    threshold,
    message: 'May read as blame.',
    examples: { bad: [{ text: REPROACH, customer: COMPLAINT }], good: ['Thanks!'] },
  }) as Rule;

const book = (rules: Rule[]) =>
  prepare(rulebookSchema.parse({ schemaVersion: CURRENT_SCHEMA_VERSION, id: 't', name: 't', language: 'en', rules }));

// The starter ships the rule switched on; a lead (or an agent, for themselves) may switch it off.
const withModelOn = preparedStarter();
const withModelOff = book(
  starterRulebook.rules.map((r) => (r.id === 'blame/reads-as-reproach' ? { ...r, enabled: false } : r)),
);
const learned = (text: string, customer?: string) =>
  check(text, withModelOn, customer === undefined ? {} : { customer }).findings.filter(
    (f) => f.ruleId === 'blame/reads-as-reproach',
  );

describe('the reproach model', () => {
  it('scores a probability, and words that name Object.prototype members are plain words to it', () => {
    const p = reproachProbability(REPROACH);
    const shipped = starterRulebook.rules.find((r) => r.id === 'blame/reads-as-reproach') as { threshold: number };
    expect(p).toBeGreaterThan(shipped.threshold);
    expect(reproachProbability('Thanks so much for the kind words!')).toBeLessThan(0.05);
    const odd = reproachProbability('constructor __proto__ toString hasOwnProperty valueOf');
    expect(Number.isFinite(odd)).toBe(true);
    expect(odd).toBeLessThan(0.5);
  });

  it('reads negation to the end of its clause, and flags only what both readings are sure of', () => {
    const helpless = negatedSentenceGrams("There's nothing I can do, but I'll ask the team.");
    expect(helpless.has('~can ~do')).toBe(true);
    expect(helpless.has('can do')).toBe(false);
    // The clause ends at the comma: what follows is read plain again.
    expect(helpless.has("i'll ask")).toBe(true);
    expect(negatedSentenceGrams("I'll see what I can do to help.").has('can do')).toBe(true);
    for (const sentence of [REPROACH, 'Hi, I will see what I can do to help.', 'There is nothing I can do.']) {
      const readings = [reproachModel(), reproachNegationModel()].map((m) => ngramProbability(sentence, m));
      expect(reproachProbability(sentence)).toBe(Math.min(...readings));
    }
  });

  it('was trained without the evaluation-only corpus, and its weights are finite numbers', () => {
    const sources = weightsFile.trainedOn.map((s) => s.source);
    expect(sources).toContain('train.jsonl');
    expect(sources.some((s) => s.includes('real_replies'))).toBe(false);
    for (const model of [reproachModel(), reproachNegationModel()]) {
      expect([...model.weights.values()].every(Number.isFinite)).toBe(true);
      expect(model.weights.size).toBeGreaterThan(1000);
    }
    expect(reproachNegationModel().weights.has('~can ~do')).toBe(true);
  });

  it('trains the same weights from the same data, and learns which words carry the label', () => {
    const data = [
      ...Array.from({ length: 6 }, (_, i) => ({ grams: ['your fault', `w${i}`], positive: true })),
      ...Array.from({ length: 6 }, (_, i) => ({ grams: ['our fault', `w${i}`], positive: false })),
    ];
    const first = train(data);
    expect(train(data)).toEqual(first);
    expect(first.weights['your fault']).toBeGreaterThan(0);
    expect(first.weights['our fault']).toBeLessThan(0);
    // Seen in fewer than three sentences: a writer's word, not a way of blaming.
    expect(first.weights).not.toHaveProperty('w0');
  });
});

describe('a model rule in the engine', () => {
  it('is on in the starter, and switching it off silences it', () => {
    const reply = `${REPROACH} Send it back and we'll take a look.`;
    expect(coach(reply, COMPLAINT).findings.filter((f) => f.ruleId === 'blame/reads-as-reproach')).toHaveLength(1);
    expect(
      check(reply, withModelOff, { customer: COMPLAINT }).findings.some((f) => f.ruleId === 'blame/reads-as-reproach'),
    ).toBe(false);
  });

  it('flags a confident sentence in a reply to a complaint, as advice with no rewrite', () => {
    const found = learned(`${REPROACH} Send it back and we'll take a look.`, COMPLAINT);
    expect(found).toHaveLength(1);
    expect(found[0]?.replacements).toEqual([]);
    expect(found[0]?.severity).toBe('hint');
  });

  it('speaks to a plain question only when surer, and never to a thank-you or where no problem is known', () => {
    const QUESTION = 'Does the blender come with a warranty?';
    const sure = 'If you had read the guide, you would have known.';
    const middling = 'Most customers manage to read the instructions before they write in.';
    // Retraining moves the scores; what must hold is which bar decides, on either side of it.
    expect(reproachProbability(sure)).toBeGreaterThan(NO_PROBLEM_THRESHOLD);
    expect(reproachProbability(middling)).toBeGreaterThan(0.55);
    expect(reproachProbability(middling)).toBeLessThan(NO_PROBLEM_THRESHOLD);
    const at = (text: string, customer?: string) =>
      check(text, book([modelRule(0.55)]), customer === undefined ? {} : { customer }).findings;
    expect(at(middling, COMPLAINT)).toHaveLength(1);
    expect(at(middling, QUESTION)).toEqual([]);
    expect(at(sure, QUESTION)).toHaveLength(1);
    expect(at(sure, 'Thanks so much, it works now!')).toEqual([]);
    expect(at(sure)).toEqual([]);
    // A comparison answers a question about other people; unasked, it measures the customer against them.
    const others = 'Everyone else on the course found the pace fine.';
    expect(reproachProbability(others)).toBeGreaterThan(NO_PROBLEM_THRESHOLD);
    expect(at(others, 'How did the rest of the group find the pace?')).toEqual([]);
    expect(at(others, 'Is there a certificate at the end of the course?')).toHaveLength(1);
    expect(at(others, 'The course went far too fast and I was lost by day two.')).toHaveLength(1);
  });

  it('flags only above its threshold', () => {
    const middling = 'It sounds like the filter was not changed, which is what usually causes this.';
    const p = reproachProbability(middling);
    // Retraining moves the score; what must hold is that the threshold decides, on either side of it.
    expect(p).toBeGreaterThan(0.02);
    expect(p).toBeLessThan(0.99);
    const at = (threshold: number) => check(middling, book([modelRule(threshold)]), { customer: COMPLAINT }).findings;
    expect(at(p - 0.01)).toHaveLength(1);
    expect(at(p + 0.01)).toEqual([]);
  });

  it('never flags a sentence that apologises, thanks or owns the problem', () => {
    const owning = 'It was fine when it left our warehouse, so the fault is ours.';
    // At a threshold under the sentence's own score, only the veto keeps it silent (retraining moves the score).
    const under = Math.min(reproachProbability(owning), reproachProbability(REPROACH)) - 0.05;
    expect(under).toBeGreaterThanOrEqual(0.5);
    expect(sentenceOwnsIt(owning)).toBe(true);
    expect(check(owning, book([modelRule(under)]), { customer: COMPLAINT }).findings).toEqual([]);
    expect(check(REPROACH, book([modelRule(under)]), { customer: COMPLAINT }).findings).toHaveLength(1);
    // Ownership in other words (held-out set 16's false flags), and the same words pinned on the customer.
    expect(sentenceOwnsIt('The lift halted, and no announcement was made, which is a failing on our part.')).toBe(true);
    expect(sentenceOwnsIt('This happen sometimes with company firewalls, it is nobody fault.')).toBe(true);
    expect(sentenceOwnsIt("It's no one's fault, these things happen.")).toBe(true);
    // Clearing words (held-out sets 12-23's false flags at the shipped threshold): the fault named as ours, the
    // customer's end cleared, their own report, a task lifted, a question about a thing, a condition on a thing.
    expect(sentenceOwnsIt('It was working fine when it left us, so the fault is ours and not yours.')).toBe(true);
    expect(sentenceOwnsIt('The failure was on our switch, not at your end.')).toBe(true);
    expect(sentenceOwnsIt('That field is empty by default, which is not something we make obvious enough.')).toBe(true);
    expect(sentenceOwnsIt("We'd like a closer look, as you've mentioned this keeps happening.")).toBe(true);
    expect(sentenceOwnsIt("There's no need to return the broken one.")).toBe(true);
    expect(sentenceOwnsIt("We traced it to a faulty batch, so it's nothing to do with how they're being used.")).toBe(
      true,
    );
    expect(sentenceOwnsIt("That's nothing to do with us, it's the courier.")).toBe(false);
    // Our own miss, said of the team (set 26's false flag at the eighteenth try's threshold).
    expect(
      sentenceOwnsIt('Our booking system let the same castle be sold twice and nobody here caught it until Friday.'),
    ).toBe(true);
    expect(sentenceOwnsIt('Nobody else has had this problem with the castle.')).toBe(false);
    // Our own limitation, being mended (set 33's false flag under the eighteenth try's weights).
    expect(
      sentenceOwnsIt("The portal still needs that cookie, which is an old design we're replacing this summer."),
    ).toBe(true);
    expect(sentenceOwnsIt('Your browser is set to block third-party cookies, so the portal cannot log you in.')).toBe(
      false,
    );
    expect(sentenceOwnsIt('Did the lights change on the router when this happened?')).toBe(true);
    expect(sentenceOwnsIt("If it's not in your inbox, it may be in your spam folder.")).toBe(true);
    expect(sentenceOwnsIt("Are you sure you're trying it in the right door?")).toBe(false);
    expect(sentenceOwnsIt('There is no need to keep emailing us.')).toBe(false);
    expect(sentenceOwnsIt('If you had read the guide, you would know.')).toBe(false);
    expect(sentenceOwnsIt('The fault is on your end, not ours.')).toBe(false);
    // Feeling with the customer vetoes, unless a "but" turns it into the reproach's opening.
    expect(sentenceOwnsIt('We understand the product you received is not up to your satisfaction.')).toBe(true);
    expect(sentenceOwnsIt("I appreciate it's frustrating, but we rely on parents reading the app.")).toBe(false);
    expect(sentenceOwnsIt("We posted the notice in March, but I understand it's easy to miss.")).toBe(true);
    expect(sentenceOwnsIt("I understand it's easy to miss, but the notice was on the door.")).toBe(false);
    // Clearing the customer ("nothing would have told you") vetoes; the same words with the condition they missed do not.
    expect(
      sentenceOwnsIt('The version was too old, which is not something the setup screen would have told you.'),
    ).toBe(true);
    expect(sentenceOwnsIt("You couldn't have known the depot had moved.")).toBe(true);
    expect(sentenceOwnsIt('There was no way for you to know the price had changed.')).toBe(true);
    expect(sentenceOwnsIt("You couldn't have known unless you read the guide we sent.")).toBe(false);
    expect(sentenceOwnsIt('It is something the setup screen would have told you.')).toBe(false);
  });

  it('stays silent on a reply that owns the fault in so many words, in any sentence', () => {
    // Held-out set 29's two false flags were sentences after the reply had owned the outage, or said a fee should not
    // apply. A guess at the customer's slip stands in for them: flagged alone, silent once the reply owns the fault.
    const guess = 'It sounds like the filter was not changed, which is what usually causes this.';
    const under = reproachProbability(guess) * 0.9;
    const flagged = (text: string) => check(text, book([modelRule(under)]), { customer: COMPLAINT }).findings;
    expect(flagged(guess)).toHaveLength(1);
    expect(flagged(`It was our service, and we should have warned you straight away. ${guess}`)).toEqual([]);
    expect(replyOwnsTheFault('The missed-visit fee shouldn’t apply on bank holidays.')).toBe(true);
    expect(replyOwnsTheFault("That's on us, and I'm sorry.")).toBe(true);
    expect(replyOwnsTheFault('The mistake was ours.')).toBe(true);
    // Apologies and denials own nothing: "Sorry, but…" opens many a reproach, and "on our end" often denies.
    expect(replyOwnsTheFault('Sorry for the trouble, but the lens was scratched on arrival.')).toBe(false);
    expect(replyOwnsTheFault("Nothing's changed on our end, so check your grinder.")).toBe(false);
    expect(replyOwnsTheFault('We should have known you would skip the manual.')).toBe(false);
  });

  it('gives way to a phrase rule’s card on the same words', () => {
    const phrase = {
      id: 't/phrase',
      kind: 'avoid',
      category: 'blame',
      severity: 'warning',
      patterns: ['someone in the house'],
      message: 'Phrase.',
      examples: { bad: [REPROACH], good: ['Thanks!'] },
    } as Rule;
    const findings = check(REPROACH, book([modelRule(0.5), phrase]), { customer: COMPLAINT }).findings;
    expect(findings.map((f) => f.ruleId)).toEqual(['t/phrase']);
  });

  it('refuses a threshold outside 0.5 to 0.999 and a model it does not ship', () => {
    const parse = (rule: unknown) =>
      rulebookSchema.safeParse({ schemaVersion: CURRENT_SCHEMA_VERSION, id: 't', name: 't', rules: [rule] }).success;
    expect(parse(modelRule(0.9))).toBe(true);
    expect(parse(modelRule(0.3))).toBe(false);
    expect(parse(modelRule(1))).toBe(false);
    expect(parse({ ...modelRule(0.9), model: 'sentiment' })).toBe(false);
  });
});
