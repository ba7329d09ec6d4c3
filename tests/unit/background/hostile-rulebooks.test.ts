import { describe, expect, it } from 'vitest';
import { importRulebook, previewImport } from '../../../background/import.ts';
import { validateRulebookCsv, validateRulebookText } from '../../../background/validate.ts';
import { starterRulebook } from '../../../rules/index.ts';
import { NO_POLICY } from '../../../storage/policy.ts';
import { listVersions, restoreVersion } from '../../../storage/versions.ts';
import { avoidRule, freshDb, json, rulebook } from '../storage/helpers.ts';

/**
 * RELIABILITY C14: what a malicious or careless rulebook can carry, each refused before anything is stored, with a
 * message a lead can act on (the rule by id, the field in plain words, the line) and never a validator's own text.
 */
function problemsOf(text: string) {
  const outcome = validateRulebookText(text);
  expect(outcome.ok).toBe(false);
  return outcome.ok ? [] : outcome.problems;
}

const pretty = (value: unknown) => JSON.stringify(value, null, 2);
const RAW_VALIDATOR_TEXT = /Invalid input|Too small|Too big|expected (string|object|array)|rules\[\d+\]/;

describe('every problem in a file at once, in plain words, with its line (C2)', () => {
  it('reports schema errors, an unsafe regex and a failing example together', { timeout: 60_000 }, () => {
    const text = pretty({
      schemaVersion: 2,
      id: 'acme/team',
      name: 'Acme',
      rules: [
        { ...avoidRule('team/empty', 'foo'), message: '' },
        { ...avoidRule('team/redos', 'bar'), message: '', regex: ['(a+)+$'] },
        {
          ...avoidRule('blame/x', 'thanks'),
          examples: { bad: ['thanks a lot'], good: ['Thanks!'] },
        },
        { ...avoidRule('team/no-examples', 'baz'), examples: undefined },
      ],
    });
    const problems = problemsOf(text);
    const lines = text.split('\n');
    expect(problems.map((p) => p.message)).toEqual([
      'rule `team/empty`: message is empty — write what the agent should read',
      'rule `team/redos`: message is empty — write what the agent should read',
      expect.stringMatching(/^rule `team\/redos`: regex 1 '\(a\+\)\+\$': .*catastrophic backtracking/),
      "rule `blame/x`: good example 1 'Thanks!' is flagged by the rule — make the pattern narrower or the example different",
      'rule `team/no-examples`: examples is missing — write a sentence',
    ]);
    for (const p of problems) expect(p.message).not.toMatch(RAW_VALIDATOR_TEXT);
    // Each line number points at the line of the file that holds the field.
    expect(lines[(problems[0]?.line ?? 0) - 1]).toMatch(/"message": ""/);
    expect(lines[(problems[2]?.line ?? 0) - 1]).toMatch(/"\(a\+\)\+\$"/);
    expect(lines[(problems[3]?.line ?? 0) - 1]).toMatch(/"Thanks!"/);
    expect(lines[(problems[4]?.line ?? 0) - 1]).toBe('    {');
  });

  it('names a CSV problem by its row and the line it starts on, even after a cell with a line break', () => {
    const csv = 'phrase,rewrite,message\nnot our fault,Sorry,"Own it.\nAlways."\nthanks,ok,Fine.\n';
    const outcome = validateRulebookCsv(csv);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    // Row 3 starts on line 4: row 2's message spans two lines.
    expect(outcome.problems).toEqual([
      {
        path: 'row 3',
        line: 4,
        message: expect.stringMatching(/^rule `team\/thanks`: good example 1 '.*' is flagged by the rule/),
      },
    ]);
  });
});

