import type { SwitchedOff } from '../messaging/protocol.ts';
import type { Rulebook } from '../rules/schema.ts';
import { readEffective } from './coach-state.ts';
import type { TactfulDb } from './db.ts';
import { guarded } from './errors.ts';
import type { Policy } from './policy.ts';

/**
 * What the popup and options list under "Switched off", each with an undo: rules switched off on one site from the
 * card (newest first), then rules the agent switched off everywhere (the personal layer's own switches; a team's
 * switches are the team's, shown in the rule list).
 */
/** Every rule the agent switched off: per site (newest first), then everywhere (the personal layer's switches). */
export async function listSwitchedOff(db: TactfulDb, starter: Rulebook, policy: Policy): Promise<SwitchedOff[]> {
  const [effective, rows] = await Promise.all([
    readEffective(db, { starter, policy }),
    guarded(() => db.siteRules.toArray()),
  ]);
  const message = new Map(effective.rules.map((r) => [r.rule.id, r.rule.message]));
  const perSite = rows
    .sort((a, b) => b.at - a.at)
    .map((r) => ({ ruleId: r.ruleId, message: message.get(r.ruleId) ?? r.ruleId, site: r.host, at: r.at }));
  const everywhere = Object.entries(effective.stored.switches.personal)
    .filter(([, change]) => change.enabled === false)
    .map(([ruleId]) => ({ ruleId, message: message.get(ruleId) ?? ruleId, site: null }));
  return [...perSite, ...everywhere];
}
