import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskQuotesAndSignatures } from '../../../rules/text/mask.ts';
import { splitSentences } from '../../../rules/text/sentences.ts';
import { coach } from './helpers.ts';

const replyText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'Your problem is ',
        'as I already told you, ',
        "there's nothing I can do. ",
        '> quoted\n',
        '-- \nsig',
        '\r\n',
        '\u00a0',
        '🙂',
        'é',
        'שלום ',
      ),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('engine properties', () => {
  it('masking keeps every offset: same length, same line breaks', () => {
    fc.assert(
      fc.property(replyText, (text) => {
        const masked = maskQuotesAndSignatures(text).text;
        expect(masked.length).toBe(text.length);
        for (let i = 0; i < text.length; i++) if (text[i] === '\n' || text[i] === '\r') expect(masked[i]).toBe(text[i]);
      }),
    );
  });

  it('sentences are ordered, non-empty and inside the text', () => {
    fc.assert(
      fc.property(replyText, (text) => {
        let last = 0;
        for (const s of splitSentences(text)) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          last = s.end;
        }
      }),
    );
  });

  it('findings are always inside the text and never split a surrogate pair', () => {
    fc.assert(
      fc.property(replyText, fc.option(fc.string({ maxLength: 40 }), { nil: undefined }), (text, customer) => {
        for (const f of coach(text, customer).findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.end).toBeGreaterThanOrEqual(f.start);
          for (const at of [f.start, f.end]) {
            const code = text.charCodeAt(at);
            expect(code >= 0xdc00 && code <= 0xdfff, `offset ${at} is inside a surrogate pair`).toBe(false);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(replyText, (text) => {
        expect(coach(text)).toEqual(coach(text));
      }),
      { numRuns: 50 },
    );
  });
});

describe('rule index', () => {
  it('anchored search finds exactly what a full scan finds', async () => {
    const { compileRulebook, prepareRulebook, check, starterRulebook } = await import('../../../rules/index.ts');
    const compiled = compileRulebook(starterRulebook);
    if (!compiled.ok) throw new Error('starter does not compile');
    const indexed = prepareRulebook(compiled.value);
    // The same rules with every anchor and first-word key removed: each pattern scans the whole text.
    const unindexed = prepareRulebook({
      ...compiled.value,
      rules: compiled.value.rules.map((r) =>
        'matchers' in r ? { ...r, matchers: r.matchers.map(({ anchors: _, ...m }) => ({ ...m, keys: null })) } : r,
      ),
    });
    const examples = starterRulebook.rules
      .flatMap((r) => [...r.examples.bad, ...r.examples.good])
      .map((e) => (typeof e === 'string' ? e : e.text));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...examples), { minLength: 1, maxLength: 4 }), (parts) => {
        const text = parts.join(' ');
        expect(check(text, indexed).findings).toEqual(check(text, unindexed).findings);
      }),
      { numRuns: 150 },
    );
    // The unindexed book scans every pattern over every text on purpose: ~4.5 s alone, over 5 s beside the other tests.
  }, 20_000);
});
