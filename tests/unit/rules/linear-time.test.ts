import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, type PreparedRulebook, starterRulebook } from '../../../rules/index.ts';
import { growth, LARGE, MAX_GROWTH, type Shape, scanAll } from './growth.ts';
import { preparedStarter } from './helpers.ts';

/**
 * Every pattern of every starter rule, and a whole check, must run in linear time on hostile text: long runs of
 * white space, words that start patterns over and over, one huge word, punctuation runs, mixed scripts. A pattern
 * that rescans unbounded input from every position (such as `\s+` inside a lookbehind) grows ~100× from 4k to 40k
 * characters and fails here.
 */

/** The `blame/their-responsibility` regex as it shipped before issue 13: its lookbehind rescans every space run. */
const QUADRATIC_THEIR_RESPONSIBILITY =
  "(?<=\\b(?:is|are|was|were|remains?)\\s+)(?:(?:entirely|solely|simply|really|just)\\s+)?(?:the\\s+|their\\s+|its\\s+)?(?!your\\b|our\\b|my\\b|the customer)[\\p{L}-]+(?:\\s[\\p{L}-]+)?['’]s?\\s+(?:responsibility|fault|problem|concern|issue|lookout)(?:\\s*,?\\s+not\\s+(?:ours|our\\s+\\w+|us|mine))?";

/** Every regex a rule runs, by rule id: its matchers (from the word indexes) and its exceptions. */
function regexesByRule(book: PreparedRulebook): Map<string, RegExp[]> {
  const byRule = new Map<string, Set<RegExp>>();
  const add = (ruleIndex: number, re: RegExp) => {
    const id = book.rules[ruleIndex]?.rule.id ?? String(ruleIndex);
    const set = byRule.get(id) ?? new Set<RegExp>();
    byRule.set(id, set);
    set.add(re);
  };
  for (const list of [...book.byFirstWord.values(), ...book.byAnchor.values(), book.anywhere])
    for (const m of list) add(m.ruleIndex, m.regex);
  book.rules.forEach((r, i) => {
    for (const re of [...r.exceptions, ...r.sentenceExceptions]) add(i, re);
  });
  return new Map([...byRule].map(([id, set]) => [id, [...set]]));
}

const starter = preparedStarter();
const rules = regexesByRule(starter);
// Words the starter's patterns start with or are anchored on: pumping them makes every pattern try at every word.
const patternWords = [...new Set([...starter.byFirstWord.keys(), ...starter.byAnchor.keys()])].sort();

const piece = fc.oneof(
  fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\r\n'),
  fc.constantFrom(...patternWords).map((w) => `${w} `),
  fc.constantFrom(...patternWords),
  fc.constantFrom('.', ',', '!', '?', '…', "'", '’', '-', '"', '>', ':'),
  fc.constantFrom('a', 'x', 'שלום', 'مرحبا', '你好', '😀', 'é', 'Ω'),
);
const hostileShape: fc.Arbitrary<Shape> = fc.record({
  prefix: fc.array(piece, { maxLength: 4 }).map((p) => p.join('')),
  pump: fc.array(piece, { minLength: 1, maxLength: 3 }).map((p) => p.join('')),
  suffix: fc.array(piece, { maxLength: 3 }).map((p) => p.join('')),
});

