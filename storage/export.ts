import type { EditableLayer } from '../messaging/protocol.ts';
import type { LayerName } from '../rules/layers.ts';
import type { Rule, Rulebook } from '../rules/schema.ts';
import type { TactfulDb } from './db.ts';
import { emptyBook, readLayers } from './rulebooks.ts';

/**
 * A layer's rulebook as a file in the import format (schemaVersion 2). Switches the layer set on
 * rules it does not define (e.g. the team switched a starter rule off) travel as a copy of that
 * rule with the switch applied, so importing the file elsewhere gives the same result.
 */
export async function exportLayer(db: TactfulDb, layer: EditableLayer, starter: Rulebook): Promise<Rulebook> {
  const stored = await readLayers(db);
  const row = stored[layer];
  const switches = stored.switches[layer];
  const earlier: Rule[] = [...starter.rules, ...(layer === 'personal' ? (stored.team?.book.rules ?? []) : [])];
  const own = row?.book.rules ?? [];
  const ownIds = new Set(own.map((r) => r.id));

  const applied = (rule: Rule): Rule => {
    const change = switches[rule.id];
    if (!change) return rule;
    const next: Rule = { ...rule };
    if (change.enabled !== undefined) next.enabled = change.enabled;
    if (change.severity !== undefined) next.severity = change.severity;
    if (change.locked && layer === 'team') next.locked = true;
    return next;
  };
  const carried = Object.keys(switches)
    .filter((id) => !ownIds.has(id))
    .map((id) => [...earlier].reverse().find((r) => r.id === id))
    .filter((r): r is Rule => r !== undefined)
    .map(applied);

  const base: Rulebook = row?.book ?? emptyBook(layer);
  const { $schema: _ignored, ...rest } = base;
  return {
    $schema: 'https://tactful.app/rulebook.schema.json',
    ...rest,
    schemaVersion: 2,
    rules: [...own.map(applied), ...carried],
  };
}

export const exportFileName = (book: Rulebook, layer: LayerName) =>
  `${book.id.replace(/[^a-z0-9-]+/g, '-') || layer}.tactful.json`;
