import { z } from 'zod';
import { type CheckContext, type CheckResult, check, type PreparedRulebook } from '../rules/index.ts';
import { issueInPlainWords } from '../rules/problem-words.ts';

/** The largest reply the CLI checks in one go; longer ones are refused on their own line. */
export const MAX_TEXT_LENGTH = 1_000_000;

const inputLine = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string().max(MAX_TEXT_LENGTH),
  customer: z.string().max(MAX_TEXT_LENGTH).nullish(),
});

export type CoachOutput = ({ id: string } & CheckResult) | { id: string | null; error: string };

/** One JSONL input line → one output object. A bad line gets an error object; it never throws. */
export function coachLine(
  line: string,
  lineNumber: number,
  book: PreparedRulebook,
  options: Omit<CheckContext, 'customer'> = {},
): CoachOutput {
  if (line.trim() === '') return { id: null, error: `line ${lineNumber}: blank line, nothing to coach` };
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { id: null, error: `line ${lineNumber}: not valid JSON` };
  }
  const parsed = inputLine.safeParse(raw);
  if (!parsed.success) {
    const id = typeof raw === 'object' && raw !== null && 'id' in raw ? String((raw as { id: unknown }).id) : null;
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'the line';
    const what = issue ? issueInPlainWords(issue, raw) : 'is not a reply';
    return { id, error: `line ${lineNumber}: ${where} ${what}` };
  }
  const { id, text, customer } = parsed.data;
  if (text.trim() === '') return { id, error: `line ${lineNumber}: the reply is empty, nothing to coach` };
  try {
    const result = check(text, book, customer ? { ...options, customer } : options);
    return { id, findings: result.findings, signals: result.signals };
  } catch (error) {
    return { id, error: `line ${lineNumber}: ${(error as Error).message}` };
  }
}
