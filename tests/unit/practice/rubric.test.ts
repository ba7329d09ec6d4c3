import { describe, expect, it } from 'vitest';
import { buildCatalog, loadBuiltinPacks } from '../../../practice/catalog.ts';
import { POINT_WEIGHTS } from '../../../practice/points.ts';
import { gradeReply, scoreReply } from '../../../practice/rubric.ts';
import { check, type Scenario } from '../../../rules/index.ts';
import { starter } from './engine.ts';

const catalog = buildCatalog(loadBuiltinPacks().books);
const scenario = (id: string): Scenario => {
  const found = catalog.find((s) => s.id === id);
  if (!found) throw new Error(`no scenario ${id}`);
  return found;
};
const lateParcel = scenario('shipping/late-parcel');
const addColleague = scenario('question/add-colleague');
const prepared = starter();
const point = (grade: ReturnType<typeof gradeReply>, id: string) => {
  const found = grade.points.find((p) => p.id === id);
  if (!found) throw new Error(`no point ${id}`);
  return found;
};

const GOOD_LATE =
  "Hi Priya,\n\nI'm sorry your order is late. Your parcel is at your local depot and will be delivered on Thursday. " +
  'You can follow it with tracking number TRK-48213-UK.\n\nBest,\nAlex';

describe('practice rubric on real replies', () => {
  it('a complete, kind reply earns full marks', () => {
    const grade = gradeReply(GOOD_LATE, lateParcel, prepared);
    expect(grade.total).toBe(100);
    expect(grade.categories).toEqual({ 'no-blame': 1, apology: 1, 'next-step': 1, readability: 1, 'must-do': 1 });
  });

  it('a blaming reply loses the no-blame point, and the feedback quotes the phrase', () => {
    const reply =
      "Hi Priya,\n\nI'm sorry for the wait. Your problem is that you entered the wrong postcode. " +
      'Your parcel is at the local depot and will be delivered on Thursday, tracking TRK-48213-UK.\n\nBest,\nAlex';
    const grade = gradeReply(reply, lateParcel, prepared);
    const noBlame = point(grade, 'no-blame');
    expect(noBlame.ratio).toBeLessThan(1);
    expect(noBlame.earned).toBeLessThan(POINT_WEIGHTS['no-blame']);
    expect(noBlame.details.join(' ')).toMatch(/Your problem is/);
    expect(grade.total).toBeLessThan(100);
    // The rest of the reply was fine: only the blame cost points.
    expect(point(grade, 'apology').ratio).toBe(1);
    expect(point(grade, 'next-step').ratio).toBe(1);
  });

  it('more blame costs more', () => {
    const once = gradeReply(
      "Hi Priya, I'm sorry. Your problem is the postcode. The parcel reaches you on Thursday from the depot, TRK-48213-UK.",
      lateParcel,
      prepared,
    );
    const twice = gradeReply(
      "Hi Priya, I'm sorry. Your problem is the postcode. You should have checked it. The parcel reaches you on Thursday from the depot, TRK-48213-UK.",
      lateParcel,
      prepared,
    );
    expect(point(twice, 'no-blame').ratio).toBeLessThan(point(once, 'no-blame').ratio);
  });

  it('no apology when the customer reports a problem loses the apology point and suggests one', () => {
    const reply =
      'Hi Priya,\n\nYour parcel is at your local depot and will be delivered on Thursday. ' +
      'You can follow it with tracking number TRK-48213-UK.\n\nBest,\nAlex';
    const grade = gradeReply(reply, lateParcel, prepared);
    const apology = point(grade, 'apology');
    expect(apology.applies).toBe(true);
    expect(apology.ratio).toBe(0);
    expect(apology.details.length).toBeGreaterThan(0);
    expect(grade.total).toBe(80);
  });

  it('a plain question needs no apology: the point is left out and the total rescaled', () => {
    const reply =
      "Hi Ola,\n\nGo to Settings > Team > Invite and enter your colleague's email. " +
      'The invite link stays valid for 7 days.\n\nBest,\nAlex';
    const grade = gradeReply(reply, addColleague, prepared);
    expect(point(grade, 'apology').applies).toBe(false);
    expect(grade.categories).not.toHaveProperty('apology');
    expect(grade.total).toBe(100);
  });

  it('a vague reply with no next step loses that point', () => {
    const reply =
      "Hi Priya,\n\nI'm sorry your order hasn't arrived. We are looking into it at the depot. " +
      'Let us know if you need anything else.\n\nBest,\nAlex';
    const grade = gradeReply(reply, lateParcel, prepared);
    expect(point(grade, 'next-step').ratio).toBe(0);
    expect(grade.categories['next-step']).toBe(0);
  });

  it('one very long sentence costs readability and the feedback shows the sentence', () => {
    const long =
      "Hi Priya, I'm sorry that your order which was supposed to arrive on Monday has not arrived yet because the parcel " +
      'is sitting at your local depot where a sorting backlog has held it up and the carrier now says that it will be ' +
      'delivered on Thursday and you can follow it with the tracking number TRK-48213-UK on the website of the carrier.';
    const grade = gradeReply(long, lateParcel, prepared);
    const readability = point(grade, 'readability');
    expect(grade.measures.longestSentence).toBeGreaterThan(25);
    expect(readability.ratio).toBeLessThan(1);
    expect(readability.details.join(' ')).toMatch(/longest sentence has \d+ words/);
  });

  it('a reply that is too short scores nothing, even with nothing wrong in it', () => {
    const grade = gradeReply('Thursday, TRK-48213-UK.', lateParcel, prepared);
    expect(grade.total).toBe(0);
    expect(grade.points.filter((p) => p.applies).every((p) => p.ratio === 0)).toBe(true);
  });

  it('must-do counts the checked items covered, and names the ones missed', () => {
    const reply =
      "Hi Priya,\n\nI'm sorry your order is late. Your parcel will be delivered on Thursday.\n\nBest,\nAlex";
    const grade = gradeReply(reply, lateParcel, prepared);
    const mustDo = point(grade, 'must-do');
    expect(mustDo.ratio).toBeCloseTo(1 / 3, 5);
    expect(mustDo.details).toEqual(['Not yet: Say where the parcel is now.', 'Not yet: Share the tracking number.']);
  });

  it('without checkable must-do items the point is left out, not given away', () => {
    const selfReview: Scenario = { ...lateParcel, mustDo: ['Be kind'] };
    const reply =
      'Hi Priya,\n\nYour parcel is at your local depot and the carrier will deliver it on Thursday. ' +
      'You can follow it with tracking number TRK-48213-UK.\n\nBest,\nAlex';
    const result = check(reply, prepared, { customer: selfReview.customer });
    const grade = scoreReply(reply, selfReview, result);
    expect(point(grade, 'must-do').applies).toBe(false);
    expect(grade.mustDo).toEqual([{ text: 'Be kind', cues: [], done: null }]);
    expect(grade.categories).toEqual({ 'no-blame': 1, apology: 0, 'next-step': 1, readability: 1 });
    // Applicable: no-blame 30 + apology 0/20 + next-step 20 + readability 15 = 65 of 85.
    expect(grade.total).toBe(Math.round((100 * 65) / 85));
  });
});
