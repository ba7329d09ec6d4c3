import type { Rule, Rulebook } from './schema.ts';
import { DEFAULT_LANGUAGE } from './text/language.ts';
import type { Severity } from './types.ts';

/**
 * Rulebook layers: effective = starter ← team ← personal. A later layer may add rules, redefine a
 * rule by id, switch a rule off or on, or change its severity, unless an earlier layer locked it
 * (a team rule marked `locked`, or everything from the team when the managed policy says so).
 * Locks bind the personal layer only: the team is who locks, and may still change starter rules.
 * Pure data in, data out: the store reads the layers, this decides, the UI shows `source`.
 */
export type LayerName = 'starter' | 'team' | 'personal';
export const LAYER_ORDER: readonly LayerName[] = ['starter', 'team', 'personal'];

/** A switch a layer sets on a rule it does not (re)define. */
export interface RuleSwitch {
  enabled?: boolean;
  severity?: Severity;
  /** Honoured from the team layer: later layers may not change this rule. */
  locked?: boolean;
}

export interface LayerInput {
  layer: LayerName;
  rules: readonly Rule[];
  switches?: Readonly<Record<string, RuleSwitch>>;
  /** The language the layer's book states; "en" when it states none. */
  language?: string;
}

export interface EffectiveRule {
  /** The rule as it will run: enabled and severity already applied. */
  rule: Rule;
  enabled: boolean;
  /** The layer whose definition this is. */
  source: LayerName;
  /** The language of that layer's book: the text this rule may judge. */
  language: string;
  /** The last layer that switched it off/on or changed its severity, when not its source. */
  changedBy?: LayerName;
  locked: boolean;
  /** Who locked it: the team (rule or switch) or the managed policy. */
  lockedBy?: 'team' | 'policy';
}

export interface Refusal {
  layer: LayerName;
  ruleId: string;
  message: string;
}

export interface MergeOptions {
  /** Managed policy: every starter and team rule is locked against the personal layer. */
  policyLocked?: boolean;
}

const rank = (layer: LayerName) => LAYER_ORDER.indexOf(layer);

function lockOf(rule: Rule, layer: LayerName, policyLocked: boolean): Pick<EffectiveRule, 'locked' | 'lockedBy'> {
  if (policyLocked && rank(layer) <= rank('team')) return { locked: true, lockedBy: 'policy' };
  if (rule.locked && layer !== 'personal') return { locked: true, lockedBy: 'team' };
  return { locked: false };
}

function refusal(layer: LayerName, ruleId: string, by: EffectiveRule['lockedBy']): Refusal {
  const who = by === 'policy' ? 'your organisation' : 'your team';
  return { layer, ruleId, message: `"${ruleId}" is locked by ${who}, so your change to it was not applied.` };
}

export function mergeLayers(
  layers: readonly LayerInput[],
  options: MergeOptions = {},
): { rules: EffectiveRule[]; refused: Refusal[] } {
  const policyLocked = options.policyLocked ?? false;
  const byId = new Map<string, EffectiveRule>();
  const refused: Refusal[] = [];
  const ordered = [...layers].sort((a, b) => rank(a.layer) - rank(b.layer));

  for (const { layer, rules, switches, language = DEFAULT_LANGUAGE } of ordered) {
    for (const rule of rules) {
      const before = byId.get(rule.id);
      if (before?.locked && layer === 'personal') {
        refused.push(refusal(layer, rule.id, before.lockedBy));
        continue;
      }
      // A locked flag written in a personal rule means nothing: only the team and policy lock.
      const effective = { rule, enabled: rule.enabled !== false, source: layer, language };
      byId.set(rule.id, { ...effective, ...lockOf(rule, layer, policyLocked) });
    }
    for (const [ruleId, change] of Object.entries(switches ?? {})) {
      const current = byId.get(ruleId);
      if (!current) continue; // a switch for a rule no layer defines any more: harmless, ignored
      if (current.locked && layer === 'personal') {
        const changes =
          (change.enabled !== undefined && change.enabled !== current.enabled) ||
          (change.severity !== undefined && change.severity !== current.rule.severity);
        if (changes) refused.push(refusal(layer, ruleId, current.lockedBy));
        continue;
      }
      const next: EffectiveRule = { ...current, changedBy: layer === current.source ? current.changedBy : layer };
      if (change.enabled !== undefined) next.enabled = change.enabled;
      if (change.severity !== undefined) next.rule = { ...next.rule, severity: change.severity };
      if (change.locked && layer === 'team') Object.assign(next, { locked: true, lockedBy: 'team' as const });
      byId.set(ruleId, next);
    }
  }

  const rules = [...byId.values()].map((effective) => ({
    ...effective,
    rule: { ...effective.rule, enabled: effective.enabled },
  }));
  return { rules, refused };
}

/**
 * One rulebook holding the merged rules, ready for compileRulebook (switched-off rules are skipped there) with
 * `languageOfMerged(merged)`, which keeps each rule in the language of the layer it came from.
 */
export function effectiveRulebook(merged: readonly EffectiveRule[], meta: { id: string; name: string }): Rulebook {
  return { schemaVersion: 2, id: meta.id, name: meta.name, rules: merged.map((e) => e.rule) };
}

/** May `layer` switch off, change or redefine this rule? Locks bind only the personal layer. */
export function canChange(effective: EffectiveRule, layer: LayerName): boolean {
  return !(effective.locked && layer === 'personal');
}

/** Each merged rule's language by id, for compileRulebook's `languageOf`. */
export function languageOfMerged(merged: readonly EffectiveRule[]): (rule: Rule) => string | undefined {
  const byId = new Map(merged.map((e) => [e.rule.id, e.language]));
  return (rule) => byId.get(rule.id);
}
