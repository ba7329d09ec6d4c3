/**
 * npm run eval: coach both labelled corpora with the CLI and print the scorer's tables.
 * The corpora live in ../shared/corpus (evaluation data only, never bundled); the scorer is
 * ../shared/tools/score-coach.mjs. Extra corpora can be given as arguments.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { compileAndPrepare, type Finding, starterRulebook } from '../rules/index.ts';
import { PROBLEM_TRAINED_ON } from '../rules/model/problem.ts';
import { REPROACH_TRAINED_ON } from '../rules/model/reproach.ts';
import { blameFigures, familyTable, type LabelledItem } from './eval-families.ts';
import {
  countRewrites,
  problemLine,
  REWRITE_HEADER,
  type ReviewEntry,
  type RewriteCounts,
  reviewLines,
  rewriteRow,
} from './eval-rewrites.ts';
import { WRITER_HEADER, writerRows } from './eval-writers.ts';
import { coachLine } from './jsonl.ts';

const shared = resolve(process.env.TACTFUL_SHARED ?? join(import.meta.dirname, '..', '..', 'shared'));
const scorer = join(shared, 'tools', 'score-coach.mjs');
const args = process.argv.slice(2);
/** --rewrites: also write every first rewrite to the review file (docs/rewrite-review.md). */
const writeReview = args.includes('--rewrites');
const named = args.filter((a) => a !== '--rewrites');
const corpora = named.length
  ? named
  : ['dev.jsonl', 'train.jsonl', 'real_replies.jsonl'].map((f) => join(shared, 'corpus', f));
const REVIEW_PATH = join(import.meta.dirname, '..', 'docs', 'rewrite-review.md');
/** Corpora whose sentences may not be copied into the repository (SOURCES.md): listed by id in the review file. */
const isEvaluationOnly = (corpus: string) => corpus.endsWith('real_replies.jsonl');
const rewriteRows: string[] = [];
const reviewSections: string[] = [];
let trainAndDev: RewriteCounts | undefined;

if (!existsSync(scorer)) {
  process.stderr.write(`The scorer is not at ${scorer}; set TACTFUL_SHARED to the shared/ folder.\n`);
  process.exit(2);
}
const ready = compileAndPrepare(starterRulebook);
// A learned check scored on the replies it was trained on measures its memory, not its judgement: on those corpora
// the starter runs without it, and the README gives its figures on sets it never saw.
const unlearned = compileAndPrepare({
  ...starterRulebook,
  rules: starterRulebook.rules.map((r) => (r.kind === 'model' ? { ...r, enabled: false } : r)),
});
if (!ready.ok || !unlearned.ok) throw new Error('starter rulebook does not compile');
const shippedBook = ready.value;
const bookWithoutLearned = unlearned.value;
const trainedOn = new Set(REPROACH_TRAINED_ON);
const problemTrainedOn = new Set(PROBLEM_TRAINED_ON);
const out = mkdtempSync(join(tmpdir(), 'tactful-eval-'));

