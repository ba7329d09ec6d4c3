import { describe, expect, it } from 'vitest';
import { buildCatalog, loadBuiltinPacks } from '../../../practice/catalog.ts';
import { parseMustDo } from '../../../practice/must-do.ts';
import { gradeReply } from '../../../practice/rubric.ts';
import { BUILTIN_SCENARIO_FILES } from '../../../practice/scenarios/index.ts';
import { check, parseRulebook } from '../../../rules/index.ts';
import { starter } from './engine.ts';

const { books, problems } = loadBuiltinPacks();
const catalog = buildCatalog(books);

describe('built-in scenario packs', () => {
  it('every file is a valid rulebook file (the same parser as an import)', () => {
    expect(problems).toEqual([]);
    expect(books).toHaveLength(BUILTIN_SCENARIO_FILES.length);
    for (const book of books) expect(book.rules).toEqual([]);
  });

  it('hold at least 24 scenarios with unique ids, three difficulties and the required domains', () => {
    expect(catalog.length).toBeGreaterThanOrEqual(24);
    expect(new Set(catalog.map((s) => s.id)).size).toBe(catalog.length);
    for (const level of ['easy', 'medium', 'hard'] as const) {
      expect(catalog.filter((s) => s.difficulty === level).length).toBeGreaterThanOrEqual(6);
    }
    const domains = new Set(catalog.map((s) => s.domain));
    for (const domain of ['shipping', 'billing', 'outage', 'refund', 'account lockout', 'repeat contact', 'question']) {
      expect(domains).toContain(domain);
    }
  });

  it('give every scenario at least two must-do items the rubric can check', () => {
    for (const s of catalog) {
      const checked = s.mustDo.map(parseMustDo).filter((item) => item.cues.length > 0);
      expect(checked.length, s.id).toBeGreaterThanOrEqual(2);
      for (const item of checked) expect(item.text, s.id).not.toMatch(/[[\]]/);
    }
  });

  it('include plain questions that need no apology, and problems that do', () => {
    const prepared = starter();
    const problemOf = (customer: string) => check('Hello.', prepared, { customer }).signals.customerProblem;
    const questions = catalog.filter((s) => s.domain === 'question');
    expect(questions.length).toBeGreaterThanOrEqual(3);
    for (const s of questions) expect(problemOf(s.customer), s.id).toBe(false);
    const problemsReported = catalog.filter((s) => problemOf(s.customer) === true);
    expect(problemsReported.length).toBeGreaterThanOrEqual(12);
  });
});

describe('model answers', () => {
  const prepared = starter();

  it.each(catalog.map((s) => [s.id, s] as const))('%s: the engine flags no blame', (_id, scenario) => {
    const { findings } = check(scenario.modelAnswer, prepared, { customer: scenario.customer });
    const blame = findings.filter((f) => f.category === 'blame').map((f) => scenario.modelAnswer.slice(f.start, f.end));
    expect(blame).toEqual([]);
  });

  it.each(catalog.map((s) => [s.id, s] as const))('%s: scores full marks on every point', (_id, scenario) => {
    const grade = gradeReply(scenario.modelAnswer, scenario, prepared);
    const missed = grade.points.filter((p) => p.applies && p.ratio < 1).map((p) => `${p.id}: ${p.details.join(' ')}`);
    expect(missed).toEqual([]);
    expect(grade.total).toBe(100);
  });
});

describe('team scenario packs', () => {
  const pack = (scenario: Record<string, unknown>) => ({
    schemaVersion: 2,
    id: 'team-pack',
    name: 'Team pack',
    rules: [],
    scenarios: [scenario],
  });
  const good = {
    id: 'team/warranty',
    title: 'Warranty question',
    difficulty: 'medium',
    domain: 'warranty',
    customer: 'Is my kettle still under warranty? I bought it in 2023.',
    facts: ['Kettles have a 3-year warranty.'],
    mustDo: ['Say how long the warranty lasts [3 years|three years]'],
    modelAnswer:
      'Hi Max,\n\nYes, it is. Kettles come with a 3-year warranty, so yours is covered until 2026.\n\nBest,\nAlex',
  };

  it('are accepted in the rulebook format and join the catalog after the built-in packs', () => {
    const parsed = parseRulebook(pack(good));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const merged = buildCatalog([...books, parsed.value]);
    expect(merged).toHaveLength(catalog.length + 1);
    expect(merged[merged.length - 1]).toMatchObject({ pack: 'team-pack', key: 'team-pack:team/warranty' });
  });

  it('are rejected with a path when a scenario is incomplete or malformed', () => {
    const { modelAnswer: _dropped, ...noAnswer } = good;
    const missing = parseRulebook(pack(noAnswer));
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.problems.map((p) => p.path)).toContain('scenarios[0].modelAnswer');

    const badLevel = parseRulebook(pack({ ...good, difficulty: 'expert' }));
    expect(badLevel.ok).toBe(false);
    if (!badLevel.ok) expect(badLevel.problems.map((p) => p.path)).toContain('scenarios[0].difficulty');

    const noMustDo = parseRulebook(pack({ ...good, mustDo: [] }));
    expect(noMustDo.ok).toBe(false);
  });

  it('keep a built-in scenario when a pack reuses its id (scenarios are keyed by pack and id)', () => {
    const parsed = parseRulebook(pack({ ...good, id: 'shipping/late-parcel' }));
    if (!parsed.ok) throw new Error('pack should parse');
    const merged = buildCatalog([...books, parsed.value]);
    expect(merged.filter((s) => s.id === 'shipping/late-parcel').map((s) => s.pack)).toEqual([
      'practice-shipping',
      'team-pack',
    ]);
  });
});
