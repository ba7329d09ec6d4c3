import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runInProcess, scratchFolder } from './run-in-process.ts';

// The coach as a lead runs it in CI: team and personal rulebooks layered on the starter rules like the extension,
// the same validation as an import (regex safety, examples), and plain one-line errors.
const root = ROOT;
const sample = join(root, 'samples', 'team-rulebook.json');
const write = scratchFolder('tactful-cli-layers-');
const run = runInProcess;

const rule = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'avoid',
  category: 'wording',
  severity: 'hint',
  message: 'Say what you can see.',
  patterns: ['per our records'],
  examples: { bad: ['Per our records, it shipped.'], good: ['I can see it shipped.'] },
  ...extra,
});
const book = (rules: unknown[], id = 'acme/team') => ({ schemaVersion: 2, id, name: 'Acme', rules });

const idsOf = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line).findings.map((f: { ruleId: string }) => f.ruleId));

const reply = `${JSON.stringify({ id: 'r', text: 'Your problem is the cable. Per our records, it shipped.' })}\n`;

describe('coach --team / --personal: the extension’s layering', { timeout: 60_000 }, () => {
  it('layers the team rulebook on the starter rules, and the personal one on both', async () => {
    const team = write('team.json', book([rule('team/records')]));
    const layered = await run(['--jsonl', '--team', team], reply);
    expect(layered.status).toBe(0);
    expect(idsOf(layered.stdout)[0]).toEqual(expect.arrayContaining(['blame/your-problem-is', 'team/records']));

    // A personal rule with the team rule's id redefines it; here it switches it off, as in the extension.
    const personal = write('me.json', book([rule('team/records', { enabled: false })], 'me/mine'));
    const both = await run(['--jsonl', '--team', team, '--personal', personal], reply);
    expect(idsOf(both.stdout)[0]).toContain('blame/your-problem-is');
    expect(idsOf(both.stdout)[0]).not.toContain('team/records');
  });

  it('refuses a team regex that backtracks catastrophically with a clear message instead of hanging', async () => {
    const team = write('redos.json', book([rule('team/redos', { patterns: [], regex: ['(a+)+$'] })]));
    const result = await run(['--team', team, `${'a'.repeat(37)}!`]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^coach: .*redos\.json was not loaded \(1 problem\):\n {2}line \d+: rule `team\/redos`: regex 1 '\(a\+\)\+\$': .*catastrophic backtracking/,
    );
  });

  it('checks every rule’s examples and exits 1 on a failure, naming the rule and the example', async () => {
    const passing = await run(['--team', sample, '--check-examples']);
    expect(passing.status).toBe(0);
    expect(passing.stdout).toMatch(
      /^All \d+ examples of \d+ rules pass \(.*team-rulebook\.json with the starter rules\)\.\n$/,
    );

    const team = write(
      'failing.json',
      book([rule('blame/x', { patterns: ['thanks'], examples: { bad: ['thanks a lot'], good: ['Thanks!'] } })]),
    );
    const failing = await run(['--team', team, '--check-examples']);
    expect(failing.status).toBe(1);
    expect(failing.stdout).toContain(
      "rule `blame/x`: good example 1 'Thanks!' is flagged by the rule — make the pattern narrower or the example different",
    );
    expect(failing.stdout).toMatch(/line \d+: rule `blame\/x`/);

    // A bad example that flags but does not read as its `fixed` text says what the first rewrite gives instead.
    const fixedWrong = write(
      'fixed-wrong.json',
      book([
        rule('blame/y', {
          patterns: ['frankly'],
          replacements: [''],
          examples: { bad: [{ text: 'It is frankly late.', fixed: 'It is so late.' }], good: ['It is late.'] },
        }),
      ]),
    );
    const wrong = await run(['--team', fixedWrong, '--check-examples']);
    expect(wrong.status).toBe(1);
    expect(wrong.stdout).toContain(
      "should read 'It is so late.' after the first rewrite, but the first rewrite gives 'It is late.'",
    );
  });

  it('refuses a rulebook file over 5 MB by its size, before reading it', async () => {
    const big = write('big.json', `{"schemaVersion":2,"description":"${'x'.repeat(6 * 1024 * 1024)}"}`);
    const result = await run(['--team', big, 'hello']);
    expect(result).toMatchObject({ status: 2, stdout: '' });
    expect(result.stderr).toMatch(/big\.json is 6\.0 MB; the largest rulebook Tactful accepts is 5 MB\.\n$/);
  });
});

describe('coach: input and errors a lead meets', { timeout: 60_000 }, () => {
  it('answers a mistyped or incomplete flag with one plain line, no stack trace', async () => {
    const typo = await run(['--tema', 'team.json', 'hello']);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toBe('coach: unknown option --tema. Did you mean --team? Run coach --help for the options.\n');
    const missing = await run(['--team']);
    expect(missing.stderr).toBe('coach: --team needs a value, e.g. --team file.\n');
    const noFile = await run(['--team', join(root, 'nowhere.json'), 'hello']);
    expect(noFile.stderr).toMatch(/^coach: cannot read the rulebook .*nowhere\.json: there is no such file\.\n$/);
    for (const result of [typo, missing, noFile]) expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('gives one output line for every input line in --jsonl, blank lines included', async () => {
    const input = [JSON.stringify({ id: 'a', text: 'Hello.' }), '', '   ', JSON.stringify({ id: 'b', text: '' })].join(
      '\n',
    );
    const result = await run(['--jsonl'], input);
    const lines = result.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ id: 'a', findings: expect.any(Array) });
    expect(lines[1]).toEqual({ id: null, error: 'line 2: blank line, nothing to coach' });
    expect(lines[2]).toEqual({ id: null, error: 'line 3: blank line, nothing to coach' });
    expect(lines[3]).toEqual({ id: 'b', error: 'line 4: the reply is empty, nothing to coach' });
  });

  it('says an empty reply is empty instead of praising it', async () => {
    for (const result of [await run(['']), await run([], '\n  \n')]) {
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('The reply is empty, nothing to coach.\n');
      expect(result.stdout).not.toMatch(/reads well/);
    }
  });

  it('reads a 200 kB reply in plain text from stdin or from --file', { timeout: 60_000 }, async () => {
    const paragraph = 'Your problem is the cable, as I already told you. Thanks for waiting while I checked.\n';
    const text = paragraph.repeat(Math.ceil(200_000 / paragraph.length));
    expect(text.length).toBeGreaterThan(200_000);
    const fromStdin = await run(['--json'], text);
    const fromFile = await run(['--json', '--file', write('reply.txt', text)]);
    for (const result of [fromStdin, fromFile]) {
      expect(result.status).toBe(0);
      const parsed = JSON.parse(result.stdout);
      expect(parsed.findings.filter((f: { ruleId: string }) => f.ruleId === 'blame/your-problem-is').length).toBe(
        Math.ceil(200_000 / paragraph.length),
      );
    }
    expect(fromFile.stdout).toBe(fromStdin.stdout);
  });
});
