import type { TactfulDb } from './db.ts';

/**
 * Two counters in `settings`. `revision` changes on every change a content script must hear about
 * (rules, switches, sites); `rulesVersion` only when the effective rulebook must be recompiled.
 * Bump them inside the same transaction as the change, so a crash can never leave a change without
 * its bump (the compiled cache would look fresh while it is stale).
 */
export interface Revisions {
  revision: number;
  rulesVersion: number;
}

const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

export async function readRevisions(db: TactfulDb): Promise<Revisions> {
  const [revision, rulesVersion] = await Promise.all([db.settings.get('revision'), db.settings.get('rulesVersion')]);
  return { revision: num(revision?.value), rulesVersion: num(rulesVersion?.value) };
}

/** Call inside a rw transaction that includes `settings`. Resolves with the new revision. */
export async function bumpRevisions(db: TactfulDb, { rules }: { rules: boolean }): Promise<number> {
  const current = await readRevisions(db);
  const revision = current.revision + 1;
  await db.settings.put({ key: 'revision', value: revision });
  if (rules) await db.settings.put({ key: 'rulesVersion', value: current.rulesVersion + 1 });
  return revision;
}
