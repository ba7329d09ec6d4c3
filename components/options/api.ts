import type { DeletedRule, OptionsModel, PolicyInfo, RuleWriteResult } from '../../messaging/page-protocol.ts';
import type { CoachState, EditableLayer, ImportResult, SyncResult } from '../../messaging/protocol.ts';
import type { LayerName } from '../../rules/layers.ts';
import type { Rule } from '../../rules/schema.ts';
import type { Problem, Severity } from '../../rules/types.ts';

/**
 * Everything the options page needs, as one interface: the page's entrypoint passes the real one
 * (requests to the background worker, components/options/options-api.ts); component tests may pass a fake.
 * Components never import storage: the worker owns the database.
 */
export type { DeletedRule, EditableLayer, OptionsModel, PolicyInfo };

export interface OptionsApi {
  load(): Promise<OptionsModel>;
  /** Call `onChange` whenever the stored rules or settings change (here or in another context). */
  watch(onChange: () => void, signal: AbortSignal): void;
  /** The effective rulebook exactly as content scripts receive it. */
  coachState(): Promise<CoachState>;
  /** Stored, or refused with every problem the worker's validation found (the one an import runs). */
  saveRule(layer: EditableLayer, rule: Rule, previousId?: string): Promise<RuleWriteResult>;
  deleteRule(layer: EditableLayer, ruleId: string): Promise<DeletedRule | undefined>;
  restoreRule(deleted: DeletedRule): Promise<RuleWriteResult>;
  setEnabled(ruleId: string, enabled: boolean): Promise<void>;
  setSeverity(ruleId: string, severity: Severity | null): Promise<void>;
  /** What the worker's validation says about a rule (unsafe regexes, patterns that do not compile…); [] when fine. */
  checkRule(rule: Rule): Promise<Problem[]>;
  importFile(layer: EditableLayer, format: 'json' | 'csv', text: string, name?: string): Promise<ImportResult>;
  /** The layer's rulebook as a file, in the import format. */
  exportLayer(layer: EditableLayer): Promise<{ fileName: string; text: string }>;
  setSubscription(url: string | null): Promise<SyncResult>;
  syncNow(): Promise<SyncResult>;
  setSiteEnabled(host: string, enabled: boolean): Promise<void>;
}

export const LAYER_LABEL: Record<LayerName, string> = { starter: 'Starter', team: 'Team', personal: 'Yours' };
