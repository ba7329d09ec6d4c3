import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCsv, guessDelimiter, parseCsv } from '../../../background/csv.ts';

describe('RFC 4180 CSV reader', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks', () => {
    const text = 'a,"b, c","say ""hi""","two\r\nlines"\r\nx,,z\r\n';
    expect(parseCsv(text)).toEqual({
      rows: [
        ['a', 'b, c', 'say "hi"', 'two\r\nlines'],
        ['x', '', 'z'],
      ],
      // The quoted line break keeps the second row on line 3 of the file.
      rowLines: [1, 3],
      problems: [],
    });
    expect(parseCsv('a\rb\n\nc\r\n"d\ne"\nf').rowLines).toEqual([1, 2, 3, 4, 5, 7]);
  });

  it('accepts LF, CR and no final newline, and drops a byte-order mark', () => {
    expect(parseCsv('\uFEFFa,b\nc,d').rows).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseCsv('a\rb\r').rows).toEqual([['a'], ['b']]);
    expect(parseCsv('').rows).toEqual([]);
    expect(parseCsv('"",x').rows).toEqual([['', 'x']]);
    expect(parseCsv('a,').rows).toEqual([['a', '']]);
  });

  it('reports an unclosed quote and text after a closing quote', () => {
    expect(parseCsv('"abc').problems).toEqual([{ row: 1, message: expect.stringMatching(/never closed/) }]);
    expect(parseCsv('"abc"x,y').problems[0]?.row).toBe(1);
  });

  it('guesses ; and tab delimiters from the first line', () => {
    expect(guessDelimiter('phrase;rewrite\na;b')).toBe(';');
    expect(guessDelimiter('phrase\trewrite')).toBe('\t');
    expect(guessDelimiter('phrase,rewrite')).toBe(',');
    expect(guessDelimiter('phrase')).toBe(',');
  });

  // Any table of strings survives a write and a read, for each delimiter.
  it('round-trips any table (property)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', ';', '\t', '"', '\r', '\n', 'é', '😀') });
    const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 8 });
    for (const delimiter of [',', ';', '\t']) {
      fc.assert(
        fc.property(table, (rows) => {
          const parsed = parseCsv(formatCsv(rows, delimiter), delimiter);
          expect(parsed.problems).toEqual([]);
          expect(parsed.rows).toEqual(rows);
        }),
        { numRuns: 300 },
      );
    }
  });

  it('never throws and always returns rows of strings on arbitrary input (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const { rows } = parseCsv(text);
        for (const row of rows) for (const c of row) expect(typeof c).toBe('string');
      }),
      { numRuns: 500 },
    );
  });
});
