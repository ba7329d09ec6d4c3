import type { ApplyMode } from '../messaging/protocol.ts';
import type { RulebookRow, SyncStatus, TactfulDb, VersionCause } from './db.ts';
import { guarded } from './errors.ts';
import { bumpRevisions } from './revision.ts';
import { layerTables, versioned } from './versions.ts';

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
export async function storeHostedRulebook(
  db: TactfulDb,
  next: (current: RulebookRow | undefined) => RulebookRow & { url: string },
  cause: VersionCause,
): Promise<number> {
  return guarded(() =>
    db.transaction('rw', layerTables(db), async () => {
      const row = await versioned(db, 'team', cause, async () => {
        const value = next(await db.rulebooks.get('team'));
        await db.rulebooks.put(value);
        return value;
      });
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

/**
 * Unsubscribe: forget the address, and keep the last hosted book as the team's own, editable book (remembering
 * where it came from so the page can say so). One transaction, recorded as a version.
 */
export async function detachHostedTeam(
  db: TactfulDb,
  cause: VersionCause,
): Promise<{ revision: number; url?: string }> {
  return guarded(() =>
    db.transaction('rw', layerTables(db), async () => {
      const url = await readSubscriptionUrl(db);
      await db.settings.delete(SUBSCRIPTION_KEY);
      await db.settings.delete(SUBSCRIPTION_MODE_KEY);
      const team = await db.rulebooks.get('team');
      const hosted = team && team.source === 'hosted';
      if (hosted) {
        await versioned(db, 'team', cause, async () => {
          const { url: from, etag: _etag, lastSync: _sync, ...rest } = team;
          await db.rulebooks.put({ ...rest, source: 'local', ...(from ? { detachedFrom: from } : {}) });
        });
      }
      return { revision: await bumpRevisions(db, { rules: true }), ...(url ? { url } : {}) };
    }),
  );
}

const SUBSCRIPTION_MODE_KEY = 'subscriptionMode';

/** How refreshes of the subscription apply: the way the lead chose when they previewed the first fetch. */
export async function readSubscriptionMode(db: TactfulDb): Promise<ApplyMode> {
  const row = await guarded(() => db.settings.get(SUBSCRIPTION_MODE_KEY));
  return row?.value === 'merge-theirs' || row?.value === 'merge-mine' ? row.value : 'replace';
}

export async function writeSubscriptionMode(db: TactfulDb, mode: ApplyMode): Promise<void> {
  await guarded(() => db.settings.put({ key: SUBSCRIPTION_MODE_KEY, value: mode }));
}
