import { findForbiddenKeys, LIMITS, parseRulebook, type Rulebook } from '../rules/index.ts';
import { shownTexts } from '../rules/kinds/index.ts';
import type { Outcome, Problem } from '../rules/types.ts';
import { guessDelimiter, parseCsv } from './csv.ts';
import { findUnsafeRegexesOnDemand } from './regex-safety-on-demand.ts';

/**
 * Everything a rulebook file must pass before it is stored: size caps, JSON, no prototype keys,
 * schema (with migration of older versions), patterns that compile, and regexes that cannot
 * backtrack catastrophically. Problems come back as data with JSON paths.
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

const fail = (problems: Problem[]): Outcome<never> => ({ ok: false, problems });

function byteLength(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

const formatBytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function checkSize(text: string): Problem[] {
  // Cheap bound first: a UTF-16 string never has more UTF-8 bytes than 3× its length.
  if (text.length * 3 <= MAX_FILE_BYTES) return [];
  const bytes = byteLength(text);
  if (bytes <= MAX_FILE_BYTES) return [];
  return [{ path: '', message: `this file is ${formatBytes(bytes)}; the largest rulebook Tactful accepts is 5 MB` }];
}

/** Count rules before the schema walks them, so 100,000 rules fail fast with one clear message. */
function checkRuleCount(raw: unknown): Problem[] {
  if (typeof raw !== 'object' || raw === null) return [];
  for (const key of ['rules', 'phrases']) {
    const list = (raw as Record<string, unknown>)[key];
    if (Array.isArray(list) && list.length > LIMITS.maxRules) {
      return [
        {
          path: key,
          message: `this rulebook has ${list.length.toLocaleString('en')} rules; the most Tactful accepts is ${LIMITS.maxRules.toLocaleString('en')}`,
        },
      ];
    }
  }
  return [];
}

/**
 * Markup has no business in coaching text: it is always shown as plain text, so a tag in a message
 * is either a mistake or an attack. Narrow on purpose: placeholders like "<name>" stay allowed.
 */
const MARKUP =
  /<\s*\/?\s*(script|style|iframe|frame|img|svg|math|object|embed|link|meta|base|form|input|a|video|audio|source|body|html)\b|\bon(error|load|click|mouse[a-z]*|focus|blur|key[a-z]*|submit|change|input|pointer[a-z]*|animation[a-z]*|toggle|begin)\s*=|javascript\s*:/i;

function findMarkup(book: Rulebook): Problem[] {
  const problems: Problem[] = [];
  const look = (text: string | undefined, path: string) => {
    if (text && MARKUP.test(text) && problems.length < 50) {
      problems.push({ path, message: 'coaching text is plain text; remove the HTML or script from it' });
    }
  };
  // Every field a kind's table marks as shown to the agent (message, note, rewrites, suggestions, swaps…).
  book.rules.forEach((rule, i) => {
    for (const { path, text } of shownTexts(rule)) look(text, `rules[${i}].${path}`);
  });
  look(book.name, 'name');
  look(book.description, 'description');
  return problems;
}

/** Validate an already-parsed rulebook object (hosted JSON, or a file after JSON.parse). */
export function validateRulebookValue(raw: unknown): Outcome<Rulebook> {
  const tooMany = checkRuleCount(raw);
  if (tooMany.length) return fail(tooMany);
  const forbidden = findForbiddenKeys(raw);
  if (forbidden.length) return fail(forbidden);
  const parsed = parseRulebook(raw);
  if (!parsed.ok) return parsed;
  const markup = findMarkup(parsed.value);
  if (markup.length) return fail(markup);
  const unsafe = findUnsafeRegexesOnDemand(parsed.value);
  if (unsafe.length) return fail(unsafe);
  return parsed;
}

/** Validate the text of a JSON rulebook file. */
export function validateRulebookText(text: string): Outcome<Rulebook> {
  const tooBig = checkSize(text);
  if (tooBig.length) return fail(tooBig);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fail([{ path: '', message: `this file is not valid JSON (${(error as Error).message})` }]);
  }
  return validateRulebookValue(raw);
}

const HEADER_WORDS = /^(phrase|avoid|instead of|from|say instead|rewrite|to|message)$/i;

/**
 * A CSV of phrase → rewrite pairs (optional third column: the message) becomes a rulebook. Rows go
 * through the v1 phrase-list format, so they get the same migration and checks as any file.
 * Problems name the CSV row instead of a JSON path where possible.
 */
export function validateRulebookCsv(text: string, name = 'Imported phrases'): Outcome<Rulebook> {
  const tooBig = checkSize(text);
  if (tooBig.length) return fail(tooBig);
  const { rows, problems } = parseCsv(text, guessDelimiter(text));
  if (problems.length) return fail(problems.map((p) => ({ path: `row ${p.row}`, message: p.message })));
  const first = rows[0] ?? [];
  const hasHeader = first.length > 0 && first.every((cell) => HEADER_WORDS.test(cell.trim()) || cell.trim() === '');
  const firstRowNumber = hasHeader ? 2 : 1;
  const data = (hasHeader ? rows.slice(1) : rows)
    .map((cells, i) => ({ cells: cells.map((c) => c.trim()), row: i + firstRowNumber }))
    .filter(({ cells }) => cells.some((c) => c !== ''));
  if (data.length === 0)
    return fail([
      {
        path: '',
        message: 'this file has no phrase rows; put a phrase in the first column and its rewrite in the second',
      },
    ]);
  const missing = data.filter(({ cells }) => !cells[0]);
  if (missing.length) {
    return fail(
      missing.slice(0, 20).map(({ row }) => ({
        path: `row ${row}`,
        message: 'this row has a rewrite but no phrase in the first column',
      })),
    );
  }
  const v1 = {
    schemaVersion: 1,
    name,
    phrases: data.map(({ cells }) => ({
      phrase: cells[0],
      rewrite: cells[1] || undefined,
      message: cells[2] || undefined,
    })),
  };
  const outcome = validateRulebookValue(v1);
  if (outcome.ok) return outcome;
  // rules[i] / phrases[i] → the spreadsheet row a lead can find.
  return fail(
    outcome.problems.map((p) => {
      const match = /^(?:rules|phrases)\[(\d+)\]/.exec(p.path);
      const entry = match ? data[Number(match[1])] : undefined;
      return entry ? { path: `row ${entry.row}`, message: p.message } : p;
    }),
  );
}