describe('hostile rulebooks are refused and nothing stored is lost (C14)', () => {
  it('refuses HTML and javascript: links in messages, rewrites, notes and names', () => {
    const book = {
      ...rulebook('acme/x', [
        avoidRule('team/a', 'foo', { message: 'Click <a href="javascript:alert(1)">here</a>' }),
        avoidRule('team/b', 'bar', {
          replacements: ['javascript:alert(document.cookie)'],
          examples: { bad: ['Well, bar again.'], good: ['Thanks for writing in.'] },
        } as never),
        avoidRule('team/c', 'baz', { note: '<svg onload=alert(1)>' } as never),
        avoidRule('team/d', 'qux', { url: 'javascript:alert(1)' } as never),
      ]),
      name: '<script>alert(1)</script>',
    };
    const problems = problemsOf(json(book));
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^name '<script>.*' contains HTML or a script/),
      expect.stringMatching(/^rule `team\/a`: message '.*' contains HTML or a script/),
      expect.stringMatching(/^rule `team\/b`: rewrite 1 'javascript:.*' contains HTML or a script/),
      expect.stringMatching(/^rule `team\/c`: note '<svg.*' contains HTML or a script/),
      expect.stringMatching(
        /^rule `team\/d`: link 'javascript:alert\(1\)' should be a link that starts with https:\/\//,
      ),
    ]);
  });

  it('refuses prototype-pollution keys, and pollutes nothing', () => {
    const text =
      '{"schemaVersion":2,"id":"x","name":"X","rules":[{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"polluted":1}}}]}';
    expect(
      problemsOf(text)
        .map((p) => p.message)
        .sort(),
    ).toEqual([
      'rule 1: __proto__ has the key "__proto__", which is not allowed in a rulebook',
      'rule 1: constructor has the key "constructor", which is not allowed in a rulebook',
    ]);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a 50 MB file and 100,000 rules by size and count, before parsing or the schema', () => {
    // Not even JSON: the size is what is reported, so nothing tried to parse it.
    const fifty = `{${'x'.repeat(50 * 1024 * 1024)}`;
    expect(problemsOf(fifty)).toEqual([{ path: '', message: expect.stringMatching(/at least 50\.0 MB.*5 MB/) }]);
    // 100,000 empty rules would give the schema millions of problems: one message, from the count.
    const many = json({ schemaVersion: 2, id: 'x', name: 'X', rules: Array.from({ length: 100_000 }, () => ({})) });
    expect(problemsOf(many)).toEqual([{ path: 'rules', message: expect.stringMatching(/100,000 rules.*5,000/) }]);
  });

  it('refuses JSON nested deeper than any rulebook, without overflowing the stack', () => {
    const deep = `{"schemaVersion":2,"id":"x","name":"X","rules":[],"description":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(problemsOf(deep)).toEqual([
      {
        path: expect.stringMatching(/^description(\[0\])+$/),
        line: 1,
        message: expect.stringMatching(/nested more than 32 levels/),
      },
    ]);
  });

  it('refuses lone surrogates in any text, naming the field', () => {
    const lone = '\uD800';
    const book = rulebook('x', [
      avoidRule('team/lone', `foo${lone}`),
      avoidRule('team/fine', 'bar', { message: 'An emoji is fine 👍' } as never),
    ]);
    const problems = problemsOf(JSON.stringify(book));
    // The helper's rule repeats its phrase in the message and the bad example: each is named.
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^rule `team\/lone`: message '.*' has a broken character .*retype/),
      expect.stringMatching(/^rule `team\/lone`: pattern 1 'foo.' has a broken character .*retype/),
      expect.stringMatching(/^rule `team\/lone`: bad example 1 (text )?'.*' has a broken character .*retype/),
    ]);
    expect(problemsOf(`{"schemaVersion":2,"id":"x","name":"\\udc00 X","rules":[]}`)[0]?.message).toMatch(
      /^name '.* X' has a broken character/,
    );
  });

  it('refuses regexes that backtrack catastrophically through backreferences, lookbehind and long alternations', {
    timeout: 120_000,
  }, () => {
    const alternation = `^(?:${Array.from({ length: 40 }, (_, i) => `a{${i + 1}}`).join('|')})+$`;
    const regexes = ['^(a|a)+\\1$', '(?<=(a+)+)b', '^(?:(\\w+)\\s?)+\\1$', alternation];
    const book = rulebook(
      'x',
      regexes.map((regex, i) => avoidRule(`team/redos-${i}`, `zz${i}`, { regex: [regex] } as never)),
    );
    const problems = problemsOf(json(book));
    for (const [i] of regexes.entries())
      expect(problems.map((p) => p.message)).toContainEqual(
        expect.stringMatching(
          new RegExp(`^rule \`team/redos-${i}\`: regex 1 '.*': this regular expression (can take|could not be)`),
        ),
      );
  });

  it('never applies a valid rulebook that switches every rule off without a preview; the layer stays', async () => {
    const db = freshDb();
    try {
      const before = rulebook('acme/voice', [avoidRule('team/keep', 'keep me')]);
      expect(await importRulebook(db, { layer: 'team', format: 'json', text: json(before) }, NO_POLICY)).toMatchObject({
        ok: true,
      });
      const quiet = rulebook(
        'acme/quiet',
        starterRulebook.rules.map((rule) => ({ ...rule, enabled: false })),
      );
      const result = await importRulebook(db, { layer: 'team', format: 'json', text: json(quiet) }, NO_POLICY);
      expect(result).toEqual({
        ok: false,
        problems: [{ path: 'rules', message: expect.stringMatching(/switches off every rule.*not applied/) }],
      });
      expect((await db.rulebooks.get('team'))?.book).toEqual(before);
    } finally {
      await db.delete();
    }
  }, 120_000);

  it('applies a rulebook that switches every rule off only after the preview warns and the lead confirms; History undoes it', async () => {
    const db = freshDb();
    try {
      const before = rulebook('acme/voice', [avoidRule('team/keep', 'keep me')]);
      await importRulebook(db, { layer: 'team', format: 'json', text: json(before) }, NO_POLICY);
      // Every starter rule and the team's own redefined by id as a plain phrase, switched off.
      const quiet = rulebook(
        'acme/quiet',
        [...starterRulebook.rules, ...before.rules].map((rule) => ({
          ...avoidRule(rule.id, 'zq quiet phrase'),
          enabled: false,
        })),
      );
      const request = { layer: 'team', format: 'json', text: json(quiet), fileName: 'quiet.json' } as const;
      // The preview says how many rules would go quiet.
      const preview = await previewImport(db, request, NO_POLICY);
      expect(preview).toMatchObject({ ok: true, switchesOffAll: starterRulebook.rules.length + 1 });
      // Confirmed: applied as a version of its own, and History gives the layer back exactly.
      const applied = await importRulebook(db, { ...request, mode: 'replace', confirmSwitchOff: true }, NO_POLICY);
      expect(applied).toMatchObject({ ok: true });
      expect((await db.rulebooks.get('team'))?.book).toEqual(quiet);
      const [latest, previous] = await listVersions(db, 'team');
      expect(latest?.cause.what).toBe('Imported quiet.json (replace), switching every rule off');
      await restoreVersion(db, previous?.id as number, { by: 'you', what: 'Undo' });
      expect((await db.rulebooks.get('team'))?.book).toEqual(before);
      // A file that leaves a rule on gets no warning.
      const fine = await previewImport(db, { ...request, text: json(before) }, NO_POLICY);
      expect(fine).toMatchObject({ ok: true });
      expect(fine).not.toHaveProperty('switchesOffAll');
    } finally {
      await db.delete();
    }
  }, 120_000);
});
