import type { RuleWriteResult } from '../messaging/page-protocol.ts';
import type { EditableLayer } from '../messaging/protocol.ts';
import type { Rule } from '../rules/schema.ts';
import type { Outcome, Problem } from '../rules/types.ts';
import type { TactfulDb } from '../storage/db.ts';
import type { Policy } from '../storage/policy.ts';
import { restoreRule, saveRule } from '../storage/rulebooks.ts';
import { stableJson } from './rulebook-merge.ts';
import { validateRulebookValue } from './validate.ts';

/**
 * Rule writes from the options page. Each rule goes through `validateRulebookValue`, the validation every
 * imported and hosted file passes (schema, no markup, patterns that compile, regexes that cannot backtrack
 * catastrophically), so the editor can never store a rule that an import would refuse, or one the compiler
 * would silently leave out of what content scripts receive.
 */

/** Why the team layer cannot be written here, or undefined when it can (the same answer import gives). */
export function teamLayerRefusal(layer: EditableLayer, policy: Policy): Problem | undefined {
  if (layer !== 'team' || !(policy.locked || policy.rulebookUrl)) return undefined;
  return { path: '', message: 'Your organisation manages the team rulebook, so it cannot be changed here.' };
}

/**
 * One rule through the import's validation, as a one-rule book. Problems, for the rule editor, have the rule's own
 * fields as paths (`patterns[0]`), and each message names the rule and the text at fault, e.g.
 * rule `me/x`: pattern 1 '(your fault': … never closed. On success, the rule as validated (defaults applied,
 * unknown keys dropped) is what gets stored.
 */
export function validateRule(rule: unknown): Outcome<Rule> {
  const outcome = validateRulebookValue({ schemaVersion: 2, id: 'check', name: 'check', rules: [rule] });
  if (outcome.ok) {
    const [validated] = outcome.value.rules;
    if (validated) return { ok: true, value: validated };
  }
  const problems = outcome.ok ? [{ path: '', message: 'this rule could not be read' }] : outcome.problems;
  return {
    ok: false,
    problems: problems.map(({ path, message }) => ({ path: path.replace(/^rules\[0\]\.?/, ''), message })),
  };
}

/** What the editor's live check shows: the problems validateRule finds, [] for a rule Save would store. */
export function checkRule(rule: unknown): Problem[] {
  const outcome = validateRule(rule);
  return outcome.ok ? [] : outcome.problems;
}

function refuseOrValidate(layer: EditableLayer, rule: unknown, policy: Policy): Outcome<Rule> {
  const refusal = teamLayerRefusal(layer, policy);
  return refusal ? { ok: false, problems: [refusal] } : validateRule(rule);
}

export interface SaveRequest {
  layer: EditableLayer;
  rule: unknown;
  previousId?: string;
  /** The rule as the editor opened it (as the list showed it); null or absent for a new rule. */
  opened?: unknown;
}

/**
 * Validate and store a rule. When the editor says how the rule looked when it was opened and it looks different now
 * (another options tab saved it, or deleted it), nothing is stored: the answer carries the rule as it is now, so the
 * page can show both and let the lead choose.
 */
export async function saveRuleChecked(
  db: TactfulDb,
  policy: Policy,
  { layer, rule, previousId, opened }: SaveRequest,
  currentRule?: (id: string) => Promise<Rule | null>,
): Promise<RuleWriteResult> {
  const outcome = refuseOrValidate(layer, rule, policy);
  if (!outcome.ok) return outcome;
  if (opened && currentRule) {
    const id = previousId ?? outcome.value.id;
    const current = await currentRule(id);
    if (stableJson(current) !== stableJson(opened)) {
      return {
        ok: false,
        problems: [
          {
            path: '',
            message: current
              ? `“${id}” was changed (in another tab or window) since you opened it. Compare the two versions below, then choose which to keep.`
              : `“${id}” was deleted (in another tab or window) since you opened it. Save again to keep your version.`,
          },
        ],
        conflict: { current },
      };
    }
  }
  return { ok: true, revision: await saveRule(db, layer, outcome.value, previousId) };
}

export async function restoreRuleChecked(
  db: TactfulDb,
  policy: Policy,
  { layer, rule, index }: { layer: EditableLayer; rule: unknown; index: number },
): Promise<RuleWriteResult> {
  const outcome = refuseOrValidate(layer, rule, policy);
  if (!outcome.ok) return outcome;
  return { ok: true, revision: await restoreRule(db, layer, outcome.value, index) };
}
