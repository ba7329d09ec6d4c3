import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anchorKeys,
  firstKeys,
  PhraseSyntaxError,
  parsePhrase,
  phraseToRegexSource,
} from '../../../rules/text/phrase.ts';

const matches = (pattern: string, text: string) => new RegExp(phraseToRegexSource(pattern), 'iu').test(text);

describe('phrase patterns', () => {
  it('matches alternatives, optional words and wildcards', () => {
    expect(matches('you (should|ought to) have', 'You ought to have')).toBe(true);
    expect(matches('as [I] already (told|said)', 'As already said')).toBe(true);
    expect(matches('as [I] already (told|said)', 'as I already told')).toBe(true);
    expect(matches("it's right there in the *", "It's right there in the FAQ")).toBe(true);
  });

  it('respects word boundaries', () => {
    expect(matches('your problem is', 'your problem isn’t')).toBe(false);
    expect(matches('calm down', 'becalm downstairs')).toBe(false);
  });

  it('treats contractions both ways, including irregular ones', () => {
    expect(matches('we will not', "we won't")).toBe(true);
    expect(matches("won't", 'will not')).toBe(true);
    expect(matches('I cannot', "I can't")).toBe(true);
    expect(matches("don't", 'do not')).toBe(true);
  });

  it('indexes the first words a match can start with', () => {
    expect([...(firstKeys(parsePhrase("don't blame")) ?? [])].sort()).toEqual(['do', 'don', 'dont']);
    expect([...(firstKeys(parsePhrase('[just] be patient')) ?? [])].sort()).toEqual(['be', 'just']);
    expect(firstKeys(parsePhrase('* is your fault'))).toBeNull();
  });

  it('anchors a negated word on its contracted spelling too', () => {
    // "mustn't" reads as the letter runs "mustn" and "t": an anchor of "must" alone would never find it.
    expect(anchorKeys(parsePhrase('you must not have'))).toEqual(['must', 'mustn', 'mustnt']);
    expect(anchorKeys(parsePhrase('you (must not|need not) have'))).toEqual([
      'must',
      'mustn',
      'mustnt',
      'need',
      'needn',
      'neednt',
    ]);
    expect(anchorKeys(parsePhrase('you must have'))).toEqual(['must']);
  });

  it('reads contractions typed without the apostrophe, and "should of"', () => {
    // Written fast, "dont", "thats", "ive" and "should of" mean the same; a pattern written properly must still match.
    const re = (p: string) => new RegExp(phraseToRegexSource(p), 'iu');
    expect(re("you don't listen").test('you dont listen')).toBe(true);
    expect(re("that's not my job").test('thats not my job')).toBe(true);
    expect(re('you should have').test('you should of')).toBe(true);
    expect(re("I've told you").test('ive told you')).toBe(true);
    expect(re('we cannot help').test('we cant help')).toBe(true);
    // Only after the words where the bare spelling is not another word: "is" after "us" stays apart.
    expect(re('it is easy').test('its easy')).toBe(true);
    expect([...(firstKeys(parsePhrase("that's not")) ?? [])].sort()).toEqual(['that', 'thats']);
  });

  it('reports broken patterns as syntax errors', () => {
    for (const bad of ['(a|b', 'a)', '[]', '', '[only optional]', '(a||b)']) {
      expect(() => parsePhrase(bad), bad).toThrow(PhraseSyntaxError);
    }
  });

  it('escapes every regex metacharacter a rule author may type', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z.+?^$\\{}/-]{1,12}$/), (word) => {
        const source = phraseToRegexSource(word);
        expect(() => new RegExp(source, 'iu')).not.toThrow();
        expect(new RegExp(source, 'iu').test(` ${word} `)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
