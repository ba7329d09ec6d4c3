import type { Finding } from './types.ts';

/** The range a finding's replacements replace: its own words, or the wider `edit` range when a rewrite needs it. */
export const editRange = (f: Finding): { start: number; end: number } => f.edit ?? { start: f.start, end: f.end };

/** `text` with one of the finding's replacements put in place, as the editor would. */
export function applyReplacement(text: string, f: Finding, replacement: string): string {
  const { start, end } = editRange(f);
  return text.slice(0, start) + replacement + text.slice(end);
}
