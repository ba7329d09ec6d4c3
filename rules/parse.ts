import { compileRulebook } from './compile.ts';
import { migrateRulebook } from './migrate.ts';
import { type IssueLike, inPlainWords, issueInPlainWords } from './problem-words.ts';
import { type Rulebook, rulebookSchema } from './schema.ts';
import type { Outcome, Problem } from './types.ts';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Half of a UTF-16 pair with no other half: JSON allows it ("\ud800"), but it is no character, turns into U+FFFD in
 * any UTF-8 export (so the rule would change on a round trip), and shows as a box in the card.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATE_PROBLEM =
  'has a broken character (half of an emoji or other character, a lone surrogate) — retype the text around it';

/** No rulebook nests deeper than a handful of levels; a file that does is an attack on the recursive steps after. */
export const MAX_DEPTH = 32;

/**
 * Keys that could pollute prototypes when a file's objects are merged or spread, nesting deep enough to exhaust
 * the stack of a recursive walk, and text with lone surrogates. Reported with their JSON path. Iterative, so the file itself cannot overflow it.
 */
export function findForbiddenKeys(value: unknown): Problem[] {
  const found: Problem[] = [];
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: '', depth: 0 }];
  while (stack.length > 0 && found.length < 20) {
    const item = stack.pop() as { value: unknown; path: string; depth: number };
    if (typeof item.value === 'string' && LONE_SURROGATE.test(item.value)) {
      found.push({ path: item.path, message: LONE_SURROGATE_PROBLEM });
      continue;
    }
    if (typeof item.value !== 'object' || item.value === null) continue;
    if (item.depth >= MAX_DEPTH) {
      found.push({ path: item.path, message: `is nested more than ${MAX_DEPTH} levels deep; no rulebook needs that` });
      break;
    }
    // Keys are text too: a broken one is reported at the key.
    for (const key of Array.isArray(item.value) ? [] : Object.keys(item.value))
      if (LONE_SURROGATE.test(key)) found.push({ path: item.path, message: LONE_SURROGATE_PROBLEM });
    const entries: [string, unknown, string][] = Array.isArray(item.value)
      ? item.value.map((v, i) => [String(i), v, `${item.path}[${i}]`])
      : Object.keys(item.value).map((key) => [
          key,
          (item.value as Record<string, unknown>)[key],
          item.path ? `${item.path}.${key}` : key,
        ]);
    for (const [key, child, path] of entries.reverse()) {
      if (!Array.isArray(item.value) && FORBIDDEN_KEYS.has(key))
        found.push({ path, message: `has the key "${key}", which is not allowed in a rulebook` });
      else stack.push({ value: child, path, depth: item.depth + 1 });
    }
  }
  return found;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

/** The schema's problems with JSON paths and predicates about the field ("is empty — …"), at most 200. */
export function schemaProblems(issues: readonly IssueLike[], value: unknown): Problem[] {
  return issues.slice(0, 200).map((issue) => ({
    path: formatPath(issue.path),
    message: issueInPlainWords(issue, value),
  }));
}

/**
 * Validate a parsed rulebook file: no dangerous keys, migrate older versions, check the schema, and
 * check every pattern compiles. Problems come back as data in plain words (rule id, field), never as exceptions.
 * The worker's `validateRulebookValue` adds regex safety, markup and examples, and reports everything at once.
 */
export function parseRulebook(raw: unknown): Outcome<Rulebook> {
  const words = (problems: Problem[], book: unknown): Outcome<never> => ({
    ok: false,
    problems: problems.map((p) => inPlainWords(p, book)),
  });
  const forbidden = findForbiddenKeys(raw);
  if (forbidden.length > 0) return words(forbidden, raw);
  const migrated = migrateRulebook(raw);
  if (migrated.problems.length > 0) return words(migrated.problems, raw);
  const parsed = rulebookSchema.safeParse(migrated.value);
  if (!parsed.success) return words(schemaProblems(parsed.error.issues, migrated.value), migrated.value);
  const compiled = compileRulebook(parsed.data);
  if (!compiled.ok) return words(compiled.problems, parsed.data);
  return { ok: true, value: parsed.data };
}

/** parseRulebook for text straight from a file, with a readable message for broken JSON. */
export function parseRulebookText(text: string): Outcome<Rulebook> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [{ path: '', message: `this file is not valid JSON (${(error as Error).message})` }],
    };
  }
  return parseRulebook(raw);
}
