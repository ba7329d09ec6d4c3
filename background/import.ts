import type { EditableLayer, ImportResult } from '../messaging/protocol.ts';
import { starterRulebook } from '../rules/index.ts';
import type { TactfulDb } from '../storage/db.ts';
import type { Policy } from '../storage/policy.ts';
import { storeRulebook } from '../storage/rulebooks.ts';
import { teamLayerRefusal } from './rule-writes.ts';
import { SWITCHES_OFF_EVERYTHING, switchesOffEverything } from './switches-off-everything.ts';
import { validateRulebookCsv, validateRulebookText } from './validate.ts';

export interface ImportRequest {
  layer: EditableLayer;
  format: 'json' | 'csv';
  text: string;
  name?: string;
}

/**
 * Validate a rulebook file and store it as the layer's rulebook in one transaction. Any problem
 * leaves the stored rulebook untouched and comes back as a list with JSON paths (or CSV rows).
 */
export async function importRulebook(db: TactfulDb, request: ImportRequest, policy: Policy): Promise<ImportResult> {
  const refusal = teamLayerRefusal(request.layer, policy);
  if (refusal) return { ok: false, problems: [refusal] };
  const outcome =
    request.format === 'csv' ? validateRulebookCsv(request.text, request.name) : validateRulebookText(request.text);
  if (!outcome.ok) return { ok: false, problems: outcome.problems.slice(0, 100) };
  if (switchesOffEverything(outcome.value, starterRulebook)) return { ok: false, problems: [SWITCHES_OFF_EVERYTHING] };
  const revision = await storeRulebook(db, {
    layer: request.layer,
    source: 'import',
    book: outcome.value,
    importedAt: Date.now(),
  });
  return { ok: true, revision, ruleCount: outcome.value.rules.length };
}
