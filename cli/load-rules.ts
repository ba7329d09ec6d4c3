import { readFileSync, statSync } from 'node:fs';
import { findUnsafeRegexes } from '../background/regex-safety.ts';
import { provideRegexSafety } from '../background/regex-safety-on-demand.ts';
import { MAX_FILE_BYTES, validateRulebookText } from '../background/validate.ts';
import { compileAndPrepare, type PreparedRulebook, type Rulebook, starterRulebook } from '../rules/index.ts';
import { effectiveRulebook, type LayerInput, mergeLayers } from '../rules/layers.ts';
import type { Problem } from '../rules/types.ts';

// In the worker recheck loads on demand from its own script; the CLI runs in Node and hands it over directly.
provideRegexSafety({ findUnsafeRegexes });

/**
 * The rules the CLI coaches with, through the extension's own door: every file passes `validateRulebookText` (size,
 * prototype keys, schema, markup, regex safety, examples) and the layers merge with `mergeLayers`, starter ← team ←
 * personal, so a lead testing a team rulebook sees what agents will see.
 */
export interface RuleFiles {
  team?: string;
  personal?: string;
  /** With `alone`: this rulebook only, no starter rules. */
  rulebook?: string;
}

export type Loaded =
  | { ok: true; prepared: PreparedRulebook; books: { path: string; book: Rulebook }[]; effective: Rulebook }
  | { ok: false; message: string };

const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

export function describeProblems(path: string, problems: readonly Problem[]): string {
  const lines = problems.map((p) => `  ${p.line === undefined ? '' : `line ${p.line}: `}${p.message}`);
  return `${path} was not loaded (${plural(problems.length, 'problem')}):\n${lines.join('\n')}`;
}

function readRulebook(path: string): { ok: true; book: Rulebook } | { ok: false; message: string } {
  let text: string;
  try {
    // Refused by size before it is read, as the extension refuses it before parsing.
    const { size } = statSync(path);
    if (size > MAX_FILE_BYTES)
      return {
        ok: false,
        message: `${path} is ${(size / 1024 / 1024).toFixed(1)} MB; the largest rulebook Tactful accepts is 5 MB.`,
      };
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const { code } = error as { code?: string };
    const why = code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder' : String(code);
    return { ok: false, message: `cannot read the rulebook ${path}: ${why}.` };
  }
  const outcome = validateRulebookText(text);
  return outcome.ok
    ? { ok: true, book: outcome.value }
    : { ok: false, message: describeProblems(path, outcome.problems) };
}

export function loadRules(files: RuleFiles): Loaded {
  const books: { path: string; book: Rulebook }[] = [];
  const layers: LayerInput[] = files.rulebook ? [] : [{ layer: 'starter', rules: starterRulebook.rules }];
  const failures: string[] = [];
  for (const [layer, path] of [
    ['team', files.rulebook ?? files.team],
    ['personal', files.personal],
  ] as const) {
    if (!path) continue;
    const read = readRulebook(path);
    if (!read.ok) {
      failures.push(read.message);
      continue;
    }
    books.push({ path, book: read.book });
    layers.push({ layer, rules: read.book.rules });
  }
  if (failures.length > 0) return { ok: false, message: failures.join('\n') };
  const effective = effectiveRulebook(mergeLayers(layers).rules, { id: 'tactful/effective', name: 'Your rules' });
  const prepared = compileAndPrepare(effective);
  if (!prepared.ok) return { ok: false, message: describeProblems('the layered rules', prepared.problems) };
  return { ok: true, prepared: prepared.value, books, effective };
}
