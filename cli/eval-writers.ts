/**
 * The signal measures by writer, for a corpus whose ids start with the writer's letter (train.jsonl: a, b, c).
 * Each writer's replies and findings are scored on their own with the shared scorer, so the figures mean exactly what
 * the corpus-wide ones mean. They are leave-one-writer-out figures only for cues written before that writer's replies
 * were read; docs/design/ARCHITECTURE.md ("Signals") says which writer was held out for which change.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Counts {
  precision: number | null;
  recall: number | null;
  f1: number | null;
  accuracy: number | null;
  n: number;
}
interface Scored {
  missingApology: Counts;
  missingNextStep: Counts;
  nextStepSignal: Counts;
  customerProblemSignal: Counts;
  cleanFalseFlagRate: number | null;
  cleanItems: number;
}

const fmt = (x: number | null | undefined): string =>
  x === null || x === undefined ? '   - ' : x.toFixed(2).padStart(5);

export const WRITER_HEADER =
  '| writer | replies | customer-problem acc | next-step acc | missing-apology F1 | missing-next-step F1 | missing-next-step P | any flag on clean |\n|---|---|---|---|---|---|---|---|';

/** One row per writer: `lines` are the corpus's JSONL lines and `findings` the coach's output lines, in the same order. */
export function writerRows(lines: string[], findings: string[], scorer: string, dir: string): string[] {
  const ids = lines.map((l) => String((JSON.parse(l) as { id: string }).id));
  const writers = [...new Set(ids.map((id) => id[0] ?? ''))].sort();
  return writers.map((w) => {
    const keep = ids.map((id) => id[0] === w);
    const corpusPath = join(dir, `writer-${w}.jsonl`);
    const findingsPath = join(dir, `writer-${w}.findings.jsonl`);
    writeFileSync(corpusPath, `${lines.filter((_, i) => keep[i]).join('\n')}\n`);
    writeFileSync(findingsPath, `${findings.filter((_, i) => keep[i]).join('\n')}\n`);
    const run = spawnSync(process.execPath, [scorer, corpusPath, findingsPath, '--json'], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`scorer failed on writer ${w}: ${run.stderr}`);
    const s = JSON.parse(run.stdout) as Scored;
    const n = keep.filter(Boolean).length;
    return `| ${w} | ${n} | ${fmt(s.customerProblemSignal.accuracy)} | ${fmt(s.nextStepSignal.accuracy)} | ${fmt(s.missingApology.f1)} | ${fmt(s.missingNextStep.f1)} | ${fmt(s.missingNextStep.precision)} | ${fmt(s.cleanFalseFlagRate)} |`;
  });
}
