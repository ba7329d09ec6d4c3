import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../../../rules/engine.ts';
import { IncrementalChecker } from '../../../rules/incremental.ts';
import { preparedStarter } from './helpers.ts';

const piece = fc.constantFrom(
  'Your problem is that the label was wrong. ',
  'As I already told you, it shipped. ',
  "I'm sorry about the wait. ",
  "I'll send a new one by Friday.",
  'Calm down. ',
  'Kindly revert back.\n',
  '\n\n',
  '> quoted line\n',
  'On Mon, Sam wrote:\n',
  '-- \nAmy\n',
  'שלום ',
  '🙂 ',
  '... ',
);
const reply = fc.array(piece, { maxLength: 14 }).map((p) => p.join(''));
const customer = fc.option(fc.constantFrom('My parcel is late!', 'Thanks, all good now.'), { nil: undefined });
const ctx = (c: string | undefined) => (c === undefined ? {} : { customer: c });

/** An edit: replace [at, at+remove) with insert, positions taken modulo the current length. */
const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 12 }), insert: piece });

describe('incremental checker', () => {
  const book = preparedStarter();

  it('finds exactly what check() finds, across a sequence of edits', () => {
    fc.assert(
      fc.property(reply, fc.array(edit, { maxLength: 8 }), customer, (start, edits, c) => {
        const checker = new IncrementalChecker(book);
        let text = start;
        expect(checker.check(text, ctx(c))).toEqual(check(text, book, ctx(c)));
        for (const e of edits) {
          const at = text.length === 0 ? 0 : e.at % text.length;
          text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
          expect(checker.check(text, ctx(c))).toEqual(check(text, book, ctx(c)));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('stops when time is up, goes on from where it stopped, and ends with the same findings', () => {
    fc.assert(
      fc.property(reply, fc.integer({ min: 1, max: 4 }), customer, (text, perCall, c) => {
        const checker = new IncrementalChecker(book);
        let result = null;
        let calls = 0;
        while (result === null) {
          calls++;
          let asked = 0;
          // Time is up after `perCall` sentences: each call must still match at least one new sentence.
          result = checker.check(text, ctx(c), () => ++asked >= perCall);
          expect(calls).toBeLessThanOrEqual(text.length + 1);
        }
        expect(result).toEqual(check(text, book, ctx(c)));
      }),
      { numRuns: 150 },
    );
  });

  it('matches only the edited sentence again after a keystroke', () => {
    const checker = new IncrementalChecker(book);
    const text = 'Your problem is the label. As I already told you, it shipped. Calm down.';
    expect(checker.check(text)).not.toBeNull();
    let asked = 0;
    // With no time at all, a call still matches one sentence: the edited one. The others come from the cache.
    const edited = `${text.replace('label', 'labels')}`;
    const result = checker.check(edited, {}, () => {
      asked++;
      return true;
    });
    expect(result).toEqual(check(edited, book));
    expect(asked).toBe(0);
  });
});
