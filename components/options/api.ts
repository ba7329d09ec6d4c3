import { t } from '../../i18n/t.ts';
import type {
  ApplyPreview,
  DeletedRule,
  ImportPreview,
  LayerDiff,
  OptionsModel,
  PolicyInfo,
  RuleWriteResult,
  SubscriptionPreview,
  VersionInfo,
} from '../../messaging/page-protocol.ts';
import type { ApplyMode, CoachState, EditableLayer, ImportResult, SyncResult } from '../../messaging/protocol.ts';
import type { LayerName } from '../../rules/layers.ts';
import type { Rule } from '../../rules/schema.ts';
import type { Problem, Severity } from '../../rules/types.ts';

/**
 * Everything the options page needs, as one interface: the page's entrypoint passes the real one
 * (requests to the background worker, components/options/options-api.ts); component tests may pass a fake.
 * Components never import storage: the worker owns the database.
 */
export type {
  ApplyMode,
  ApplyPreview,
  DeletedRule,
  EditableLayer,
  ImportPreview,
  LayerDiff,
  OptionsModel,
  PolicyInfo,
  SubscriptionPreview,
  VersionInfo,
};

/** A file to import: its text, format, the book name a CSV becomes, and the file's own name for the history. */
export interface ImportFile {
  format: 'json' | 'csv';
  text: string;
  name: string;
  fileName: string;
}

export interface OptionsApi {
  load(): Promise<OptionsModel>;
  /** Call `onChange` whenever the stored rules or settings change (here or in another context). */
  watch(onChange: () => void, signal: AbortSignal): void;
  /** The effective rulebook exactly as content scripts receive it. */
  coachState(): Promise<CoachState>;
  /**
   * Stored, or refused with every problem the worker's validation found (the one an import runs). With `opened`
   * (the rule as the editor opened it), refused with a conflict when the rule has changed since.
   */
  saveRule(layer: EditableLayer, rule: Rule, previousId?: string, opened?: Rule | null): Promise<RuleWriteResult>;
  deleteRule(layer: EditableLayer, ruleId: string): Promise<DeletedRule | undefined>;
  restoreRule(deleted: DeletedRule): Promise<RuleWriteResult>;
  setEnabled(ruleId: string, enabled: boolean): Promise<void>;
  setSeverity(ruleId: string, severity: Severity | null): Promise<void>;
  /** What the worker's validation says about a rule (unsafe regexes, patterns that do not compile…); [] when fine. */
  checkRule(rule: Rule): Promise<Problem[]>;
  /** What importing the file into the layer would change, each way; nothing is stored. */
  previewImport(layer: EditableLayer, file: ImportFile): Promise<ImportPreview>;
  /** `confirmSwitchOff`: the lead confirmed the preview's warning that the file switches every rule off. */
  importFile(
    layer: EditableLayer,
    file: ImportFile,
    mode: ApplyMode,
    confirmSwitchOff?: boolean,
  ): Promise<ImportResult>;
  /** The layer's rulebook as a file, in the import format (JSON, or CSV with the rules a sheet cannot hold left out). */
  exportLayer(
    layer: EditableLayer,
    format?: 'json' | 'csv',
  ): Promise<{ fileName: string; text: string; left?: string[] }>;
  /** Fetch a hosted rulebook and say what subscribing would change; nothing is stored. */
  previewSubscription(url: string): Promise<SubscriptionPreview>;
  /** Subscribe to the previewed file, applied the chosen way (later refreshes apply the same way). */
  subscribe(url: string, mode: ApplyMode, digest: string, confirmSwitchOff?: boolean): Promise<SyncResult>;
  /** Unsubscribe: the team layer keeps the last hosted book and is editable again. */
  unsubscribe(): Promise<SyncResult>;
  listVersions(layer: EditableLayer): Promise<VersionInfo[]>;
  restoreVersion(id: number): Promise<RuleWriteResult>;
  /** Switch many rules on or off, or set their severity, in one layer, as one change. */
  setSwitches(
    layer: EditableLayer,
    ruleIds: string[],
    change: { enabled: boolean } | { severity: Severity | null },
  ): Promise<void>;
  syncNow(): Promise<SyncResult>;
  setSiteEnabled(host: string, enabled: boolean): Promise<void>;
}

export const LAYER_LABEL: Record<LayerName, string> = {
  starter: t('options_layerStarter'),
  team: t('options_layerTeam'),
  personal: t('options_layerYours'),
};
