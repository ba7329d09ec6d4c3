import { TactfulDb } from './db.ts';
import { StorageError, storageMessage, toStorageError } from './errors.ts';

let shared: TactfulDb | undefined;

/** The database for this extension context (background worker or extension page). */
export function getDb(): TactfulDb {
  shared ??= new TactfulDb();
  return shared;
}

/**
 * Open explicitly so a blocked upgrade (another tab holding the old version open) becomes a clear
 * message instead of a request that never answers. Dexie keeps trying in the background, so a
 * later call succeeds once the other tab lets go.
 */
export async function openDb(db: TactfulDb = getDb()): Promise<TactfulDb> {
  if (db.isOpen()) return db;
  let onBlocked: (() => void) | undefined;
  const blocked = new Promise<never>((_, reject) => {
    onBlocked = () => reject(new StorageError('blocked', storageMessage('blocked')));
    db.on('blocked', onBlocked);
  });
  try {
    await Promise.race([db.open(), blocked]);
    return db;
  } catch (error) {
    throw toStorageError(error);
  } finally {
    if (onBlocked) db.on('blocked').unsubscribe(onBlocked);
    blocked.catch(() => undefined);
  }
}
