import { describe, expect, it } from 'vitest';
import { buildCatalog, loadBuiltinPacks, type PracticeScenario } from '../../../practice/catalog.ts';
import { csvCell, progressCsv } from '../../../practice/csv.ts';
import { type AttemptRecord, chartRows, standings, weakestCategories } from '../../../practice/progress.ts';
import { exercises, levelFor, recommend } from '../../../practice/recommend.ts';

const catalog = buildCatalog(loadBuiltinPacks().books);
const byId = (id: string): PracticeScenario => {
  const s = catalog.find((x) => x.id === id);
  if (!s) throw new Error(id);
  return s;
};

let clock = Date.UTC(2025, 5, 1, 9, 0, 0);
function attempt(
  scenarioId: string,
  score: number,
  categories: Record<string, number>,
  reply = 'A reply.',
): AttemptRecord {
  clock += 60_000;
  const s = byId(scenarioId);
  return { id: clock / 60_000, scenarioId, pack: s.pack, at: clock, score, categories, reply };
}

describe('progress', () => {
  const history = [
    attempt('shipping/late-parcel', 55, { 'no-blame': 0.5, apology: 0, 'next-step': 1, readability: 1, 'must-do': 1 }),
    attempt('question/add-colleague', 90, { 'no-blame': 1, 'next-step': 1, readability: 0.8, 'must-do': 0.5 }),
    attempt('billing/double-charge', 70, { 'no-blame': 1, apology: 0, 'next-step': 1, readability: 1, 'must-do': 1 }),
  ];

  it('chart rows are oldest first, in percent, with no value where a point did not apply', () => {
    const rows = chartRows([...history].reverse());
    expect(rows.map((r) => r.attempt)).toEqual([1, 2, 3]);
    expect(rows.map((r) => r.total)).toEqual([55, 90, 70]);
    expect(rows[0]?.['no-blame']).toBe(50);
    expect(rows[1]).not.toHaveProperty('apology');
    expect(rows[1]?.readability).toBe(80);
  });

  it('standings average only the attempts where a point applied, weakest first', () => {
    const s = standings(history);
    expect(s[0]).toMatchObject({ id: 'apology', average: 0, count: 2 });
    expect(s.find((x) => x.id === 'no-blame')?.average).toBeCloseTo(2.5 / 3, 5);
    expect(weakestCategories(history).map((x) => x.id)).toEqual(['apology', 'no-blame']);
  });

  it('standings look at recent attempts only', () => {
    const improving = [
      ...Array.from({ length: 5 }, () => attempt('shipping/late-parcel', 40, { apology: 0 })),
      ...Array.from({ length: 10 }, () => attempt('shipping/late-parcel', 100, { apology: 1 })),
    ];
    expect(standings(improving)[0]?.average).toBe(1);
    expect(weakestCategories(improving)).toEqual([]);
  });
});

describe('recommendations', () => {
  it('start with an easy scenario', () => {
    const first = recommend(catalog, []);
    expect(first?.scenario.difficulty).toBe('easy');
    expect(first?.reason).toMatch(/first/);
  });

  it('target the weakest point, at the trainee level, and not the scenario just done', () => {
    const history = [
      attempt('billing/double-charge', 60, { 'no-blame': 1, apology: 0, 'next-step': 1, readability: 1, 'must-do': 1 }),
    ];
    const next = recommend(catalog, history);
    expect(next?.focus).toBe('apology');
    expect(next && exercises(next.scenario, 'apology')).toBe(true);
    expect(next?.scenario.id).not.toBe('billing/double-charge');
    expect(next?.scenario.difficulty).toBe(levelFor(history));
    expect(next?.reason).toMatch(/apologising/);
  });

  it('"practise this" on a chosen point picks a scenario that exercises it', () => {
    const next = recommend(catalog, [], 'must-do');
    expect(next?.focus).toBe('must-do');
    expect(next && exercises(next.scenario, 'must-do')).toBe(true);
  });

  it('avoids scenarios already suggested, while another one fits', () => {
    const first = recommend(catalog, [], 'apology');
    const second = recommend(catalog, [], 'apology', new Set([first?.scenario.key ?? '']));
    expect(second?.scenario.key).not.toBe(first?.scenario.key);
    expect(second && exercises(second.scenario, 'apology')).toBe(true);
    const only = catalog.slice(0, 1);
    expect(recommend(only, [], undefined, new Set([only[0]?.key ?? '']))?.scenario.key).toBe(only[0]?.key);
  });

  it('the level rises with recent scores', () => {
    expect(levelFor([])).toBe('easy');
    expect(levelFor([attempt('shipping/late-parcel', 80, {})])).toBe('medium');
    expect(levelFor([attempt('shipping/late-parcel', 95, {}), attempt('shipping/old-address', 92, {})])).toBe('hard');
  });

  it('prefers scenarios not practised yet', () => {
    const done = catalog.filter((s) => s.difficulty === 'easy').slice(0, 3);
    const history = done.map((s) => attempt(s.id, 50, { 'next-step': 0 }));
    const next = recommend(catalog, history, 'next-step');
    expect(done.map((s) => s.id)).not.toContain(next?.scenario.id);
  });
});

describe('CSV export', () => {
  it('escapes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvCell(' padded ')).toBe('" padded "');
    expect(csvCell(42)).toBe('42');
    expect(csvCell(undefined)).toBe('');
  });

  it('neutralises spreadsheet formulas in free text', () => {
    expect(csvCell('=HYPERLINK("http://x","click")')).toBe('"\'=HYPERLINK(""http://x"",""click"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('writes one row per attempt, oldest first, that parses back to the same values', () => {
    const reply = 'Hi "Sam",\nsorry, =that was us.';
    const rows = [
      attempt('billing/double-charge', 85, { 'no-blame': 1, apology: 0.5, 'next-step': 1 }, reply),
      attempt('question/add-colleague', 100, { 'no-blame': 1, 'next-step': 1 }),
    ];
    const csv = progressCsv([...rows].reverse(), catalog);
    expect(csv.endsWith('\r\n')).toBe(true);
    const parsed = parseCsv(csv);
    expect(parsed[0]).toEqual([
      'attempt',
      'date',
      'pack',
      'scenario',
      'title',
      'difficulty',
      'domain',
      'score',
      'no-blame',
      'apology',
      'next-step',
      'readability',
      'must-do',
      'reply',
    ]);
    expect(parsed).toHaveLength(3);
    expect(parsed[1]?.slice(2, 11)).toEqual([
      'practice-billing',
      'billing/double-charge',
      'Charged twice',
      'easy',
      'billing',
      '85',
      '100',
      '50',
      '100',
    ]);
    expect(parsed[1]?.[1]).toBe(new Date(rows[0]?.at ?? 0).toISOString());
    expect(parsed[1]?.[13]).toBe(reply);
    expect(parsed[2]?.[9]).toBe('');
  });
});

/** A strict RFC 4180 reader, only for checking what progressCsv wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}
