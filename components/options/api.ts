import type { CoachState, ImportLayer, ImportResult, SyncResult } from '../../messaging/protocol.ts';
import type { EffectiveRule, LayerName, Refusal } from '../../rules/layers.ts';
import type { Rule } from '../../rules/schema.ts';
import type { Severity } from '../../rules/types.ts';

/**
 * Everything the options page needs, as one interface: the page's entrypoint passes the real one
 * (storage + messaging, storage/options-api.ts); component tests pass a fake. Components never import
 * storage themselves.
 */
export type EditableLayer = 'team' | 'personal';

export interface LayerInfo {
  name: string;
  id: string;
  source: 'builtin' | 'import' | 'hosted' | 'policy' | 'local';
  importedAt: number;
  url?: string;
  ruleCount: number;
}

export interface SyncInfo {
  url: string;
  at: number;
  ok: boolean;
  message: string;
}

export interface PolicyInfo {
  active: boolean;
  rulebookUrl?: string;
  locked?: boolean;
  disabledSites?: string[];
}

export interface OptionsModel {
  rules: EffectiveRule[];
  refused: Refusal[];
  layers: { starter: LayerInfo; team?: LayerInfo; personal?: LayerInfo };
  /** Why the team layer cannot be edited here, or null when it can. */
  teamReadOnly: string | null;
  policy: PolicyInfo;
  subscription: { url: string | null; byPolicy: boolean; status?: SyncInfo };
  disabledSites: string[];
}

export interface DeletedRule {
  layer: EditableLayer;
  rule: Rule;
  index: number;
}

export interface OptionsApi {
  load(): Promise<OptionsModel>;
  /** Call `onChange` whenever the stored rules or settings change (here or in another context). */
  watch(onChange: () => void, signal: AbortSignal): void;
  /** The effective rulebook exactly as content scripts receive it. */
  coachState(): Promise<CoachState>;
  saveRule(layer: EditableLayer, rule: Rule, previousId?: string): Promise<void>;
  deleteRule(layer: EditableLayer, ruleId: string): Promise<DeletedRule | undefined>;
  restoreRule(deleted: DeletedRule): Promise<void>;
  setEnabled(ruleId: string, enabled: boolean): Promise<void>;
  setSeverity(ruleId: string, severity: Severity | null): Promise<void>;
  /** Problems with JSON paths for a regex that could freeze a page; [] when safe. */
  checkRegexes(rule: Rule): { path: string; message: string }[];
  importFile(layer: ImportLayer, format: 'json' | 'csv', text: string, name?: string): Promise<ImportResult>;
  /** The layer's rulebook as a file, in the import format. */
  exportLayer(layer: EditableLayer): Promise<{ fileName: string; text: string }>;
  setSubscription(url: string | null): Promise<SyncResult>;
  syncNow(): Promise<SyncResult>;
  setSiteEnabled(host: string, enabled: boolean): Promise<void>;
}

export const LAYER_LABEL: Record<LayerName, string> = { starter: 'Starter', team: 'Team', personal: 'Yours' };
