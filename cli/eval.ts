/**
 * npm run eval: coach both labelled corpora with the CLI and print the scorer's tables.
 * The corpora live in ../shared/corpus (evaluation data only, never bundled); the scorer is
 * ../shared/tools/score-coach.mjs. Extra corpora can be given as arguments.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compileAndPrepare, starterRulebook } from '../rules/index.ts';
import { coachLine } from './jsonl.ts';

const shared = resolve(process.env.TACTFUL_SHARED ?? join(import.meta.dirname, '..', '..', 'shared'));
const scorer = join(shared, 'tools', 'score-coach.mjs');
const corpora = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['dev.jsonl', 'real_replies.jsonl'].map((f) => join(shared, 'corpus', f));

if (!existsSync(scorer)) {
  process.stderr.write(`The scorer is not at ${scorer}; set TACTFUL_SHARED to the shared/ folder.\n`);
  process.exit(2);
}
const ready = compileAndPrepare(starterRulebook);
if (!ready.ok) throw new Error('starter rulebook does not compile');
const book = ready.value;
const out = mkdtempSync(join(tmpdir(), 'tactful-eval-'));

for (const corpus of corpora) {
  const lines = readFileSync(corpus, 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  const findings = lines.map((line, i) => JSON.stringify(coachLine(line, i + 1, book))).join('\n');
  const findingsPath = join(out, `${corpus.split('/').pop()}.findings.jsonl`);
  writeFileSync(findingsPath, `${findings}\n`);
  process.stdout.write(`\n## ${corpus.split('/').pop()}\n`);
  const scored = spawnSync(process.execPath, [scorer, corpus, findingsPath], { encoding: 'utf8' });
  process.stdout.write(scored.stdout);
  if (scored.status !== 0) {
    process.stderr.write(scored.stderr);
    process.exit(scored.status ?? 1);
  }
}
process.stdout.write(`\nFindings written to ${out}\n`);
