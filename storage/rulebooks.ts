import type { EditableLayer } from '../messaging/protocol.ts';
import type { LayerName, RuleSwitch } from '../rules/layers.ts';
import type { Rule, Rulebook } from '../rules/schema.ts';
import type { OverrideRow, RulebookRow, TactfulDb, VersionCause } from './db.ts';
import { guarded } from './errors.ts';
import { bumpRevisions } from './revision.ts';
import { layerTables, versioned } from './versions.ts';

/** The stored team and personal layers (the starter layer ships in code) and every layer's switches. */
export interface StoredLayers {
  team?: RulebookRow;
  personal?: RulebookRow;
  switches: Record<LayerName, Record<string, RuleSwitch>>;
}

export async function readLayers(db: TactfulDb): Promise<StoredLayers> {
  return guarded(() =>
    db.transaction('r', [db.rulebooks, db.overrides], async () => {
      const [team, personal, overrides] = await Promise.all([
        db.rulebooks.get('team'),
        db.rulebooks.get('personal'),
        db.overrides.toArray(),
      ]);
      const switches: StoredLayers['switches'] = { starter: {}, team: {}, personal: {} };
      for (const { layer, ruleId, ...change } of overrides) switches[layer][ruleId] = change;
      return { team, personal, switches };
    }),
  );
}

/**
 * Replace a layer's rulebook in ONE transaction with the revision bump: readers see the old book
 * or the new one, never a mix, even if the worker is killed midway (IndexedDB aborts the transaction).
 */
export async function storeRulebook(
  db: TactfulDb,
  row: RulebookRow,
  cause: VersionCause = { by: 'you', what: 'Replaced the rulebook' },
): Promise<number> {
  return replaceLayerBook(db, row.layer, () => row, cause);
}

/**
 * Write a layer's rulebook computed from the one stored now (a merge needs the current book read in the same
 * transaction, so nothing saved in between is lost), with its version and the revision bump: all or nothing.
 */
export async function replaceLayerBook(
  db: TactfulDb,
  layer: EditableLayer,
  next: (current: RulebookRow | undefined) => RulebookRow,
  cause: VersionCause,
): Promise<number> {
  return guarded(() =>
    db.transaction('rw', layerTables(db), async () => {
      await versioned(db, layer, cause, async () => {
        await db.rulebooks.put(next(await db.rulebooks.get(layer)));
      });
      return bumpRevisions(db, { rules: true });
    }),
  );
}

const EMPTY_BOOK_NAMES: Record<EditableLayer, string> = { team: 'Team rules', personal: 'My rules' };

/** The book a layer starts from before anything is saved or imported into it. */
export const emptyBook = (layer: EditableLayer): Rulebook => ({
  schemaVersion: 2,
  id: layer,
  name: EMPTY_BOOK_NAMES[layer],
  rules: [],
});

/** Change one layer's book with `change`, in one transaction; creates the layer's book if missing. */
async function editBook<T>(
  db: TactfulDb,
  layer: EditableLayer,
  cause: VersionCause,
  change: (rules: Rule[]) => T,
): Promise<{ result: T; revision: number }> {
  return guarded(() =>
    db.transaction('rw', layerTables(db), async () => {
      const result = await versioned(db, layer, cause, async () => {
        const row = (await db.rulebooks.get(layer)) ?? {
          layer,
          source: 'local' as const,
          book: emptyBook(layer),
          importedAt: Date.now(),
        };
        const rules = [...row.book.rules];
        const outcome = change(rules);
        await db.rulebooks.put({ ...row, book: { ...row.book, rules } });
        return outcome;
      });
      return { result, revision: await bumpRevisions(db, { rules: true }) };
    }),
  );
}

/** Add a rule, or replace the rule with `previousId` (its id may change) keeping its place. */
export async function saveRule(
  db: TactfulDb,
  layer: EditableLayer,
  rule: Rule,
  previousId = rule.id,
  cause: VersionCause = { by: 'you', what: `Saved “${rule.id}” in the editor` },
): Promise<number> {
  const { revision } = await editBook(db, layer, cause, (rules) => {
    const at = rules.findIndex((r) => r.id === previousId);
    const clash = rules.findIndex((r) => r.id === rule.id);
    if (clash !== -1 && clash !== at) throw new Error(`A rule with the id "${rule.id}" already exists in this layer.`);
    if (at === -1) rules.push(rule);
    else rules[at] = rule;
  });
  return revision;
}

/** Delete a rule; resolves with what undo needs. */
export async function deleteRule(
  db: TactfulDb,
  layer: EditableLayer,
  ruleId: string,
): Promise<{ rule: Rule; index: number; revision: number } | undefined> {
  const { result, revision } = await editBook(db, layer, { by: 'you', what: `Deleted “${ruleId}”` }, (rules) => {
    const index = rules.findIndex((r) => r.id === ruleId);
    if (index === -1) return undefined;
    const [rule] = rules.splice(index, 1);
    return rule ? { rule, index } : undefined;
  });
  return result ? { ...result, revision } : undefined;
}

/** Undo a delete: put the rule back where it was (or at the end if the book changed since). */
export async function restoreRule(db: TactfulDb, layer: EditableLayer, rule: Rule, index: number): Promise<number> {
  const cause: VersionCause = { by: 'you', what: `Undid the delete of “${rule.id}”` };
  const { revision } = await editBook(db, layer, cause, (rules) => {
    if (rules.some((r) => r.id === rule.id)) throw new Error(`A rule with the id "${rule.id}" already exists again.`);
    rules.splice(Math.min(index, rules.length), 0, rule);
  });
  return revision;
}

/** Set or clear (null) one layer's switch on a rule. */
export async function setSwitch(
  db: TactfulDb,
  layer: LayerName,
  ruleId: string,
  change: RuleSwitch | null,
): Promise<number> {
  return setSwitches(db, layer, [ruleId], change, { by: 'you', what: describeSwitch(ruleId, change) });
}

function describeSwitch(ruleId: string, change: RuleSwitch | null): string {
  if (change?.enabled !== undefined) return `Turned “${ruleId}” ${change.enabled ? 'on' : 'off'}`;
  if (change?.severity !== undefined) return `Made “${ruleId}” a ${change.severity}`;
  return `Changed the switches of “${ruleId}”`;
}

/** Set or clear one switch on many rules at once (bulk on, off or severity), as one change and one version. */
export async function setSwitches(
  db: TactfulDb,
  layer: LayerName,
  ruleIds: readonly string[],
  change: RuleSwitch | null,
  cause: VersionCause,
): Promise<number> {
  return guarded(() =>
    db.transaction('rw', layerTables(db), async () => {
      await versioned(db, layer, cause, async () => {
        for (const ruleId of ruleIds) {
          const current = await db.overrides.get([layer, ruleId]);
          const next: OverrideRow = { ...current, ...change, layer, ruleId };
          // A key set to undefined clears that switch (severity back to the rule's own).
          for (const key of ['enabled', 'severity', 'locked'] as const) if (next[key] === undefined) delete next[key];
          const empty = change === null || (next.enabled === undefined && next.severity === undefined && !next.locked);
          if (empty) await db.overrides.delete([layer, ruleId]);
          else await db.overrides.put(next);
        }
      });
      return bumpRevisions(db, { rules: true });
    }),
  );
}
