import type { LayerDiff, RuleChange } from '../messaging/page-protocol.ts';
import type { ApplyMode } from '../messaging/protocol.ts';
import { ruleTitle } from '../rules/rule-title.ts';
import type { Rule, Rulebook } from '../rules/schema.ts';

/**
 * What an import or subscription would do to a layer, and doing it: replace the layer's book, or merge by rule id
 * with the imported rule winning a clash ("merge-theirs") or the stored one ("merge-mine"). Pure: the caller reads
 * the current book and stores the result in one transaction.
 */

/** JSON with object keys sorted, so two equal rules compare equal whatever order their keys were written in. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

const change = (rule: Rule, fields: string[] = []): RuleChange => ({ id: rule.id, name: ruleTitle(rule.id), fields });

function changedFields(before: Rule, after: Rule): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  return [...keys].filter((k) => stableJson(a[k]) !== stableJson(b[k])).sort();
}

export function diffRules(before: readonly Rule[], after: readonly Rule[]): LayerDiff {
  const old = new Map(before.map((r) => [r.id, r]));
  const next = new Set(after.map((r) => r.id));
  const diff: LayerDiff = { added: [], changed: [], removed: [], unchanged: 0 };
  for (const rule of after) {
    const was = old.get(rule.id);
    if (!was) diff.added.push(change(rule));
    else {
      const fields = changedFields(was, rule);
      if (fields.length) diff.changed.push(change(rule, fields));
      else diff.unchanged++;
    }
  }
  for (const rule of before) if (!next.has(rule.id)) diff.removed.push(change(rule));
  return diff;
}

/** The layer's book after applying `incoming` the chosen way. A merge keeps the stored book's name and id. */
export function applyBook(current: Rulebook | undefined, incoming: Rulebook, mode: ApplyMode): Rulebook {
  if (mode === 'replace' || !current) return incoming;
  const theirs = new Map(incoming.rules.map((r) => [r.id, r]));
  const mine = new Set(current.rules.map((r) => r.id));
  const kept = current.rules.map((r) => (mode === 'merge-theirs' ? (theirs.get(r.id) ?? r) : r));
  const added = incoming.rules.filter((r) => !mine.has(r.id));
  return { ...incoming, ...current, rules: [...kept, ...added] };
}

/** What each way of applying would change, for the preview. */
/** What a preview shows of a book about to be applied to a layer holding `current`: imports and subscriptions alike. */
export function previewOf(current: Rulebook | undefined, incoming: Rulebook) {
  return {
    bookName: incoming.name,
    ruleCount: incoming.rules.length,
    hasBook: current !== undefined,
    diffs: previewApply(current, incoming),
  };
}

export function previewApply(current: Rulebook | undefined, incoming: Rulebook): Record<ApplyMode, LayerDiff> {
  const before = current?.rules ?? [];
  return {
    replace: diffRules(before, applyBook(current, incoming, 'replace').rules),
    'merge-theirs': diffRules(before, applyBook(current, incoming, 'merge-theirs').rules),
    'merge-mine': diffRules(before, applyBook(current, incoming, 'merge-mine').rules),
  };
}

export const MODE_WORDS: Record<ApplyMode, string> = {
  replace: 'replace',
  'merge-theirs': 'merge, imported wins',
  'merge-mine': 'merge, keep mine',
};
