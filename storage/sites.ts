import type { TactfulDb } from './db.ts';
import { siteKey } from './db.ts';
import { guarded } from './errors.ts';
import { type Policy, policyDisablesHost } from './policy.ts';
import { bumpRevisions } from './revision.ts';

/** Per-site coaching switch. The managed policy's disabled sites win over the user's choice. */
export async function isSiteEnabled(db: TactfulDb, host: string, policy: Policy): Promise<boolean> {
  if (policyDisablesHost(policy, host)) return false;
  const row = await guarded(() => db.settings.get(siteKey(host)));
  return (row?.value as { enabled?: boolean } | undefined)?.enabled !== false;
}

export async function setSiteEnabled(db: TactfulDb, host: string, enabled: boolean, policy: Policy): Promise<number> {
  if (enabled && policyDisablesHost(policy, host)) {
    throw new Error('Your organisation has turned Tactful off on this site.');
  }
  return guarded(() =>
    db.transaction('rw', [db.settings], async () => {
      if (enabled) await db.settings.delete(siteKey(host));
      else await db.settings.put({ key: siteKey(host), value: { enabled: false } });
      return bumpRevisions(db, { rules: false });
    }),
  );
}

/** Hosts the user switched off, for the options page. */
export async function listDisabledSites(db: TactfulDb): Promise<string[]> {
  const rows = await guarded(() => db.settings.where('key').startsWith('site:').toArray());
  return rows
    .filter((r) => (r.value as { enabled?: boolean })?.enabled === false)
    .map((r) => r.key.slice('site:'.length));
}
