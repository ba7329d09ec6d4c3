import { expandFamilies } from './families.ts';
import { BASE_FIELDS } from './kinds/base.ts';
import type { AnyFieldSpec } from './kinds/define.ts';
import { type CompiledRule, kindOf, RULE_KINDS } from './kinds/index.ts';
import { installFamilyExpander } from './kinds/phrases.ts';
import { type PreparedRulebook, prepareRulebook } from './prepare.ts';
import type { Rule, Rulebook } from './schema.ts';
import { DEFAULT_LANGUAGE } from './text/language.ts';
import type { Outcome, Problem } from './types.ts';

export type { CompiledMatcher } from './kinds/define.ts';
export type { CompiledRule } from './kinds/index.ts';
export { compilePhrase, compileRegex } from './kinds/phrases.ts';

// Compiling expands word families with compromise; matching (the content script) never loads it (kinds/phrases.ts).
installFamilyExpander(expandFamilies);

/**
 * A compiled rulebook is plain JSON: phrase families are expanded and every pattern is a regex
 * source with the first words it can start with. The background compiles once (compromise is
 * needed for word families); content scripts receive this over messaging and only build RegExps.
 */
export interface CompiledRulebook {
  format: 1;
  id: string;
  name: string;
  rules: CompiledRule[];
}

/** The fields each table marks 'copy', worked out once: the compiled rule carries them unchanged. */
const copiedKeys = (table: Record<string, AnyFieldSpec>) =>
  Object.entries(table)
    .filter(([, spec]) => spec.engine === 'copy')
    .map(([key]) => key);
const BASE_COPIED = copiedKeys(BASE_FIELDS);
const KIND_COPIED = new Map<string, string[]>(
  RULE_KINDS.map((m) => [m.kind, copiedKeys(m.fields as Record<string, AnyFieldSpec>)]),
);

function copy(rule: Record<string, unknown>, keys: readonly string[], out: Record<string, unknown>) {
  for (const key of keys) {
    const value = rule[key];
    // An empty note or url says nothing: it is left out, as it always was.
    if (value !== undefined && value !== '') out[key] = value;
  }
}

/**
 * The corrected text of the first bad example that states one. A `fixed` equal to its text says the shape gets no
 * rewrite: shown as "for example", it would offer the agent the blame sentence itself to copy.
 */
const firstFixed = (rule: Rule): string | undefined => {
  for (const e of rule.examples.bad) if (typeof e === 'object' && e.fixed && e.fixed !== e.text) return e.fixed;
  return undefined;
};

/** One rule made ready for the engine: the common fields, the kind, its copied fields, then what its module compiles. */
export function compileRule(rule: Rule, path: string, problems: Problem[]): CompiledRule {
  const module = kindOf(rule.kind);
  const out: Record<string, unknown> = {};
  copy(rule, BASE_COPIED, out);
  out.kind = rule.kind;
  copy(rule, KIND_COPIED.get(rule.kind) ?? [], out);
  const example = firstFixed(rule);
  if (example) out.example = example;
  Object.assign(out, module.compile(rule, path, problems));
  return out as unknown as CompiledRule;
}

/**
 * `languageOf` says which language a rule is written for when the book joins layers of different languages (the
 * effective rulebook: a starter rule is English, a rule of a Hebrew team's book is Hebrew); otherwise every rule is
 * in the book's language.
 */
export function compileRulebook(
  book: Rulebook,
  languageOf: (rule: Rule) => string | undefined = () => undefined,
): Outcome<CompiledRulebook> {
  const problems: Problem[] = [];
  const rules: CompiledRule[] = [];
  book.rules.forEach((rule, i) => {
    if (rule.enabled === false) return;
    const compiled = compileRule(rule, `rules[${i}]`, problems);
    compiled.language = languageOf(rule) ?? book.language ?? DEFAULT_LANGUAGE;
    rules.push(compiled);
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { format: 1, id: book.id, name: book.name, rules } };
}

/** compileRulebook then prepareRulebook: for callers that check in the same process (CLI, pages, tests, benchmarks). */
export function compileAndPrepare(book: Rulebook): Outcome<PreparedRulebook> {
  const compiled = compileRulebook(book);
  return compiled.ok ? { ok: true, value: prepareRulebook(compiled.value) } : compiled;
}
