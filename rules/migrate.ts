import { CURRENT_SCHEMA_VERSION } from './schema.ts';
import type { Problem } from './types.ts';

/**
 * Older rulebook files, upgraded step by step to the current schemaVersion on import.
 *
 * v1 was a flat phrase list ({schemaVersion: 1, name, phrases: [{phrase, rewrite?, message?}]}), the
 * shape a spreadsheet export naturally takes. v2 has rule kinds, examples and scenarios. Each step is a
 * pure function from one version to the next, so a v1 file passes through every later step.
 */
type Json = Record<string, unknown>;
type Step = (old: Json) => Json;

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'phrase';

const v1ToV2: Step = (old) => {
  const phrases = Array.isArray(old.phrases) ? old.phrases : [];
  const used = new Set<string>();
  const rules = phrases.map((entry, i) => {
    const p = (entry ?? {}) as Json;
    const phrase = typeof p.phrase === 'string' ? p.phrase : '';
    let id = `team/${slug(phrase)}`;
    if (used.has(id)) id = `${id}-${i + 1}`;
    used.add(id);
    return {
      id,
      kind: 'avoid',
      category: 'blame',
      severity: 'warning',
      message:
        typeof p.message === 'string' && p.message.trim()
          ? p.message
          : 'Try wording this so the customer does not feel blamed.',
      patterns: [phrase],
      replacements: typeof p.rewrite === 'string' && p.rewrite.trim() ? [p.rewrite] : [],
      // v1 had no examples: the phrase itself is the example to flag, and a plain thank-you the one to leave alone.
      examples: { bad: [phrase], good: ['Thanks for getting in touch with us today.'] },
    };
  });
  const name = typeof old.name === 'string' && old.name.trim() ? old.name : 'Imported phrases';
  return { schemaVersion: 2, id: typeof old.id === 'string' ? old.id : `team/${slug(name)}`, name, rules };
};

const STEPS: Record<number, Step> = { 1: v1ToV2 };

export function migrateRulebook(raw: unknown): { value: unknown; problems: Problem[] } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { value: raw, problems: [{ path: '', message: 'a rulebook must be a JSON object' }] };
  }
  let book = raw as Json;
  const version = book.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return {
      value: raw,
      problems: [{ path: 'schemaVersion', message: 'is missing; this does not look like a Tactful rulebook' }],
    };
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return {
      value: raw,
      problems: [
        {
          path: 'schemaVersion',
          message: `is ${version}, newer than this version of Tactful understands (${CURRENT_SCHEMA_VERSION}); update the extension`,
        },
      ],
    };
  }
  for (let v = version; v < CURRENT_SCHEMA_VERSION; v++) {
    const step = STEPS[v];
    if (!step)
      return {
        value: raw,
        problems: [{ path: 'schemaVersion', message: `is ${version}, which Tactful does not support` }],
      };
    book = step(book);
  }
  return { value: book, problems: [] };
}
