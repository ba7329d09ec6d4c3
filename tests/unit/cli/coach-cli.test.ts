import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runInProcess, scratchFolder } from './run-in-process.ts';

// The CLI's function in-process (a tsx child process costs seconds per case), plus one smoke test of the real
// executable exactly as `npm run --silent coach` runs it.
const root = ROOT;
const write = scratchFolder('tactful-cli-');
const run = runInProcess;

const jsonlInput = [
  JSON.stringify({ id: 'a', text: 'Your problem is the cable.' }),
  'this is not json',
  JSON.stringify({ id: 'b' }),
  JSON.stringify({ id: 7, text: "I'm sorry. I've refunded you today.", customer: 'I was charged twice!' }),
].join('\n');

function expectJsonlAnswers(stdout: string) {
  const lines = stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  expect(lines).toHaveLength(4);
  expect(lines[0].id).toBe('a');
  expect(lines[0].findings.some((f: { ruleId: string }) => f.ruleId === 'blame/your-problem-is')).toBe(true);
  expect(lines[1]).toEqual({ id: null, error: 'line 2: not valid JSON' });
  expect(lines[2].id).toBe('b');
  expect(lines[2].error).toMatch(/text/);
  expect(lines[3]).toMatchObject({ id: '7', signals: { apology: true, nextStep: true, customerProblem: true } });
}

describe('coach CLI', () => {
  it('answers one line per input line, in order, and survives bad lines', async () => {
    const result = await run(['--jsonl'], jsonlInput);
    expect(result.status).toBe(0);
    expectJsonlAnswers(result.stdout);
  });

  it('prints readable findings in human mode', async () => {
    const result = await run([
      'You need to calm down before we can help you. The parcel is at the depot, as I mentioned earlier.',
      '--customer',
      'Where is my repair??',
    ]);
    expect(result.status).toBe(0);
    // The flagged words are the phrase; the removal names the whole sentence it takes out.
    expect(result.stdout).toContain('0-44 "You need to calm down before we can help you"');
    expect(result.stdout).toContain('→ (remove "You need to calm down before we can help you.")');
    expect(result.stdout).toContain('"as I mentioned earlier"');
    expect(result.stdout).toContain('→ (remove ", as I mentioned earlier")');
    expect(result.stdout).toContain('missing-apology');
  });

  it('uses a rulebook alone only with --alone, and explains a broken one', async () => {
    const good = write(
      'team-v1.json',
      JSON.stringify({
        schemaVersion: 1,
        name: 'Team',
        phrases: [{ phrase: 'per our records', rewrite: 'I can see that' }],
      }),
    );
    const line = `${JSON.stringify({ id: 'x', text: 'Per our records, it shipped.' })}\n`;
    const ok = await run(['--jsonl', '--rulebook', good, '--alone'], line);
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['team/per-our-records']);
    const withoutAlone = await run(['--jsonl', '--rulebook', good], line);
    expect(withoutAlone).toMatchObject({ status: 2, stdout: '' });
    expect(withoutAlone.stderr).toMatch(/^coach: --rulebook replaces the starter rules; add --alone .* --team FILE/);
    const bad = write('bad.json', '{"schemaVersion": 2, "rules": "nope"}');
    const failed = await run(['--jsonl', '--rulebook', bad, '--alone'], '');
    expect(failed.status).toBe(2);
    expect(failed.stderr).toContain(
      `coach: ${bad} was not loaded (3 problems):\n  line 1: id is missing — give it an id such as team/short-name\n  line 1: name is missing — give the rulebook a name\n`,
    );
    expect(failed.stderr).toContain("line 1: rules 'nope' should be a list ([…]) but is text");
  });
  it('runs as the real executable on stdin and stdout (smoke test of the contract)', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'cli', 'coach.ts'), '--jsonl'], {
      input: jsonlInput,
      encoding: 'utf8',
      cwd: root,
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expectJsonlAnswers(result.stdout);
  }, 30_000);
});