for (const corpus of corpora) {
  const lines = readFileSync(corpus, 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  const name = basename(corpus);
  const inSample = trainedOn.has(name);
  const book = inSample ? bookWithoutLearned : shippedBook;
  const problemInSample = problemTrainedOn.has(name);
  const outputs = lines.map((line, i) =>
    coachLine(line, i + 1, book, problemInSample ? { learnedCustomerReading: false } : {}),
  );
  const findings = outputs.map((o) => JSON.stringify(o)).join('\n');
  const findingsPath = join(out, `${name}.findings.jsonl`);
  writeFileSync(findingsPath, `${findings}\n`);
  process.stdout.write(`\n## ${name}\n`);
  if (inSample) process.stdout.write('(the learned check is off here: it was trained on these replies)\n');
  if (problemInSample)
    process.stdout.write('(the learned reading of the customer is off here: it was trained on these messages)\n');
  const scored = spawnSync(process.execPath, [scorer, corpus, findingsPath], { encoding: 'utf8' });
  process.stdout.write(scored.stdout);
  if (scored.status !== 0) {
    process.stderr.write(scored.stderr);
    process.exit(scored.status ?? 1);
  }
  const items = lines.map((l) => JSON.parse(l) as LabelledItem);
  if (items.some((item) => item.families)) {
    printFamilies(items, outputs);
    process.stdout.write(
      `\nSignals by writer (leave-one-writer-out only for cues written before that writer was read; see ARCHITECTURE.md):\n${WRITER_HEADER}\n${writerRows(lines, findings.split('\n'), scorer, out).join('\n')}\n`,
    );
  }
  const entries = outputs.flatMap((o) => ('findings' in o ? o.findings.map((finding) => ({ id: o.id, finding })) : []));
  const counts = countRewrites(entries.map((e) => e.finding));
  process.stdout.write(
    `\nRewrites (blame findings):\n${REWRITE_HEADER}\n${rewriteRow(name, counts)}\n${problemLine(counts)}\n`,
  );
  rewriteRows.push(rewriteRow(name, counts));
  if (/(^|\/)(train|dev)\.jsonl$/.test(corpus)) trainAndDev = addCounts(trainAndDev, counts);
  if (writeReview) reviewSections.push(reviewSection(name, entries, isEvaluationOnly(corpus)));
}

if (trainAndDev) {
  process.stdout.write(`\nRewrites on train + dev:\n${REWRITE_HEADER}\n${rewriteRow('train + dev', trainAndDev)}\n`);
  rewriteRows.push(rewriteRow('train + dev', trainAndDev));
}
if (writeReview) {
  writeFileSync(REVIEW_PATH, reviewFile(rewriteRows, reviewSections));
  process.stdout.write(`\nReview file written to ${REVIEW_PATH}\n`);
}

function addCounts(a: RewriteCounts | undefined, b: RewriteCounts): RewriteCounts {
  if (!a) return { ...b, problems: new Map(b.problems) };
  const problems = new Map(a.problems);
  for (const [p, n] of b.problems) problems.set(p, (problems.get(p) ?? 0) + n);
  return {
    blame: a.blame + b.blame,
    attempted: a.attempted + b.attempted,
    firstPassed: a.firstPassed + b.firstPassed,
    oneClick: a.oneClick + b.oneClick,
    problems,
  };
}

/**
 * A corpus's first rewrites, grouped by rule. An evaluation-only corpus is listed by reply id and rule only; its
 * sentences are printed to the terminal for the reader, never written into the repository.
 */
function reviewSection(name: string, entries: ReviewEntry[], evaluationOnly: boolean): string {
  const withRewrite = entries.filter((e) => e.finding.category === 'blame' && e.finding.guard?.first !== undefined);
  const lines = [`## ${name}`, ''];
  if (evaluationOnly) {
    lines.push('Evaluation only (SOURCES.md): listed by id; `npm run eval -- --rewrites` prints the sentences.', '');
    for (const e of withRewrite) {
      const verdict = e.finding.replacements.length > 0 ? 'one-click' : 'withheld';
      lines.push(`- ${e.id} · ${e.finding.ruleId} · ${verdict}`);
      process.stdout.write(`${reviewLines(e).join('\n')}\n`);
    }
  } else {
    const byRule = new Map<string, ReviewEntry[]>();
    for (const e of withRewrite) byRule.set(e.finding.ruleId, [...(byRule.get(e.finding.ruleId) ?? []), e]);
    for (const [rule, list] of [...byRule].sort(([a], [b]) => a.localeCompare(b))) {
      lines.push(`### ${rule}`, '');
      for (const e of list) lines.push(...reviewLines(e));
      lines.push('');
    }
  }
  if (withRewrite.length === 0) lines.push('No blame finding here has a rewrite.');
  return lines.join('\n');
}

function reviewFile(rows: string[], sections: string[]): string {
  return `${[
    '# Rewrite review: every first rewrite of a blame finding on the corpora',
    '',
    'Written by `npm run eval -- --rewrites` (issue 9). For every blame finding whose rule has a rewrite that fits it,',
    'the sentence before and after the first rewrite, and whether it is offered for one click or withheld by the guard',
    '(rules/rewrite/guard.ts). Read every line: a rewrite that would not be sent as it stands is fixed or withdrawn.',
    '',
    REWRITE_HEADER,
    ...rows,
    '',
    ...sections,
  ].join('\n')}\n`;
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
