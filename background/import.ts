import type { ImportPreview } from '../messaging/page-protocol.ts';
import type { ApplyMode, EditableLayer, ImportResult } from '../messaging/protocol.ts';
import { starterRulebook } from '../rules/index.ts';
import type { Rulebook } from '../rules/schema.ts';
import type { Outcome, Problem } from '../rules/types.ts';
import type { TactfulDb } from '../storage/db.ts';
import type { Policy } from '../storage/policy.ts';
import { readLayers, replaceLayerBook } from '../storage/rulebooks.ts';
import { teamLayerRefusal } from './rule-writes.ts';
import { applyBook, MODE_WORDS, previewOf } from './rulebook-merge.ts';
import { rulesSwitchedOff, SWITCHES_OFF_EVERYTHING } from './switches-off-everything.ts';
import { validateRulebookCsv, validateRulebookText } from './validate.ts';

export interface ImportRequest {
  layer: EditableLayer;
  format: 'json' | 'csv';
  text: string;
  name?: string;
  fileName?: string;
  mode?: ApplyMode;
  /** The lead saw the preview's warning that this file switches every rule off, and confirmed it a second time. */
  confirmSwitchOff?: boolean;
}

/** Why a file cannot go into this layer now: the organisation manages the team, or it comes from an address. */
async function refusal(db: TactfulDb, layer: EditableLayer, policy: Policy): Promise<Problem | undefined> {
  const managed = teamLayerRefusal(layer, policy);
  if (managed) return managed;
  if (layer !== 'team') return undefined;
  const { team } = await readLayers(db);
  if (team?.source !== 'hosted') return undefined;
  return {
    path: '',
    message: `The team rulebook comes from ${team.url ?? 'a web address'}. Unsubscribe first (it stays as your team's own rules), or change the published file.`,
  };
}

function validated(request: ImportRequest): Outcome<Rulebook> {
  return request.format === 'csv'
    ? validateRulebookCsv(request.text, request.name)
    : validateRulebookText(request.text);
}

/** Validate a file and say what each way of importing it would change in the layer; nothing is stored. */
export async function previewImport(db: TactfulDb, request: ImportRequest, policy: Policy): Promise<ImportPreview> {
  const refused = await refusal(db, request.layer, policy);
  if (refused) return { ok: false, problems: [refused] };
  const outcome = validated(request);
  if (!outcome.ok) return { ok: false, problems: outcome.problems.slice(0, 100) };
  const current = (await readLayers(db))[request.layer]?.book;
  const switchedOff = rulesSwitchedOff(outcome.value, starterRulebook);
  return { ok: true, ...previewOf(current, outcome.value), ...(switchedOff ? { switchesOffAll: switchedOff } : {}) };
}

/**
 * Validate a rulebook file and apply it to the layer (replace, or merge by rule id) in one transaction with its
 * version, so the change can be undone. Any problem leaves the layer untouched and comes back as a list.
 */
export async function importRulebook(db: TactfulDb, request: ImportRequest, policy: Policy): Promise<ImportResult> {
  const refused = await refusal(db, request.layer, policy);
  if (refused) return { ok: false, problems: [refused] };
  const outcome = validated(request);
  if (!outcome.ok) return { ok: false, problems: outcome.problems.slice(0, 100) };
  // Only a lead who saw the preview's warning and confirmed it may silence every rule.
  const silencesAll = rulesSwitchedOff(outcome.value, starterRulebook) > 0;
  if (silencesAll && !request.confirmSwitchOff) return { ok: false, problems: [SWITCHES_OFF_EVERYTHING] };
  const mode = request.mode ?? 'replace';
  const file = request.fileName ?? request.name ?? (request.format === 'csv' ? 'a CSV file' : 'a rulebook file');
  const revision = await replaceLayerBook(
    db,
    request.layer,
    (current) => {
      const book = applyBook(current?.book, outcome.value, mode);
      return { layer: request.layer, source: 'import', book, importedAt: Date.now() };
    },
    {
      by: 'you',
      what: `Imported ${file} (${MODE_WORDS[mode]})${silencesAll ? ', switching every rule off' : ''}`,
      file,
    },
  );
  return { ok: true, revision, ruleCount: outcome.value.rules.length };
}
