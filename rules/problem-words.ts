import type { Problem } from './types.ts';

/**
 * Problems in plain words for a team lead: where (the rule by its id, the field by name, the text at fault) and what
 * to do, never a validator's path or wording. Every check reports a JSON path and either a predicate ("is empty —
 * write …") or a sentence; `inPlainWords` puts the place in front. Pure: the worker, the CLI and the practice page
 * all use it.
 */

type Segment = string | number;

/** `rules[3].examples.good[0]` → ['rules', 3, 'examples', 'good', 0]. */
export function pathSegments(path: string): Segment[] {
  const out: Segment[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) out.push(Number(match[2]));
    else if (match[1] !== undefined) out.push(match[1]);
  }
  return out;
}

export function valueAt(root: unknown, segments: readonly Segment[]): unknown {
  let current = root;
  for (const key of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** A table lookup that never reaches Object.prototype: a file's keys include "constructor" and "__proto__". */
const own = (table: Record<string, string>, key: string): string | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;

/** One entry of a list field, by name: "pattern 2", "rewrite 1". */
const ENTRY_NAMES: Record<string, string> = {
  patterns: 'pattern',
  regex: 'regex',
  replacements: 'rewrite',
  suggestions: 'suggestion',
  tags: 'tag',
  rules: 'rule',
  phrases: 'phrase',
};
const FIELD_NAMES: Record<string, string> = { url: 'link', description: 'description' };

/** A field inside a rule (or the rulebook) by name: "message", "pattern 2", "good example 1", "bad examples". */
export function fieldLabel(segments: readonly Segment[]): string {
  const words: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const key = segments[i];
    const next = segments[i + 1];
    if (key === 'examples' && (next === 'bad' || next === 'good')) {
      const index = segments[i + 2];
      words.push(typeof index === 'number' ? `${next} example ${index + 1}` : `${next} examples`);
      i += typeof index === 'number' ? 2 : 1;
      continue;
    }
    if (typeof key === 'number') {
      words.push(String(key + 1));
      continue;
    }
    if (key === undefined) continue;
    // "pattern 2" for an entry, "patterns" for the whole list.
    words.push(typeof next === 'number' ? (own(ENTRY_NAMES, key) ?? key) : (own(FIELD_NAMES, key) ?? key));
  }
  return words.join(' ');
}

const shorten = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const quote = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' ? ` '${shorten(value.replace(/\s+/g, ' '))}'` : '';

/** Messages written as a predicate ("is empty", "should be …") follow the field; sentences follow a colon. */
const PREDICATE = /^(is|are|has|have|should|needs|contains|must|cannot|can't|was|isn't)\b/;

/**
 * "rule `blame/x`: message is empty — write what the agent should read". `book` is the value the path points into
 * (the parsed file), so the rule is named by its id (or its place when it has none) and the text at fault is quoted.
 */
export function inPlainWords(problem: Problem, book: unknown): Problem {
  const segments = pathSegments(problem.path);
  let where: string;
  let field: Segment[];
  if (segments[0] === 'rules' && typeof segments[1] === 'number') {
    const rule = valueAt(book, segments.slice(0, 2));
    const id = rule && typeof rule === 'object' ? (rule as { id?: unknown }).id : undefined;
    where = typeof id === 'string' && id.trim() ? `rule \`${shorten(id, 100)}\`` : `rule ${segments[1] + 1}`;
    field = segments.slice(2);
  } else if (segments[0] === 'phrases' && typeof segments[1] === 'number') {
    where = `phrase ${segments[1] + 1}`;
    field = segments.slice(2);
  } else {
    where = '';
    field = segments;
  }
  const label = fieldLabel(field);
  const value = field.length ? quote(valueAt(book, segments)) : '';
  const subject = [where, where && label ? ': ' : '', label, value].join('');
  const message = problem.message;
  const text = !subject ? message : PREDICATE.test(message) ? `${subject} ${message}` : `${subject}: ${message}`;
  return { ...problem, message: text };
}

/** What a zod issue says, as a predicate about its field. Only the fields we read; the rest stays the issue's. */
export interface IssueLike {
  code: string;
  message: string;
  path: readonly PropertyKey[];
  minimum?: unknown;
  maximum?: unknown;
  origin?: string;
  expected?: string;
  values?: readonly unknown[];
  options?: readonly unknown[];
  format?: string;
  keys?: readonly string[];
  note?: string;
}

/** Zod's own wording starts like this; an author's custom message (base.ts) is kept as it is. */
const ZOD_DEFAULT = /^(Too (small|big)|Invalid|Expected|Unrecognized)/;

const EMPTY_HINTS: Record<string, string> = {
  message: 'write what the agent should read',
  name: 'give the rulebook a name',
  id: 'give it an id such as team/short-name',
  patterns: 'write the words to look for',
  regex: 'write the regular expression',
  examples: 'write a sentence',
  replacements: 'write the words to offer instead',
};

function kindOfValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  array: 'a list ([…])',
  object: 'an object ({…})',
  boolean: 'true or false',
  number: 'a number',
};

const orList = (values: readonly unknown[]) => {
  const shown = values.map((v) => JSON.stringify(v));
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
};

export function issueInPlainWords(issue: IssueLike, root: unknown): string {
  const segments = issue.path.filter((k): k is Segment => typeof k === 'string' || typeof k === 'number');
  const value = valueAt(root, segments);
  const field = [...segments].reverse().find((k): k is string => typeof k === 'string') ?? '';
  const custom = !ZOD_DEFAULT.test(issue.message);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) {
        const hint =
          EMPTY_HINTS[field] ?? (issue.expected ? `add it as ${own(EXPECTED, issue.expected) ?? issue.expected}` : '');
        return `is missing${hint ? ` — ${hint}` : ''}`;
      }
      return `should be ${own(EXPECTED, issue.expected ?? '') ?? issue.expected} but is ${kindOfValue(value)}`;
    case 'too_small': {
      if (custom) return issue.message;
      const min = Number(issue.minimum);
      if (issue.origin === 'string')
        return min <= 1
          ? `is empty — ${own(EMPTY_HINTS, field) ?? 'write something here'}`
          : `is shorter than ${min} characters`;
      if (issue.origin === 'array') return `needs at least ${min}`;
      return `is below ${min}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') {
        const length = typeof value === 'string' ? ` (it has ${value.length.toLocaleString('en')})` : '';
        return `is longer than ${max.toLocaleString('en')} characters${length} — shorten it`;
      }
      if (issue.origin === 'array') return `has more than ${max.toLocaleString('en')} entries — remove some`;
      return `is above ${max}`;
    }
    case 'invalid_value':
      return `should be ${orList(issue.values ?? [])}${value === undefined ? '' : `, not ${JSON.stringify(value)}`}`;
    case 'invalid_union':
      if (issue.options)
        return `should be ${orList(issue.options)}${value === undefined ? ' (it is missing)' : `, not ${JSON.stringify(value)}`}`;
      return 'is not in a form Tactful can read';
    case 'invalid_format':
      if (custom) return issue.message;
      if (issue.format === 'url') return 'should be a link that starts with https://';
      return 'is not in the expected form';
    case 'unrecognized_keys':
      return `has fields Tactful does not know: ${(issue.keys ?? []).join(', ')}`;
    default:
      return custom ? issue.message : 'is not in a form Tactful can read';
  }
}
