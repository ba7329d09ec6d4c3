import { compileRulebook } from './compile.ts';
import { migrateRulebook } from './migrate.ts';
import { type Rulebook, rulebookSchema } from './schema.ts';
import type { Outcome, Problem } from './types.ts';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Keys that could pollute prototypes when a file's objects are merged or spread. Reported with their JSON path. */
export function findForbiddenKeys(value: unknown, path = '', found: Problem[] = []): Problem[] {
  if (found.length >= 20 || typeof value !== 'object' || value === null) return found;
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      findForbiddenKeys(v, `${path}[${i}]`, found);
    });
    return found;
  }
  for (const key of Object.keys(value)) {
    const here = path ? `${path}.${key}` : key;
    if (FORBIDDEN_KEYS.has(key)) found.push({ path: here, message: `the key "${key}" is not allowed in a rulebook` });
    else findForbiddenKeys((value as Record<string, unknown>)[key], here, found);
  }
  return found;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

/**
 * Validate a parsed rulebook file: no dangerous keys, migrate older versions, check the schema, and
 * check every pattern compiles. Problems come back as data with JSON paths, never as exceptions.
 */
export function parseRulebook(raw: unknown): Outcome<Rulebook> {
  const forbidden = findForbiddenKeys(raw);
  if (forbidden.length > 0) return { ok: false, problems: forbidden };
  const migrated = migrateRulebook(raw);
  if (migrated.problems.length > 0) return { ok: false, problems: migrated.problems };
  const parsed = rulebookSchema.safeParse(migrated.value);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues
        .slice(0, 200)
        .map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
    };
  }
  const compiled = compileRulebook(parsed.data);
  if (!compiled.ok) return { ok: false, problems: compiled.problems };
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
