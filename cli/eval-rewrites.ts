/**
 * The rewrite figures of `npm run eval` and the review file `npm run eval -- --rewrites` writes: for every blame
 * finding, whether its rule had a rewrite for it, whether the first passed the guard, and whether one is offered for
 * one click; and every first rewrite as the sentence before → after, for a person to read.
 */
import type { Finding } from '../rules/types.ts';

export interface RewriteCounts {
  blame: number;
  /** Findings whose rule filled at least one rewrite template for them. */
  attempted: number;
  /** …and whose first rewrite passed the guard. */
  firstPassed: number;
  /** Findings that offer a one-click rewrite. */
  oneClick: number;
  problems: Map<string, number>;
}

export function countRewrites(findings: Iterable<Finding>): RewriteCounts {
  const counts: RewriteCounts = { blame: 0, attempted: 0, firstPassed: 0, oneClick: 0, problems: new Map() };
  for (const f of findings) {
    if (f.category !== 'blame') continue;
    counts.blame++;
    if (f.replacements.length > 0) counts.oneClick++;
    if (!f.guard || f.guard.attempted === 0) continue;
    counts.attempted++;
    if (f.guard.firstPassed) counts.firstPassed++;
    for (const p of new Set(f.guard.problems)) counts.problems.set(p, (counts.problems.get(p) ?? 0) + 1);
  }
  return counts;
}

const pct = (n: number, d: number) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1)} %`);

export function rewriteRow(name: string, c: RewriteCounts): string {
  return `| ${name} | ${c.blame} | ${c.attempted} | ${c.firstPassed} (${pct(c.firstPassed, c.attempted)}) | ${c.oneClick} (${pct(c.oneClick, c.blame)}) |`;
}

export const REWRITE_HEADER =
  '| corpus | blame findings | with a rewrite | first passes the guard | one-click |\n|---|---|---|---|---|';

export function problemLine(c: RewriteCounts): string {
  if (c.problems.size === 0) return 'guard problems: none';
  return `guard problems: ${[...c.problems].map(([p, n]) => `${p} ${n}`).join(', ')}`;
}

export interface ReviewEntry {
  id: string;
  finding: Finding;
}

/**
 * One finding's rewrite as review lines: before, after (or why it was withheld). An offered click is shown as the
 * card previews it, which may be another card's click that also rewrites this finding's words.
 */
export function reviewLines({ id, finding: f }: ReviewEntry): string[] {
  const offered = f.replacements.length > 0 ? f.preview : undefined;
  const first = offered ?? f.guard?.first;
  if (!first) return [];
  const verdict = offered ? 'one-click' : `withheld: ${[...new Set(f.guard?.problems)].join(', ')}`;
  return [
    `- ${id} · ${f.ruleId} · ${verdict}`,
    `  - before: ${first.sentence.replace(/\s+/g, ' ')}`,
    `  - after:  ${first.rewritten === '' ? '(sentence removed)' : first.rewritten.replace(/\s+/g, ' ')}`,
  ];
}
