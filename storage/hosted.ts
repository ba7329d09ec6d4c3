import type { RulebookRow, SyncStatus, TactfulDb } from './db.ts';
import { guarded } from './errors.ts';
import { bumpRevisions } from './revision.ts';

/**
 * The rows behind a hosted team rulebook: the address the user subscribed to, how the last sync went, and the
 * fetched book. Fetching and validating are the worker's job (background/subscription.ts); this is only storage.
 */
const SUBSCRIPTION_KEY = 'subscriptionUrl';
const SYNC_STATUS_KEY = 'subscriptionStatus';

export type SyncStatusRow = SyncStatus & { url: string };

/** The user's own subscription address, or null (a policy address is the worker's business, not a row). */
export async function readSubscriptionUrl(db: TactfulDb): Promise<string | null> {
  const row = await guarded(() => db.settings.get(SUBSCRIPTION_KEY));
  return typeof row?.value === 'string' ? row.value : null;
}

export async function writeSubscriptionUrl(db: TactfulDb, url: string | null): Promise<void> {
  await guarded(async () => {
    if (url === null) await db.settings.delete(SUBSCRIPTION_KEY);
    else await db.settings.put({ key: SUBSCRIPTION_KEY, value: url });
  });
}

export async function getSyncStatus(db: TactfulDb): Promise<SyncStatusRow | undefined> {
  const row = await guarded(() => db.settings.get(SYNC_STATUS_KEY));
  return row?.value as SyncStatusRow | undefined;
}

export function readTeamRow(db: TactfulDb): Promise<RulebookRow | undefined> {
  return guarded(() => db.rulebooks.get('team'));
}

/** A new hosted book, its sync status and the revision bump, in one transaction: all of it or none. */
export async function storeHostedRulebook(db: TactfulDb, row: RulebookRow & { url: string }): Promise<number> {
  return guarded(() =>
    db.transaction('rw', [db.rulebooks, db.settings], async () => {
      await db.rulebooks.put(row);
      if (row.lastSync) await db.settings.put({ key: SYNC_STATUS_KEY, value: { url: row.url, ...row.lastSync } });
      return bumpRevisions(db, { rules: true });
    }),
  );
}

/**
 * A sync that stored nothing new: record how it went; on the team row too when that row came from this address
 * (with the ETag the server sent, so the next sync can get a 304).
 */
export async function recordSyncStatus(
  db: TactfulDb,
  url: string,
  status: SyncStatus,
  onTeamRow: { etag?: string } | null,
): Promise<void> {
  await guarded(() =>
    db.transaction('rw', [db.rulebooks, db.settings], async () => {
      if (onTeamRow) {
        await db.rulebooks.update('team', { lastSync: status, ...(onTeamRow.etag ? { etag: onTeamRow.etag } : {}) });
      }
      await db.settings.put({ key: SYNC_STATUS_KEY, value: { url, ...status } });
    }),
  );
}
