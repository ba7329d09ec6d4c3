import type { Rule, RuleKind } from '../schema.ts';
import { avoidKind } from './avoid.ts';
import { BASE_FIELDS } from './base.ts';
import type { AnyFieldSpec, CompiledOf, RuleKindModule } from './define.ts';
import { limitKind } from './limit.ts';
import { modelKind } from './model.ts';
import { replaceKind } from './replace.ts';
import { requireKind } from './require.ts';

/**
 * Every rule kind, in one list. The rulebook schema's union (and so the published JSON Schema, in this order), the
 * compiler, the engine's dispatch, validation, the options form and its search are all built from it: a kind added
 * here is handled everywhere, and a kind module that leaves out a piece does not compile.
 */
export const RULE_KINDS = [avoidKind, replaceKind, requireKind, limitKind, modelKind] as const;

export type KindModule = (typeof RULE_KINDS)[number];

/** The modules by kind name. */
export const KINDS = Object.fromEntries(RULE_KINDS.map((m) => [m.kind, m])) as {
  [M in KindModule as M['kind']]: M;
};

/** The compiled rule of each kind, as its module builds it. */
export type CompiledRule = { [K in keyof typeof KINDS]: CompiledOf<(typeof KINDS)[K]> }[keyof typeof KINDS];

/** A kind's module, typed loosely enough to be called with a rule of that kind. */
export const kindOf = (kind: RuleKind): RuleKindModule =>
  // The correlated-union pattern: TypeScript cannot tie `rule.kind` to `KINDS[rule.kind]`'s parameter types.
  KINDS[kind] as unknown as RuleKindModule;

/** Every field of a rule with what it is: the common fields, then the kind's own, in their tables' order. */
export function fieldsOf(kind: RuleKind): [string, AnyFieldSpec][] {
  return [
    ...Object.entries(BASE_FIELDS as Record<string, AnyFieldSpec>),
    ...Object.entries(kindOf(kind).fields as Record<string, AnyFieldSpec>),
  ];
}

const asList = (v: string | readonly string[]): readonly string[] => (typeof v === 'string' ? [v] : v);

/**
 * The text of a rule the agent is shown (message, note, rewrites, suggestions…), each with its path inside the rule
 * (`message`, `replacements[0]`): what validation checks for markup.
 */
export function shownTexts(rule: Rule): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  for (const [key, spec] of fieldsOf(rule.kind)) {
    const value = (rule as Record<string, unknown>)[key];
    if (!spec.shown || value === undefined || value === null) continue;
    const shown = spec.shown(value);
    if (typeof shown === 'string') out.push({ path: key, text: shown });
    else
      shown.forEach((text, i) => {
        out.push({ path: `${key}[${i}]`, text });
      });
  }
  return out;
}

/** The author regexes of a rule, with their paths (`regex[0]`): what recheck must prove safe. */
export function regexTexts(rule: Rule): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  for (const [key, spec] of fieldsOf(rule.kind)) {
    const value = (rule as Record<string, unknown>)[key];
    if (!spec.regex || !spec.patterns || value === undefined) continue;
    spec.patterns(value).forEach((text, i) => {
      out.push({ path: `${key}[${i}]`, text });
    });
  }
  return out;
}

/** Every word a search of the rule list looks in: id, category, kind, the text it shows and what it matches. */
export function searchTexts(rule: Rule): string[] {
  const out: string[] = [rule.id, rule.category, rule.kind];
  for (const [key, spec] of fieldsOf(rule.kind)) {
    const value = (rule as Record<string, unknown>)[key];
    if (value === undefined || value === null) continue;
    if (spec.shown) out.push(...asList(spec.shown(value)));
    if (spec.patterns) out.push(...spec.patterns(value));
  }
  return out;
}
