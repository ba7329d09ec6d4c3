import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The real CLI in a child process, exactly as `npm run --silent coach` runs it.
const root = join(import.meta.dirname, '..', '..', '..');
const run = (args: string[], input = '') =>
  spawnSync(process.execPath, ['--import', 'tsx', join(root, 'cli', 'coach.ts'), ...args], {
    input,
    encoding: 'utf8',
    cwd: root,
  });

describe('coach CLI', () => {
  it('answers one line per input line, in order, and survives bad lines', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Your problem is the cable.' }),
      'this is not json',
      JSON.stringify({ id: 'b' }),
      JSON.stringify({ id: 7, text: "I'm sorry. I've refunded you today.", customer: 'I was charged twice!' }),
    ].join('\n');
    const result = run(['--jsonl'], input);
    expect(result.status).toBe(0);
    const lines = result.stdout
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
  }, 30_000);

  it('prints readable findings in human mode', () => {
    const result = run(['As I already told you, the part is on back order.', '--customer', 'Where is my repair??']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('"As I already told you"');
    expect(result.stdout).toContain('→ "Just to confirm what we discussed,"');
    expect(result.stdout).toContain('missing-apology');
  }, 30_000);

  it('uses a rulebook file and explains a broken one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tactful-cli-'));
    const good = join(dir, 'team.json');
    writeFileSync(
      good,
      JSON.stringify({
        schemaVersion: 1,
        name: 'Team',
        phrases: [{ phrase: 'per our records', rewrite: 'I can see that' }],
      }),
    );
    const ok = run(
      ['--jsonl', '--rulebook', good],
      `${JSON.stringify({ id: 'x', text: 'Per our records, it shipped.' })}\n`,
    );
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).findings[0].replacements).toEqual(['I can see that']);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"schemaVersion": 2, "rules": "nope"}');
    const failed = run(['--jsonl', '--rulebook', bad], '');
    expect(failed.status).toBe(2);
    expect(failed.stderr).toMatch(/has problems:\n {2}id:/);
  }, 30_000);
});
