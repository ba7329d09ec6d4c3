import { Dexie, type EntityTable, type Table } from 'dexie';
import type { EditableLayer } from '../messaging/protocol.ts';
import type { CompiledRulebook } from '../rules/compile.ts';
import type { LayerName, RuleSwitch } from '../rules/layers.ts';
import type { Rulebook } from '../rules/schema.ts';

/**
 * The one Tactful database, in the extension origin. Opened only by the background worker and
 * extension pages, never by a content script (a content script's IndexedDB belongs to the page).
 * Every schema change is a new version with an explicit upgrade and a test from a fixture of the
 * older version (tests/unit/storage/upgrade.test.ts).
 */
const DB_NAME = 'tactful';

/** Where a stored rulebook came from. The starter layer ships in code and is not stored. */
export type RulebookSource = 'builtin' | 'import' | 'hosted' | 'policy' | 'local';

export interface SyncStatus {
  at: number;
  ok: boolean;
  message: string;
}

export interface RulebookRow {
  layer: EditableLayer;
  source: RulebookSource;
  book: Rulebook;
  importedAt: number;
  /** Hosted rulebooks: the URL, the last ETag and how the last sync went. */
  url?: string;
  etag?: string;
  lastSync?: SyncStatus;
}

export interface OverrideRow extends RuleSwitch {
  layer: LayerName;
  ruleId: string;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export interface CompiledRow {
  key: 'effective';
  /** The `rulesVersion` setting this was built from; a mismatch means rebuild. */
  rulesVersion: number;
  /** Identifies the starter rulebook and policy it was built with (both live outside the database). */
  inputsKey: string;
  compiled: CompiledRulebook;
  disabledRules: string[];
  builtAt: number;
}

/** One rule switched off on one site (a host name, lower case), from the card on that site. */
export interface SiteRuleRow {
  host: string;
  ruleId: string;
  /** Epoch milliseconds, to list the newest first. */
  at: number;
}

export interface AttemptRow {
  id?: number;
  scenarioId: string;
  /** Epoch milliseconds. */
  at: number;
  /** 0–100. */
  score: number;
  /** Per rubric point, 0–1. */
  categories: Record<string, number>;
  reply: string;
  pack: string;
}

/** Version 1, the first release: kept so tests can build a fixture database of it. */
export const STORES_V1 = {
  rulebooks: '&layer',
  overrides: '[layer+ruleId], layer',
  settings: '&key',
  compiled: '&key',
} as const;

/** Version 2 adds practice attempts, nests sync status and splits site switches into one row per site. */
export const STORES_V2 = {
  ...STORES_V1,
  attempts: '++id, scenarioId, at',
} as const;

/**
 * Version 3 adds rules the agent switched off on one site from the card ("Turn this rule off" applies to the site
 * it was clicked on; only an extension page can switch a rule off everywhere). A new, empty table: nothing to move.
 */
export const STORES_V3 = {
  ...STORES_V2,
  siteRules: '[host+ruleId], host',
} as const;

export const CURRENT_DB_VERSION = 3;

/** v1 kept sync status flat on the rulebook row. */
interface RulebookRowV1 extends Omit<RulebookRow, 'lastSync'> {
  syncedAt?: number;
  syncOk?: boolean;
  syncMessage?: string;
}

export const siteKey = (host: string) => `site:${host.toLowerCase()}`;

export class TactfulDb extends Dexie {
  rulebooks!: EntityTable<RulebookRow, 'layer'>;
  overrides!: Table<OverrideRow, [LayerName, string]>;
  settings!: EntityTable<SettingRow, 'key'>;
  compiled!: EntityTable<CompiledRow, 'key'>;
  attempts!: EntityTable<AttemptRow, 'id'>;
  siteRules!: Table<SiteRuleRow, [string, string]>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(STORES_V1);
    this.version(2)
      .stores(STORES_V2)
      .upgrade(async (tx) => {
        await tx
          .table('rulebooks')
          .toCollection()
          .modify((row: RulebookRowV1 & { lastSync?: SyncStatus }) => {
            if (row.syncedAt !== undefined) {
              row.lastSync = { at: row.syncedAt, ok: row.syncOk ?? false, message: row.syncMessage ?? '' };
            }
            delete row.syncedAt;
            delete row.syncOk;
            delete row.syncMessage;
          });
        const settings = tx.table('settings');
        const old = (await settings.get('disabledSites')) as SettingRow | undefined;
        if (Array.isArray(old?.value)) {
          const hosts = old.value.filter((h): h is string => typeof h === 'string');
          await settings.bulkPut(hosts.map((host) => ({ key: siteKey(host), value: { enabled: false } })));
          await settings.delete('disabledSites');
        }
        // The compiled cache was built by v1 code: let the worker rebuild it.
        await tx.table('compiled').clear();
      });
    this.version(3).stores(STORES_V3);
  }
}
