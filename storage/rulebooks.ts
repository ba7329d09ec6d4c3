import type { EditableLayer } from '../messaging/protocol.ts';
import type { LayerName, RuleSwitch } from '../rules/layers.ts';
import type { Rule, Rulebook } from '../rules/schema.ts';
import type { OverrideRow, RulebookRow, TactfulDb } from './db.ts';
import { guarded } from './errors.ts';
import { bumpRevisions } from './revision.ts';

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
export async function storeRulebook(db: TactfulDb, row: RulebookRow): Promise<number> {
  return guarded(() =>
    db.transaction('rw', [db.rulebooks, db.settings], async () => {
      await db.rulebooks.put(row);
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
  change: (rules: Rule[]) => T,
): Promise<{ result: T; revision: number }> {
  return guarded(() =>
    db.transaction('rw', [db.rulebooks, db.settings], async () => {
      const row = (await db.rulebooks.get(layer)) ?? {
        layer,
        source: 'local' as const,
        book: emptyBook(layer),
        importedAt: Date.now(),
      };
      const rules = [...row.book.rules];
      const result = change(rules);
      await db.rulebooks.put({ ...row, book: { ...row.book, rules } });
      return { result, revision: await bumpRevisions(db, { rules: true }) };
    }),
  );
}

/** Add a rule, or replace the rule with `previousId` (its id may change) keeping its place. */
export async function saveRule(db: TactfulDb, layer: EditableLayer, rule: Rule, previousId = rule.id): Promise<number> {
  const { revision } = await editBook(db, layer, (rules) => {
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
  const { result, revision } = await editBook(db, layer, (rules) => {
    const index = rules.findIndex((r) => r.id === ruleId);
    if (index === -1) return undefined;
    const [rule] = rules.splice(index, 1);
    return rule ? { rule, index } : undefined;
  });
  return result ? { ...result, revision } : undefined;
}

/** Undo a delete: put the rule back where it was (or at the end if the book changed since). */
export async function restoreRule(db: TactfulDb, layer: EditableLayer, rule: Rule, index: number): Promise<number> {
  const { revision } = await editBook(db, layer, (rules) => {
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
  return guarded(() =>
    db.transaction('rw', [db.overrides, db.settings], async () => {
      const current = await db.overrides.get([layer, ruleId]);
      const next: OverrideRow = { ...current, ...change, layer, ruleId };
      const empty = change === null || (next.enabled === undefined && next.severity === undefined && !next.locked);
      if (empty) await db.overrides.delete([layer, ruleId]);
      else await db.overrides.put(next);
      return bumpRevisions(db, { rules: true });
    }),
  );
}
