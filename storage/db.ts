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
  /** A team book that came from this address until the lead unsubscribed: kept as the layer's starting point. */
  detachedFrom?: string;
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

/**
 * Version 4 keeps a history of each editable layer: every change stores the layer as it stands after it (book and
 * switches) with who made it and why, so any change can be undone. Existing layers get a first version on upgrade.
 */
export const STORES_V4 = {
  ...STORES_V3,
  versions: '++id, layer',
} as const;

export const CURRENT_DB_VERSION = 4;

/** Who made a change to a layer and what it was, as the history lists it. */
export interface VersionCause {
  /** You (options page, card), a subscription refresh, the managed policy, or the upgrade that began the history. */
  by: 'you' | 'subscription' | 'policy' | 'upgrade';
  /** What happened, in words: "Saved “team/x” in the editor", "Imported team.json (merge, imported wins)". */
  what: string;
  file?: string;
  url?: string;
  etag?: string;
}

/** One version of a layer: the layer as it stood after a change. */
export interface VersionRow {
  id?: number;
  layer: EditableLayer;
  at: number;
  cause: VersionCause;
  /** The layer's rulebook row, or null when the layer had none. */
  row: RulebookRow | null;
  /** The layer's own switches (on, off, severity, lock) on rules it does not define. */
  switches: Record<string, RuleSwitch>;
}

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
  versions!: EntityTable<VersionRow, 'id'>;

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
    this.version(4)
      .stores(STORES_V4)
      .upgrade(async (tx) => {
        // The history starts from what is stored now, so the first change after the upgrade can be undone.
        const rulebooks = (await tx.table('rulebooks').toArray()) as RulebookRow[];
        const overrides = (await tx.table('overrides').toArray()) as OverrideRow[];
        const at = Date.now();
        for (const layer of ['team', 'personal'] as const) {
          const row = rulebooks.find((r) => r.layer === layer) ?? null;
          const switches: Record<string, RuleSwitch> = {};
          for (const { layer: l, ruleId, ...change } of overrides) if (l === layer) switches[ruleId] = change;
          if (!row && Object.keys(switches).length === 0) continue;
          const version: VersionRow = {
            layer,
            at,
            cause: { by: 'upgrade', what: 'Your rules when Tactful began keeping versions' },
            row,
            switches,
          };
          await tx.table('versions').add(version);
        }
      });
  }
}
