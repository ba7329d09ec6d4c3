import { compileRule } from '../rules/compile.ts';
import { exampleFailure, runRuleExamples } from '../rules/examples.ts';
import { shownTexts } from '../rules/kinds/index.ts';
import { migrateRulebook } from '../rules/migrate.ts';
import { findForbiddenKeys, schemaProblems } from '../rules/parse.ts';
import { inPlainWords } from '../rules/problem-words.ts';
import { LIMITS, type Rule, type Rulebook, rulebookSchema, ruleSchema } from '../rules/schema.ts';
import type { Outcome, Problem } from '../rules/types.ts';
import { guessDelimiter, parseCsv } from './csv.ts';
import { lineFinder } from './json-lines.ts';
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
  // Cheap bounds first: a UTF-16 string has at least as many UTF-8 bytes as its length, and at most 3× as many.
  if (text.length * 3 <= MAX_FILE_BYTES) return [];
  const bytes = text.length > MAX_FILE_BYTES ? text.length : byteLength(text);
  if (bytes <= MAX_FILE_BYTES) return [];
  const atLeast = text.length > MAX_FILE_BYTES ? 'at least ' : '';
  return [
    { path: '', message: `this file is ${atLeast}${formatBytes(bytes)}; the largest rulebook Tactful accepts is 5 MB` },
  ];
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

const MARKUP_PROBLEM = 'contains HTML or a script — coaching text is shown as plain text; remove the markup';

/** Every field a kind's table marks as shown to the agent (message, note, rewrites, suggestions, swaps…). */
function findMarkup(rule: Rule, path: string): Problem[] {
  const problems: Problem[] = [];
  for (const shown of shownTexts(rule)) {
    if (shown.text && MARKUP.test(shown.text))
      problems.push({ path: `${path}.${shown.path}`, message: MARKUP_PROBLEM });
  }
  return problems;
}

function findBookMarkup(book: unknown): Problem[] {
  if (typeof book !== 'object' || book === null) return [];
  return (['name', 'description'] as const)
    .filter((key) => {
      const text = (book as Record<string, unknown>)[key];
      return typeof text === 'string' && MARKUP.test(text);
    })
    .map((key) => ({ path: key, message: MARKUP_PROBLEM }));
}

/** A rule's examples are its tests: each one the rule gets wrong is a problem at that example. */
function failingExamples(rule: Rule, path: string): Problem[] {
  return runRuleExamples(rule)
    .results.filter((result) => !result.passed)
    .map((result) => ({
      path: `${path}.examples.${result.kind}[${result.index}]`,
      message: exampleFailure(result),
    }));
}

/**
 * Everything that can be wrong with one rule that passed the schema, all at once: patterns that do not compile,
 * markup, unsafe regexes, then (only for a rule whose patterns are sound and safe to run) its examples.
 */
function ruleProblems(rule: Rule, index: number): Problem[] {
  const path = `rules[${index}]`;
  const compileProblems: Problem[] = [];
  compileRule({ ...rule, enabled: true }, path, compileProblems);
  const unsafe = findUnsafeRegexesOnDemand({ schemaVersion: 2, id: 'check', name: 'check', rules: [rule] }).map(
    (p) => ({
      ...p,
      path: p.path.replace(/^rules\[0\]/, path),
    }),
  );
  // A rule switched off does not run, so its examples cannot mislead anyone; a later layer that switches it on
  // redefines it, and that layer's file is checked in turn.
  const sound = compileProblems.length === 0 && unsafe.length === 0 && rule.enabled !== false;
  return [...compileProblems, ...findMarkup(rule, path), ...unsafe, ...(sound ? failingExamples(rule, path) : [])];
}

/** Each rule to check further, whole when it passed the schema, else only its well-formed text fields. */
type Checkable = { rule: Rule; index: number; whole: boolean };

/**
 * A rule that failed the schema still has its regexes checked and its shown text looked at, so a lead fixing an empty
 * message learns in the same pass that the rule's regex would freeze the page: only its text and text-list fields are
 * kept, which is all those two checks read.
 */
function wellFormedFields(raw: unknown): Rule | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const kept = Object.fromEntries(
    Object.entries(raw).filter(
      ([, value]) => typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string')),
    ),
  );
  return typeof kept.kind === 'string' ? (kept as unknown as Rule) : undefined;
}

