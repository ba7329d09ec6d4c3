/**
 * npm run eval: coach both labelled corpora with the CLI and print the scorer's tables.
 * The corpora live in ../shared/corpus (evaluation data only, never bundled); the scorer is
 * ../shared/tools/score-coach.mjs. Extra corpora can be given as arguments.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compileAndPrepare, type Finding, starterRulebook } from '../rules/index.ts';
import { blameFigures, familyTable, type LabelledItem } from './eval-families.ts';
import { coachLine } from './jsonl.ts';

const shared = resolve(process.env.TACTFUL_SHARED ?? join(import.meta.dirname, '..', '..', 'shared'));
const scorer = join(shared, 'tools', 'score-coach.mjs');
const corpora = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['dev.jsonl', 'train.jsonl', 'real_replies.jsonl'].map((f) => join(shared, 'corpus', f));

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
  const outputs = lines.map((line, i) => coachLine(line, i + 1, book));
  const findings = outputs.map((o) => JSON.stringify(o)).join('\n');
  const findingsPath = join(out, `${corpus.split('/').pop()}.findings.jsonl`);
  writeFileSync(findingsPath, `${findings}\n`);
  process.stdout.write(`\n## ${corpus.split('/').pop()}\n`);
  const scored = spawnSync(process.execPath, [scorer, corpus, findingsPath], { encoding: 'utf8' });
  process.stdout.write(scored.stdout);
  if (scored.status !== 0) {
    process.stderr.write(scored.stderr);
    process.exit(scored.status ?? 1);
  }
  const items = lines.map((l) => JSON.parse(l) as LabelledItem);
  if (items.some((item) => item.families)) printFamilies(items, outputs);
}

/**
 * Blame by family, and by writer (ids start with the writer's letter). The per-writer rows score each writer's
 * replies separately; they are only leave-one-writer-out figures for rules written before that writer's replies were
 * read. Once every writer's replies have been read they are optimistic: the honest held-out figures measured while
 * the families were written are in the README.
 */
function printFamilies(items: LabelledItem[], outputs: ReturnType<typeof coachLine>[]) {
  const byId = new Map<string, Finding[]>();
  for (const o of outputs) if ('findings' in o) byId.set(o.id, o.findings);
  process.stdout.write(
    `\nBlame by family (span R = gold spans overlapped by any blame finding):\n${familyTable(items, byId)}\n`,
  );
  process.stdout.write(
    '\nBlame by writer (optimistic: all writers were read while writing rules; see README for held-out figures):\n',
  );
  process.stdout.write('| writer | replies | blame P | blame R | span R |\n|---|---|---|---|---|\n');
  for (const w of [...new Set(items.map((i) => i.id[0] ?? ''))].sort()) {
    const f = blameFigures(
      items.filter((i) => i.id[0] === w),
      byId,
    );
    process.stdout.write(`| ${w} | ${f.n} | ${f.p} | ${f.r} | ${f.spanR} |\n`);
  }
}
process.stdout.write(`\nFindings written to ${out}\n`);
