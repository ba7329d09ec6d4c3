import type { CoachOutput } from './jsonl.ts';

/** Human-readable findings for the terminal: the flagged words, the message, the rewrites. */
export function formatFindings(text: string, result: CoachOutput): string {
  if ('error' in result) return `${result.error.replace(/^line \d+: /, '').replace(/^./, (c) => c.toUpperCase())}.\n`;
  const lines: string[] = [];
  if (result.findings.length === 0) lines.push('No findings: this reply reads well.');
  for (const f of result.findings) {
    const where = f.start === f.end ? `at ${f.start} (insert)` : `${f.start}-${f.end} "${text.slice(f.start, f.end)}"`;
    lines.push(`${f.severity.toUpperCase().padEnd(7)} ${f.category}  ${where}`);
    lines.push(`        ${f.message}`);
    for (const r of f.replacements.slice(0, 3))
      lines.push(`        → ${r === '' ? '(remove these words)' : JSON.stringify(r.trim())}`);
  }
  const s = result.signals;
  lines.push('');
  lines.push(
    `Signals: apology ${s.apology ? 'yes' : 'no'} · next step ${s.nextStep ? 'yes' : 'no'} · customer problem ${s.customerProblem === null ? 'unknown' : s.customerProblem ? 'yes' : 'no'}`,
  );
  return `${lines.join('\n')}\n`;
}