/** The rules worth checking further: all of them, or when the book failed the schema, each rule as far as it can be. */
function checkableRules(migrated: unknown, parsed: Rulebook | undefined): Checkable[] {
  if (parsed) return parsed.rules.map((rule, index) => ({ rule, index, whole: true }));
  const rules = typeof migrated === 'object' && migrated !== null ? (migrated as { rules?: unknown }).rules : undefined;
  if (!Array.isArray(rules)) return [];
  return rules.flatMap((raw, index): Checkable[] => {
    const one = ruleSchema.safeParse(raw);
    if (one.success) return [{ rule: one.data, index, whole: true }];
    const loose = wellFormedFields(raw);
    return loose ? [{ rule: loose, index, whole: false }] : [];
  });
}

/** Markup and regex safety on what could be read of a rule that failed the schema; nothing if its kind is unknown. */
function partialRuleProblems(rule: Rule, index: number): Problem[] {
  const path = `rules[${index}]`;
  try {
    const unsafe = findUnsafeRegexesOnDemand({ schemaVersion: 2, id: 'check', name: 'check', rules: [rule] });
    return [...findMarkup(rule, path), ...unsafe.map((p) => ({ ...p, path: p.path.replace(/^rules\[0\]/, path) }))];
  } catch {
    return [];
  }
}

/** Where a problem can be found in the file: a line number, when the caller knows the text. */
export type Locate = (path: string) => number | undefined;

const MAX_PROBLEMS = 200;

/**
 * Validate an already-parsed rulebook object (hosted JSON, a file after JSON.parse, a rule from the editor). Caps and
 * prototype keys stop it at once; otherwise every problem comes back together (schema, patterns, markup, regex
 * safety, examples), each in plain words naming the rule by id and the field, with its line when `locate` is given.
 */
export function validateRulebookValue(raw: unknown, locate?: Locate): Outcome<Rulebook> {
  const words = (problems: Problem[], book: unknown): Outcome<never> => {
    const located = problems.slice(0, MAX_PROBLEMS).map((problem) => {
      const line = locate?.(problem.path);
      return { ...inPlainWords(problem, book), ...(line === undefined ? {} : { line }) };
    });
    return fail(located);
  };
  const tooMany = checkRuleCount(raw);
  if (tooMany.length) return fail(tooMany);
  const forbidden = findForbiddenKeys(raw);
  if (forbidden.length) return words(forbidden, raw);
  const migrated = migrateRulebook(raw);
  if (migrated.problems.length) return words(migrated.problems, raw);
  const parsed = rulebookSchema.safeParse(migrated.value);
  const problems = parsed.success ? [] : schemaProblems(parsed.error.issues, migrated.value);
  problems.push(...findBookMarkup(migrated.value));
  for (const { rule, index, whole } of checkableRules(migrated.value, parsed.success ? parsed.data : undefined)) {
    if (problems.length >= MAX_PROBLEMS) break;
    problems.push(...(whole ? ruleProblems(rule, index) : partialRuleProblems(rule, index)));
  }
  if (problems.length) return words(sortByRule(problems), migrated.value);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : fail([{ path: '', message: 'this rulebook could not be read' }]);
}

/** Problems in file order: the rulebook's own fields first, then rule by rule. */
function sortByRule(problems: Problem[]): Problem[] {
  const ruleIndex = (p: Problem) => {
    const match = /^rules\[(\d+)\]/.exec(p.path);
    return match ? Number(match[1]) : -1;
  };
  return problems
    .map((p, order) => ({ p, order, rule: ruleIndex(p) }))
    .sort((a, b) => a.rule - b.rule || a.order - b.order)
    .map(({ p }) => p);
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
  return validateRulebookValue(raw, lineFinder(text));
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
  const { rows, rowLines, problems } = parseCsv(text, guessDelimiter(text));
  const lineOf = (row: number) => rowLines[row - 1] ?? rowLines[rowLines.length - 1] ?? 1;
  if (problems.length)
    return fail(problems.map((p) => ({ path: `row ${p.row}`, line: lineOf(p.row), message: p.message })));
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
        line: lineOf(row),
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
  // rules[i] / phrases[i] → the spreadsheet row a lead can find, and the line it starts on.
  const entryOf = (path: string) => {
    const match = /^(?:rules|phrases)\[(\d+)\]/.exec(path);
    return match ? data[Number(match[1])] : undefined;
  };
  const outcome = validateRulebookValue(v1, (path) => {
    const entry = entryOf(path);
    return entry ? lineOf(entry.row) : undefined;
  });
  if (outcome.ok) return outcome;
  return fail(
    outcome.problems.map((p) => {
      const entry = entryOf(p.path);
      return entry ? { ...p, path: `row ${entry.row}` } : p;
    }),
  );
}