/** Shapes every run includes: the ones that froze pages, and the classic attack strings. */
const KNOWN_SHAPES: Shape[] = [
  { prefix: 'I know this is', pump: ' ', suffix: '' },
  { prefix: 'this is', pump: ' ', suffix: "the courier's lookout" },
  { prefix: 'is p’ fault', pump: '\t', suffix: 's' },
  { prefix: 'Thanks.\n-- \nSam\n', pump: ' ', suffix: '' },
  { prefix: '', pump: 'a', suffix: '!' },
  { prefix: '', pump: 'you ', suffix: '' },
  // Runs with no space that a link pattern could start anywhere in (a pasted log, a hyphenated or dotted id).
  { prefix: '', pump: 'a-', suffix: ' Thanks' },
  { prefix: '', pump: 'www.', suffix: ' Thanks' },
  { prefix: '', pump: 'https://', suffix: ' Thanks' },
  // One run-on "sentence" holding a rule's phrase hundreds of times: each match's rewrite would re-read all of it.
  { prefix: '', pump: 'kindly.', suffix: '' },
  { prefix: '', pump: 'no problem,', suffix: '' },
  { prefix: '', pump: 'is ', suffix: '' },
  { prefix: '', pump: '.', suffix: '' },
  { prefix: '', pump: 'שלום 你好 ', suffix: '' },
  // Joining words and dashes that open a rule's clause-long tail ("so it's out of my hands until…", "– it's not
  // hard"): a tail that looked ahead to the clause's end from every "so" was quadratic in a run of them.
  { prefix: '', pump: 'so ', suffix: '' },
  { prefix: '', pump: 'and ', suffix: '' },
  { prefix: '', pump: ' – ', suffix: '' },
  // A rule's words repeated with no full stop ("relax relax …"): thousands of matches in one sentence, each of which
  // read the whole sentence again for the rule's exceptions (found by the generated shapes below).
  { prefix: '', pump: 'relax ', suffix: '' },
];

const describeGrowth = (id: string, shape: Shape, g: { ratio: number; smallMs: number; largeMs: number }) =>
  `${id} on ${JSON.stringify(shape)}: ${g.smallMs.toFixed(2)} ms at 4k → ${g.largeMs.toFixed(2)} ms at ${LARGE / 1000}k (×${g.ratio.toFixed(0)})`;

describe('linear time on hostile text', { timeout: 120_000 }, () => {
  it("detects the old quadratic their-responsibility pattern, and passes today's rule (test of the test)", () => {
    const whitespaceRun = KNOWN_SHAPES[0] as Shape;
    const old = growth(scanAll(new RegExp(QUADRATIC_THEIR_RESPONSIBILITY, 'giu')), whitespaceRun);
    expect(old.ratio, describeGrowth('old pattern', whitespaceRun, old)).toBeGreaterThan(MAX_GROWTH);
    for (const re of rules.get('blame/their-responsibility') ?? []) {
      const now = growth(scanAll(re), whitespaceRun);
      expect(now.ratio, describeGrowth('blame/their-responsibility', whitespaceRun, now)).toBeLessThanOrEqual(
        MAX_GROWTH,
      );
    }
    expect(rules.get('blame/their-responsibility')?.length).toBeGreaterThan(0);
  });

  it('every pattern and exception of every starter rule grows linearly on the known hostile shapes', () => {
    expect(rules.size).toBeGreaterThan(starterRulebook.rules.length / 2);
    for (const [id, regexes] of rules)
      for (const re of regexes)
        for (const shape of KNOWN_SHAPES) {
          const g = growth(scanAll(re), shape);
          expect(g.ratio, describeGrowth(id, shape, g)).toBeLessThanOrEqual(MAX_GROWTH);
        }
  });

  it('every pattern and exception of every starter rule grows linearly on generated hostile text', () => {
    fc.assert(
      fc.property(hostileShape, (shape) => {
        for (const [id, regexes] of rules)
          for (const re of regexes) {
            const g = growth(scanAll(re), shape);
            expect(g.ratio, describeGrowth(id, shape, g)).toBeLessThanOrEqual(MAX_GROWTH);
          }
      }),
      { numRuns: 12 },
    );
  });

  it('a whole check with the starter rulebook grows linearly on known and generated hostile text', () => {
    const run = (text: string) => void check(text, starter, { customer: 'My order is late and nobody answers!' });
    for (const shape of KNOWN_SHAPES) {
      const g = growth(run, shape);
      expect(g.ratio, describeGrowth('check()', shape, g)).toBeLessThanOrEqual(MAX_GROWTH);
    }
    fc.assert(
      fc.property(hostileShape, (shape) => {
        const g = growth(run, shape);
        expect(g.ratio, describeGrowth('check()', shape, g)).toBeLessThanOrEqual(MAX_GROWTH);
      }),
      { numRuns: 25 },
    );
  });
});
