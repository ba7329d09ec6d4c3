import { z } from 'zod';
import { type CheckResult, check, type PreparedRulebook } from '../rules/index.ts';

/** The largest reply the CLI checks in one go; longer ones are refused on their own line. */
const MAX_TEXT_LENGTH = 1_000_000;

const inputLine = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string().max(MAX_TEXT_LENGTH),
  customer: z.string().max(MAX_TEXT_LENGTH).nullish(),
});

export type CoachOutput = ({ id: string } & CheckResult) | { id: string | null; error: string };

/** One JSONL input line → one output object. A bad line gets an error object; it never throws. */
export function coachLine(line: string, lineNumber: number, book: PreparedRulebook): CoachOutput {
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
    const where = issue?.path.length ? issue.path.join('.') : 'line';
    return { id, error: `line ${lineNumber}: ${where}: ${issue?.message ?? 'invalid input'}` };
  }
  const { id, text, customer } = parsed.data;
  try {
    const result = check(text, book, customer ? { customer } : {});
    return { id, findings: result.findings, signals: result.signals };
  } catch (error) {
    return { id, error: `line ${lineNumber}: ${(error as Error).message}` };
  }
}
