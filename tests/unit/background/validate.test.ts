import { describe, expect, it } from 'vitest';
import { validateRulebookCsv, validateRulebookText } from '../../../background/validate.ts';
import './regex-safety-provided.ts';
import { avoidRule, json, rulebook } from '../storage/helpers.ts';

const good = rulebook('acme/voice', [avoidRule('team/not-our-fault', 'not our fault')]);

function problemsOf(text: string) {
  const outcome = validateRulebookText(text);
  expect(outcome.ok).toBe(false);
  return outcome.ok ? [] : outcome.problems;
}

describe('rulebook file validation (C2)', () => {
  it('accepts a valid rulebook', () => {
    const outcome = validateRulebookText(json(good));
    expect(outcome).toMatchObject({ ok: true, value: { id: 'acme/voice', rules: [{ id: 'team/not-our-fault' }] } });
  });

  it('migrates a schemaVersion 1 phrase list', () => {
    const outcome = validateRulebookText(
      json({ schemaVersion: 1, name: 'Old', phrases: [{ phrase: 'calm down', rewrite: 'I understand' }] }),
    );
    expect(outcome.ok).toBe(true);
    if (outcome.ok)
      expect(outcome.value.rules[0]).toMatchObject({
        kind: 'avoid',
        patterns: ['calm down'],
        replacements: ['I understand'],
      });
  });

  it('names broken JSON', () => {
    expect(problemsOf('{"schemaVersion": 2, ')[0]?.message).toMatch(/not valid JSON/);
  });

  it('names a wrong or newer schema version', () => {
    expect(problemsOf(json({ ...good, schemaVersion: 99 }))[0]).toMatchObject({
      path: 'schemaVersion',
      message: expect.stringMatching(/newer/),
    });
    expect(problemsOf(json({ ...good, schemaVersion: undefined }))[0]?.path).toBe('schemaVersion');
  });

  it('names an unknown rule kind with its path', () => {
    const bad = { ...good, rules: [{ ...good.rules[0], kind: 'shout' }] };
    expect(problemsOf(json(bad)).map((p) => p.path)).toContain('rules[0].kind');
  });

  it('names duplicate rule ids', () => {
    const bad = rulebook('x', [avoidRule('team/a', 'foo'), avoidRule('team/a', 'bar')]);
    expect(problemsOf(json(bad))).toContainEqual({
      path: 'rules[1].id',
      line: 1,
      message: "rule `team/a`: id 'team/a' is also the id of rule 1 — give each rule its own id",
    });
  });

  it('refuses a file over 5 MB without parsing it', () => {
    const big = json({ ...good, description: 'x'.repeat(10 * 1024 * 1024) });
    expect(problemsOf(big)[0]?.message).toMatch(/10\.0 MB.*5 MB/);
  });

  it('refuses 100,000 rules with one message', () => {
    const many = { ...good, rules: Array.from({ length: 100_000 }, () => 1) };
    const problems = problemsOf(json(many));
    expect(problems).toEqual([{ path: 'rules', message: expect.stringMatching(/100,000 rules.*5,000/) }]);
  });

  it('refuses a regex with catastrophic backtracking, naming it', () => {
    const bad = rulebook('x', [avoidRule('team/redos', 'foo', { regex: ['^(\\w|\\d)+$'] } as never)]);
    expect(problemsOf(json(bad))).toEqual([
      {
        path: 'rules[0].regex[0]',
        line: 1,
        message: expect.stringMatching(
          /^rule `team\/redos`: regex 1 '\^\(\\w\|\\d\)\+\$': .*catastrophic backtracking/,
        ),
      },
    ]);
  });

  it('refuses __proto__ and constructor keys before anything else looks at them', () => {
    const text = `{"schemaVersion":2,"id":"x","name":"X","rules":[{"__proto__":{"polluted":true}}],"constructor":{"prototype":{}}}`;
    const problems = problemsOf(text);
    expect(problems.map((p) => p.path)).toEqual(expect.arrayContaining(['rules[0].__proto__', 'constructor']));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses HTML or script in coaching text, but allows placeholders like <name>', () => {
    const xss = rulebook('x', [avoidRule('team/xss', 'foo', { message: 'Hi <img src=x onerror=alert(1)>' })]);
    expect(problemsOf(json(xss))).toEqual([
      { path: 'rules[0].message', line: 1, message: expect.stringMatching(/^rule `team\/xss`: message '.*plain text/) },
    ]);
    const script = rulebook('x', [
      avoidRule('team/xss', 'foo', { replacements: ['<script>alert(1)</script>'] } as never),
    ]);
    expect(problemsOf(json(script))[0]?.path).toBe('rules[0].replacements[0]');
    const placeholder = rulebook('x', [avoidRule('team/ok', 'foo', { message: 'Say "Hi <name>" instead.' })]);
    expect(validateRulebookText(json(placeholder)).ok).toBe(true);
  });

  it('names a pattern that cannot be read', () => {
    const bad = rulebook('x', [avoidRule('team/a', 'foo', { regex: ['(unclosed'] } as never)]);
    expect(problemsOf(json(bad))[0]?.path).toBe('rules[0].regex[0]');
  });
});

describe('CSV import of phrase → rewrite pairs', () => {
  it('turns rows into avoid rules, with or without a header', () => {
    const withHeader = validateRulebookCsv(
      'phrase,rewrite,message\r\nnot our fault,"I\'m sorry, let me fix this",Own it.\r\ncalm down,I understand\r\n',
      'Sheet',
    );
    expect(withHeader.ok).toBe(true);
    if (!withHeader.ok) return;
    expect(withHeader.value.name).toBe('Sheet');
    expect(withHeader.value.rules.map((r) => r.kind === 'avoid' && [r.patterns, r.replacements, r.message])).toEqual([
      [['not our fault'], ["I'm sorry, let me fix this"], 'Own it.'],
      [['calm down'], ['I understand'], expect.any(String)],
    ]);
    const plain = validateRulebookCsv('calm down;I understand\n');
    expect(plain.ok && plain.value.rules.length).toBe(1);
  });

  it('names the spreadsheet row of a problem', () => {
    const outcome = validateRulebookCsv('phrase,rewrite\nfine,ok\n,orphan rewrite\n');
    expect(outcome).toEqual({
      ok: false,
      problems: [{ path: 'row 3', line: 3, message: expect.stringMatching(/no phrase/) }],
    });
    const unclosed = validateRulebookCsv('phrase,rewrite\n"never closed,x\n');
    expect(unclosed.ok).toBe(false);
    if (!unclosed.ok) expect(unclosed.problems[0]?.message).toMatch(/never closed/);
  });

  it('refuses an empty sheet', () => {
    expect(validateRulebookCsv('phrase,rewrite\n\n').ok).toBe(false);
  });
});
