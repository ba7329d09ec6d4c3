import { describe, expect, it } from 'vitest';
import { activeLook, lookFor } from '../../../editors/looks.ts';
import { parseColor, relativeLuminance } from '../../../editors/theme.ts';

const hex = (value: string) => [1, 3, 5].map((i) => Number.parseInt(value.slice(i, i + 2), 16));
const ratio = (a: string, b: string) => {
  const [x, y] = [relativeLuminance(hex(a)), relativeLuminance(hex(b))].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
};

// The pages these underlines sit on: white and Gmail's light greys; Gmail's dark theme greys and a black page.
const BACKGROUNDS = { light: ['#ffffff', '#f6f8fa'], dark: ['#202124', '#1f1f1f', '#2c2c2c', '#000000'] } as const;
const KINDS = [
  ['blame', 'error'],
  ['blame', 'warning'],
  ['wording', 'hint'],
  ['length', 'hint'],
  ['missing-apology', 'warning'],
] as const;

describe('underline looks', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`every ${theme} underline and the active mark measure at least 3:1 on ${theme} pages`, () => {
      for (const background of BACKGROUNDS[theme]) {
        for (const [category, severity] of KINDS) {
          expect(ratio(lookFor(category, severity, theme).color, background)).toBeGreaterThanOrEqual(3);
        }
        expect(ratio(activeLook(theme).underline, background)).toBeGreaterThanOrEqual(3);
      }
    });
  }

  it('an error and a warning differ in line style, not only in colour', () => {
    for (const theme of ['light', 'dark'] as const) {
      expect(lookFor('blame', 'error', theme).style).not.toBe(lookFor('blame', 'warning', theme).style);
    }
  });
});

describe('colour parsing for the page background', () => {
  it('reads the forms computed styles give, with alpha', () => {
    expect(parseColor('rgb(31, 31, 31)')).toEqual([31, 31, 31, 1]);
    expect(parseColor('rgba(0, 0, 0, 0)')).toEqual([0, 0, 0, 0]);
    expect(parseColor('rgb(255 255 255 / 50%)')).toEqual([255, 255, 255, 0.5]);
    expect(parseColor('transparent')).toBeNull();
  });

  it('ranks Gmail’s dark grey as dark and its light grey as light', () => {
    expect(relativeLuminance([31, 31, 31])).toBeLessThan(0.18);
    expect(relativeLuminance([246, 248, 250])).toBeGreaterThan(0.18);
  });
});
