import type { TactfulDb } from './db.ts';
import { guarded } from './errors.ts';
import { bumpRevisions } from './revision.ts';

/**
 * Rules switched off on one site. The card's "Turn this rule off" writes here, for the site the worker read from
 * the message's sender (never from the message), so a page that tricks the card can only quiet the coach on itself.
 * The compiled rulebook is shared by every site; these are left out when it is sent to a frame (coach-state.ts).
 */
const hostKey = (host: string) => host.toLowerCase();

export async function setSiteRuleEnabled(
  db: TactfulDb,
  host: string,
  ruleId: string,
  enabled: boolean,
): Promise<number> {
  return guarded(() =>
    db.transaction('rw', [db.siteRules, db.settings], async () => {
      if (enabled) await db.siteRules.delete([hostKey(host), ruleId]);
      else await db.siteRules.put({ host: hostKey(host), ruleId, at: Date.now() });
      // The compiled rulebook stays valid: only the revision moves, so every tab asks again.
      return bumpRevisions(db, { rules: false });
    }),
  );
}

/** Rule ids switched off on `host`. */
export async function siteDisabledRules(db: TactfulDb, host: string): Promise<string[]> {
  if (!host) return [];
  const rows = await guarded(() => db.siteRules.where('host').equals(hostKey(host)).toArray());
  return rows.map((r) => r.ruleId);
}
