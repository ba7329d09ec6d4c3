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
    // 150 replies of up to nine checks each: a few seconds alone, more on a loaded two-core machine (it once passed
    // 5 s there). The limit guards against a hang, not a speed: speed is the bench's.
  }, 30_000);

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
    const text = 'Your problem is the label. As I already told you, it shipped. Calm down.';
    const edited = text.replace('label', 'labels');
    // With no time at all, every call takes one step: a sentence to match, or one finding's rewrites to build.
    const callsWithNoTime = (checker: IncrementalChecker): number => {
      let calls = 0;
      let result = null;
      while (result === null) {
        calls++;
        result = checker.check(edited, {}, () => true);
      }
      expect(result).toEqual(check(edited, book));
      return calls;
    };
    const warm = new IncrementalChecker(book);
    expect(warm.check(text)).not.toBeNull();
    // The checker that saw the reply before the keystroke matches only the edited sentence; two come from its cache.
    expect(callsWithNoTime(new IncrementalChecker(book)) - callsWithNoTime(warm)).toBe(2);
  });

  it("builds a long reply's rewrites over several calls, and an edit in between is checked as edited", () => {
    const blame = 'As I already told you, the cache is full. ';
    const text = blame.repeat(40);
    const checker = new IncrementalChecker(book);
    let calls = 0;
    let result = null;
    // Every sentence is the same, so one call matches them all; the 40 findings' rewrites are what is left.
    while (result === null) {
      calls++;
      result = checker.check(text, {}, () => true);
    }
    expect(calls).toBeGreaterThan(40);
    expect(result).toEqual(check(text, book));
    // Cut short halfway, then the agent types: the steps left for the old text are dropped, not finished.
    const longer = `${text}As I already told you, it shipped.`;
    for (let i = 0; i < 20; i++) expect(checker.check(text.replace('cache', 'disk'), {}, () => true)).toBeNull();
    expect(checker.check(longer)).toEqual(check(longer, book));
    expect(checker.check(text)).toEqual(check(text, book));
  });
});
