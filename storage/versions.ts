import type { EditableLayer } from '../messaging/protocol.ts';
import type { LayerName, RuleSwitch } from '../rules/layers.ts';
import type { OverrideRow, RulebookRow, TactfulDb, VersionCause, VersionRow } from './db.ts';
import { guarded } from './errors.ts';
import { bumpRevisions } from './revision.ts';

/**
 * Every change to an editable layer is a version: the layer as it stands after the change (its book and its own
 * switches), with who made it and why. Writes call `versioned` inside their transaction, so a change and its
 * version are stored together or not at all. The last MAX_VERSIONS per layer are kept.
 */
export const MAX_VERSIONS = 50;

/** The tables a versioned layer write touches; pass them all to the write's transaction. */
export const layerTables = (db: TactfulDb) => [db.rulebooks, db.overrides, db.settings, db.versions];

const isEditable = (layer: LayerName): layer is EditableLayer => layer === 'team' || layer === 'personal';

async function layerState(db: TactfulDb, layer: EditableLayer): Promise<Pick<VersionRow, 'row' | 'switches'>> {
  const [row, overrides] = await Promise.all([
    db.rulebooks.get(layer),
    db.overrides.where('layer').equals(layer).toArray(),
  ]);
  const switches: Record<string, RuleSwitch> = {};
  for (const { layer: _layer, ruleId, ...change } of overrides) switches[ruleId] = change;
  return { row: row ?? null, switches };
}

/** What a layer's content is, for telling whether a change changed anything (sync times and ETags aside). */
const contentKey = ({ row, switches }: Pick<VersionRow, 'row' | 'switches'>) =>
  JSON.stringify([row?.book ?? null, row?.source ?? null, row?.url ?? null, switches]);

async function newestVersion(db: TactfulDb, layer: EditableLayer): Promise<VersionRow | undefined> {
  return db.versions.where('layer').equals(layer).last();
}

/**
 * Run `change` on a layer and record the layer after it as a version. Call inside a rw transaction over
 * `layerTables(db)`. A layer without history first records how it stood before, so the first change has an undo;
 * a change that left the layer as it was records nothing.
 */
export async function versioned<T>(
  db: TactfulDb,
  layer: LayerName,
  cause: VersionCause,
  change: () => Promise<T>,
  now = Date.now(),
): Promise<T> {
  if (!isEditable(layer)) return change();
  const before = await newestVersion(db, layer);
  if (!before) {
    const start = await layerState(db, layer);
    await db.versions.add({ layer, at: now, cause: { by: 'you', what: 'Before the first recorded change' }, ...start });
  }
  const result = await change();
  const after = await layerState(db, layer);
  const previous = before ?? (await newestVersion(db, layer));
  if (!previous || contentKey(previous) !== contentKey(after)) {
    await db.versions.add({ layer, at: now, cause, ...after });
    const ids = await db.versions.where('layer').equals(layer).primaryKeys();
    const extra = ids.length - MAX_VERSIONS;
    if (extra > 0) await db.versions.bulkDelete(ids.slice(0, extra));
  }
  return result;
}

/** A layer's versions, newest first. */
export async function listVersions(db: TactfulDb, layer: EditableLayer): Promise<VersionRow[]> {
  return guarded(async () => (await db.versions.where('layer').equals(layer).toArray()).reverse());
}

export async function readVersion(db: TactfulDb, id: number): Promise<VersionRow | undefined> {
  return guarded(() => db.versions.get(id));
}

/**
 * The row a restored version writes. A hosted book restored while the team is still subscribed to the same
 * address keeps today's ETag and sync status (so the undo lasts until the published file changes); a hosted book
 * restored after unsubscribing comes back as the team's own, editable book.
 */
function restoredRow(version: RulebookRow, current: RulebookRow | undefined): RulebookRow {
  const hosted = version.source === 'hosted' || version.source === 'policy';
  if (!hosted) return version;
  const stillSubscribed = current && current.source === version.source && current.url === version.url;
  if (stillSubscribed) {
    const { etag, lastSync } = current;
    return { ...version, ...(etag ? { etag } : {}), ...(lastSync ? { lastSync } : {}) };
  }
  const { url, etag: _etag, lastSync: _sync, ...rest } = version;
  return { ...rest, source: 'local', ...(url ? { detachedFrom: url } : {}) };
}

/** Put a layer back as a version left it (book and switches), as a new version; resolves with the revision. */
export async function restoreVersion(db: TactfulDb, id: number, cause: VersionCause): Promise<number> {
  return guarded(() =>
    db.transaction('rw', layerTables(db), async () => {
      const version = await db.versions.get(id);
      if (!version) throw new Error('That version is no longer kept (only the last 50 are).');
      const { layer } = version;
      await versioned(db, layer, cause, async () => {
        const current = await db.rulebooks.get(layer);
        if (version.row) await db.rulebooks.put(restoredRow(version.row, current));
        else await db.rulebooks.delete(layer);
        await db.overrides.where('layer').equals(layer).delete();
        const rows: OverrideRow[] = Object.entries(version.switches).map(([ruleId, change]) => ({
          ...change,
          layer,
          ruleId,
        }));
        await db.overrides.bulkPut(rows);
      });
      return bumpRevisions(db, { rules: true });
    }),
  );
}
