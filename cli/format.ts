import { editRange } from '../rules/apply.ts';
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
    const edit = editRange(f);
    const removed = JSON.stringify(text.slice(edit.start, edit.end).trim());
    for (const r of f.replacements.slice(0, 3))
      lines.push(`        → ${r === '' ? `(remove ${removed})` : JSON.stringify(r.trim())}`);
    // A rewrite that reaches past the flagged words is easier to judge as the sentence it makes.
    if (f.edit && f.preview?.rewritten) lines.push(`          reads: ${JSON.stringify(f.preview.rewritten)}`);
  }
  const s = result.signals;
  lines.push('');
  lines.push(
    `Signals: apology ${s.apology ? 'yes' : 'no'} · next step ${s.nextStep ? 'yes' : 'no'} · customer problem ${s.customerProblem === null ? 'unknown' : s.customerProblem ? 'yes' : 'no'}`,
  );
  return `${lines.join('\n')}\n`;
}
