import { describe, expect, it } from 'vitest';
import { looksWritten } from '../../../editors/session/looks-written.ts';
import { barFindings, inlineFindings, update } from '../../../editors/session/state.ts';
import { checked, missing, phraseFinding, run, types } from './session-helpers.ts';

describe('a reply looks written', () => {
  it.each([
    ['', false],
    ['Hi', false],
    ['Hi Dana,', false],
    ['Hi Dana,\n\nThanks for writing in.', false],
    ['Hello Dana, you ignored our reminder.', false],
    ['Hi Dana,\n\nThe parcel left today. It', false],
    ['Hi Dana,\n\nThe parcel left today. It arrives on Friday.', true],
    ['Hi Dana,\n\nThe parcel left today\nIt arrives on Friday', false],
    ['Hi Dana,\n\nThe parcel left today\nIt arrives on Friday\n', true],
    ['Hi Dana,\n\nThe parcel left today.\n\nBest,\nAlex', true],
    ['Hi Dana,\n\nThe parcel left today.\nThanks', true],
    ['Hi Dana!\nThanks', false],
    ['Sorry! We fixed it.', true],
  ])('%j → %s', (text, expected) => {
    expect(looksWritten(text)).toBe(expected);
  });

  it('quoted history blanked to spaces never makes a reply look written', () => {
    const quote = ' '.repeat(80);
    expect(looksWritten(`Hi\n${quote}\n${quote}`)).toBe(false);
    expect(looksWritten(`Hi Dana,\nThe parcel left today.\n${quote}\nThanks`)).toBe(true);
  });
});

const WRITTEN = 'Hi Dana,\n\nThe parcel left our depot today. It arrives on Friday.\n\nBest,\nAlex';
const apology = missing('missing-apology', 10);
const nextStep = missing('missing-next-step', 60);
const typing = (text: string, findings = [nextStep, apology]) =>
  run([{ type: 'started', focused: true }, { type: 'textChanged' }, checked(text, findings)]);

describe('the calm bar', () => {
  it('typing "Hi" and pausing shows nothing missing', () => {
    const step = run([{ type: 'paused' }], typing('Hi').state);
    expect(barFindings(step.state)).toEqual([]);
    expect(step.effects).toEqual([]);
  });

  it('a written reply shows what it lacks only after a pause, in a fixed order, and tells the host', () => {
    const written = typing(WRITTEN).state;
    expect(barFindings(written)).toEqual([]);
    const paused = update(written, { type: 'paused' });
    // The engine listed the next step first; the bar always says the apology first.
    expect(barFindings(paused.state).map((f) => f.category)).toEqual(['missing-apology', 'missing-next-step']);
    expect(types(paused.effects)).toEqual(['findingsChanged']);
  });

  it('a pause while the check is behind the text waits for the check', () => {
    const behind = run([{ type: 'textChanged' }, { type: 'paused' }], typing(WRITTEN).state).state;
    expect(barFindings(behind)).toEqual([]);
    expect(barFindings(update(behind, checked(WRITTEN, [apology])).state)).toEqual([apology]);
  });

  it('leaving the box shows what is missing, even before the reply looks written', () => {
    const left = update(typing('Hello Dana, you ignored our reminder.').state, { type: 'left' });
    expect(barFindings(left.state).map((f) => f.category)).toEqual(['missing-apology', 'missing-next-step']);
    expect(types(left.effects)).toEqual(['findingsChanged']);
  });

  it('leaving an empty box shows nothing', () => {
    expect(barFindings(update(typing('  ', [nextStep]).state, { type: 'left' }).state)).toEqual([]);
  });

  it('shown items stay while typing goes on, and go once resolved', () => {
    const shown = update(typing(WRITTEN).state, { type: 'paused' }).state;
    const more = `${WRITTEN} More`;
    const still = run([{ type: 'focused' }, { type: 'textChanged' }, checked(more, [apology, nextStep])], shown).state;
    expect(barFindings(still).map((f) => f.category)).toEqual(['missing-apology', 'missing-next-step']);
    // The agent wrote an apology: that line goes at once; the other stays.
    const resolved = update(still, checked(more, [nextStep])).state;
    expect(barFindings(resolved)).toEqual([nextStep]);
    // Deleting the apology again brings its line back only after the next pause.
    const back = run([{ type: 'textChanged' }, checked(more, [nextStep, apology])], resolved).state;
    expect(barFindings(back)).toEqual([nextStep]);
    expect(barFindings(update(back, { type: 'paused' }).state).map((f) => f.category)).toEqual([
      'missing-apology',
      'missing-next-step',
    ]);
  });

  it('a box found already holding a draft the agent is not in shows what it lacks at once', () => {
    const state = run([{ type: 'started', focused: false }, checked(WRITTEN, [apology])]).state;
    expect(barFindings(state)).toEqual([apology]);
  });

  it('underlines stay live: a phrase shows at once while the bar waits', () => {
    const text = 'Hi Dana, your problem is';
    const phrase = phraseFinding(text, 'your problem is');
    const state = typing(text, [phrase, apology]).state;
    expect(inlineFindings(state)).toEqual([phrase]);
    expect(barFindings(state)).toEqual([]);
  });
});
