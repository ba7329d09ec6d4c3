import { describe, expect, it } from 'vitest';
import { checkMustDo, parseMustDo, replyHasCue } from '../../../practice/must-do.ts';

describe('must-do items', () => {
  it('split the instruction from its cue list', () => {
    expect(parseMustDo('Give the new delivery day [Thursday|Thu ]')).toEqual({
      text: 'Give the new delivery day',
      cues: ['Thursday', 'Thu'],
    });
    expect(parseMustDo('Be kind')).toEqual({ text: 'Be kind', cues: [] });
    expect(parseMustDo('Empty list []')).toEqual({ text: 'Empty list', cues: [] });
  });

  it('match cues as whole words, ignoring case, curly quotes and dash style', () => {
    expect(replyHasCue('We will refund you.', 'refund')).toBe(true);
    expect(replyHasCue('We refunded you.', 'refund')).toBe(false);
    expect(replyHasCue('It takes 3–5 working days.', '3-5')).toBe(true);
    expect(replyHasCue('It takes 13-5 days.', '3-5')).toBe(false);
    expect(replyHasCue('You don’t need to return it.', "don't need to return")).toBe(true);
    expect(replyHasCue('A credit of £12.99 today.', '£12.99')).toBe(true);
    expect(replyHasCue('A credit of £12.995.', '£12.99')).toBe(false);
    expect(replyHasCue('Go to SETTINGS  >  Team.', 'Settings > Team')).toBe(true);
    expect(replyHasCue('anything', '   ')).toBe(false);
  });

  it('report which cue counted, and leave cue-less items for self-review', () => {
    expect(checkMustDo('It arrives Thu.', ['Say when [Thursday|Thu]', 'Be warm'])).toEqual([
      { text: 'Say when', cues: ['Thursday', 'Thu'], done: true, matchedCue: 'Thu' },
      { text: 'Be warm', cues: [], done: null },
    ]);
    expect(checkMustDo('It arrives soon.', ['Say when [Thursday]'])[0]?.done).toBe(false);
  });
});
