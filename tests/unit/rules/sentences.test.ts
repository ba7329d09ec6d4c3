import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../rules/text/sentences.ts';

const pieces = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('ends a sentence after a contraction: the "t" of "isn\'t." is no initial', () => {
    expect(pieces("Your address isn't. I'm sorry.")).toEqual(["Your address isn't.", "I'm sorry."]);
    expect(pieces('We can’t. The form won’t take it.')).toEqual(['We can’t.', 'The form won’t take it.']);
    expect(pieces("That's the one it's. Next one.")).toEqual(["That's the one it's.", 'Next one.']);
  });

  it('keeps an initial, an abbreviation and a number inside the sentence', () => {
    expect(pieces('J. Smith will call. Thanks.')).toEqual(['J. Smith will call.', 'Thanks.']);
    expect(pieces('Dr. Lee sees you at 3 p.m. on Friday.')).toEqual(['Dr. Lee sees you at 3 p.m. on Friday.']);
    expect(pieces('It costs £4.50 a month.')).toEqual(['It costs £4.50 a month.']);
  });

  it('ends a sentence at an emoji followed by a capitalised word, as a social reply does', () => {
    expect(pieces('@b3nji Ah yes, the famously hidden button 🙃 Profile > Edit > Username.')).toEqual([
      '@b3nji Ah yes, the famously hidden button 🙃',
      'Profile > Edit > Username.',
    ]);
    expect(pieces('Glad it landed 👍🏽 Enjoy!')).toEqual(['Glad it landed 👍🏽', 'Enjoy!']);
    // A handle and an emoji are no sentence; an emoji before a lower-case word goes on with it.
    expect(pieces('@jaz_mn 😂 Only the finest neon.')).toEqual(['@jaz_mn 😂 Only the finest neon.']);
    expect(pieces('Thanks 🙂 and see you soon.')).toEqual(['Thanks 🙂 and see you soon.']);
  });
});
