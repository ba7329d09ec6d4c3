import * as z from 'zod/mini';
import type { CompiledRulebook } from '../rules/compile.ts';
import type { EffectiveRule, Refusal } from '../rules/layers.ts';
import type { Rule, Rulebook } from '../rules/schema.ts';
import type { Problem } from '../rules/types.ts';
import '../rules/zod-jitless.ts';
import { type ApplyMode, EDITABLE_LAYERS, type EditableLayer } from './protocol.ts';

/**
 * Requests only extension pages send to the background worker (options and practice): the worker owns the
 * database, so every read and write of a page is one of these. Kept apart from protocol.ts so the content script,
 * which runs on every coached page, never bundles them; the worker's server and the pages' client
 * (page-client.ts) know both. Schemas are built on first use, like the protocol's.
 */
function buildPageSchemas() {
  const ruleId = z.string().check(z.minLength(1), z.maxLength(100));
  const editableLayer = z.enum(EDITABLE_LAYERS);
  /** Only the id is checked here: the worker runs the whole rule through the same validation as an import. */
  const rule = z.looseObject({ id: ruleId, kind: z.string() });

  const pageRequest = z.discriminatedUnion('type', [
    /** Options page: every rule with its layer, the layers, policy, subscription and switched-off sites. */
    z.object({ type: z.literal('loadOptions') }),
    /** Options page: validate one rule as an import would, and say what is wrong (nothing is stored). */
    z.object({ type: z.literal('checkRule'), rule }),
    /**
     * Options page: validate, then add a rule or replace the rule with `previousId` in a layer. `opened` is the rule
     * as the editor opened it (null for a new rule): if it has changed since (another tab saved it), nothing is
     * stored and the answer carries the rule as it is now.
     */
    z.object({
      type: z.literal('saveRule'),
      layer: editableLayer,
      rule,
      previousId: z.optional(ruleId),
      opened: z.optional(z.nullable(rule)),
    }),
    /** Options page: delete a rule; the answer carries what undo needs. */
    z.object({ type: z.literal('deleteRule'), layer: editableLayer, ruleId }),
    /** Options page: undo a delete (validated like a save). */
    z.object({ type: z.literal('restoreRule'), layer: editableLayer, rule, index: z.number() }),
    /** Options page: your severity for a rule (null = back to the rule's own). */
    z.object({
      type: z.literal('setRuleSeverity'),
      ruleId,
      severity: z.nullable(z.enum(['hint', 'warning', 'error'])),
    }),
    /** Options page: a layer's rulebook as a file in the import format (JSON, or CSV in the import's columns). */
    z.object({ type: z.literal('exportLayer'), layer: editableLayer, format: z.optional(z.enum(['json', 'csv'])) }),
    /** Options page: validate a file and say what importing it each way would change; nothing is stored. */
    z.object({
      type: z.literal('previewImport'),
      layer: editableLayer,
      format: z.enum(['json', 'csv']),
      text: z.string().check(z.maxLength(6 * 1024 * 1024)),
      name: z.optional(z.string().check(z.maxLength(120))),
    }),
    /** Options page: fetch a hosted rulebook and say what subscribing would change; nothing is stored. */
    z.object({ type: z.literal('previewSubscription'), url: z.string().check(z.maxLength(2048)) }),
    /** Options page: a layer's kept versions, newest first. */
    z.object({ type: z.literal('listVersions'), layer: editableLayer }),
    /** Options page: put a layer back as one of its versions left it (itself recorded as a new version). */
    z.object({ type: z.literal('restoreVersion'), id: z.number() }),
    /** Options page: switch many rules on or off, or set their severity (null = their own), in one layer at once. */
    z.object({
      type: z.literal('setSwitches'),
      layer: editableLayer,
      ruleIds: z.array(ruleId).check(z.maxLength(5000)),
      enabled: z.optional(z.boolean()),
      severity: z.optional(z.nullable(z.enum(['hint', 'warning', 'error']))),
    }),
    /** Practice page: the stored team and personal rulebooks, for the scenario packs they carry. */
    z.object({ type: z.literal('listStoredRulebooks') }),
    /** Practice page: keep one scored attempt. */
    z.object({
      type: z.literal('addAttempt'),
      attempt: z.object({
        scenarioId: z.string().check(z.maxLength(200)),
        at: z.number(),
        score: z.number(),
        categories: z.record(z.string(), z.number()),
        reply: z.string().check(z.maxLength(200_000)),
        pack: z.string().check(z.maxLength(200)),
      }),
    }),
    /** Practice page: every stored attempt. */
    z.object({ type: z.literal('listAttempts') }),
    /** Practice page: the team's rules to score with, whatever the agent switched off for themselves. */
    z.object({ type: z.literal('getPracticeRulebook') }),
  ]);

  const revision = z.object({ revision: z.number() });
  const problem = z.object({ path: z.string(), message: z.string(), line: z.optional(z.number()) });
  const storedRule = z.looseObject({ id: z.string(), kind: z.string() });
  const checked = z.union([
    z.object({ ok: z.literal(true), revision: z.number() }),
    z.object({
      ok: z.literal(false),
      problems: z.array(problem),
      conflict: z.optional(z.object({ current: z.nullable(storedRule) })),
    }),
  ]);
  const change = z.object({ id: z.string(), name: z.string(), fields: z.array(z.string()) });
  const diff = z.object({
    added: z.array(change),
    changed: z.array(change),
    removed: z.array(change),
    unchanged: z.number(),
  });
  const diffs = z.object({ replace: diff, 'merge-theirs': diff, 'merge-mine': diff });
  const preview = {
    bookName: z.string(),
    ruleCount: z.number(),
    hasBook: z.boolean(),
    diffs,
    switchesOffAll: z.optional(z.number()),
  };
  const storedBook = z.looseObject({ id: z.string(), name: z.string(), rules: z.array(storedRule) });

  const pageResponses = {
    loadOptions: z.looseObject({
      rules: z.array(z.looseObject({ rule: storedRule, source: z.enum(['starter', ...EDITABLE_LAYERS]) })),
      refused: z.array(z.looseObject({ ruleId: z.string(), message: z.string() })),
      layers: z.looseObject({ starter: z.looseObject({ name: z.string() }) }),
      teamReadOnly: z.nullable(z.string()),
      policy: z.looseObject({ active: z.boolean() }),
      subscription: z.looseObject({ url: z.nullable(z.string()), byPolicy: z.boolean() }),
      disabledSites: z.array(z.string()),
    }),
    checkRule: z.object({ problems: z.array(problem) }),
    saveRule: checked,
    deleteRule: z.object({
      revision: z.number(),
      deleted: z.optional(z.object({ layer: editableLayer, rule: storedRule, index: z.number() })),
    }),
    restoreRule: checked,
    setRuleSeverity: revision,
    exportLayer: z.object({ fileName: z.string(), text: z.string(), left: z.optional(z.array(z.string())) }),
    previewImport: z.union([
      z.object({ ok: z.literal(true), ...preview }),
      z.object({ ok: z.literal(false), problems: z.array(problem) }),
    ]),
    previewSubscription: z.union([
      z.object({ ok: z.literal(true), ...preview, digest: z.string() }),
      z.object({ ok: z.literal(false), message: z.string() }),
    ]),
    listVersions: z.object({
      versions: z.array(
        z.looseObject({ id: z.number(), at: z.number(), by: z.string(), what: z.string(), ruleCount: z.number() }),
      ),
    }),
    restoreVersion: checked,
    setSwitches: revision,
    listStoredRulebooks: z.object({ books: z.array(storedBook) }),
    addAttempt: z.object({ id: z.number() }),
    listAttempts: z.object({
      attempts: z.array(z.looseObject({ id: z.number(), scenarioId: z.string(), at: z.number(), score: z.number() })),
    }),
    getPracticeRulebook: z.object({
      compiled: z.object({
        format: z.literal(1),
        id: z.string(),
        name: z.string(),
        rules: z.array(z.looseObject({ id: z.string(), kind: z.string(), message: z.string() })),
      }),
    }),
  } satisfies Record<string, z.ZodMiniType>;

  return { pageRequest, pageResponses };
}

type PageSchemas = ReturnType<typeof buildPageSchemas>;
let built: PageSchemas | undefined;
export const pageProtocolSchemas = (): PageSchemas => {
  built ??= buildPageSchemas();
  return built;
};

export type PageRequest = z.infer<PageSchemas['pageRequest']>;
export type PageRequestType = PageRequest['type'];

/**
 * A rule write either stored (with the new revision) or refused with every problem the validation found; a save
 * refused because the rule changed since it was opened carries the rule as it is now (null: it was deleted).
 */
export type RuleWriteResult =
  | { ok: true; revision: number }
  | { ok: false; problems: Problem[]; conflict?: { current: Rule | null } };

export type { ApplyMode };

/** One rule in a preview: its id, readable name and, when changed, the fields that differ. */
export interface RuleChange {
  id: string;
  name: string;
  fields: string[];
}

/** What applying a book would do to a layer's rules. */
export interface LayerDiff {
  added: RuleChange[];
  changed: RuleChange[];
  removed: RuleChange[];
  unchanged: number;
}

export interface ApplyPreview {
  bookName: string;
  ruleCount: number;
  /** Does the layer have a book now (if not, every way of applying just adds)? */
  hasBook: boolean;
  diffs: Record<ApplyMode, LayerDiff>;
  /** Set when the file, valid as it is, would switch off every rule: how many. Applying it needs a second confirmation. */
  switchesOffAll?: number;
}

export type ImportPreview = ({ ok: true } & ApplyPreview) | { ok: false; problems: Problem[] };
export type SubscriptionPreview = ({ ok: true; digest: string } & ApplyPreview) | { ok: false; message: string };

/** One kept version of a layer, as the history lists it. */
export interface VersionInfo {
  id: number;
  at: number;
  by: 'you' | 'subscription' | 'policy' | 'upgrade';
  what: string;
  ruleCount: number;
  switchCount: number;
  file?: string;
  url?: string;
  etag?: string;
}

export interface DeletedRule {
  layer: EditableLayer;
  rule: Rule;
  index: number;
}

export interface LayerInfo {
  name: string;
  id: string;
  source: 'builtin' | 'import' | 'hosted' | 'policy' | 'local';
  importedAt: number;
  url?: string;
  /** The address this team book was last fetched from before the lead unsubscribed. */
  detachedFrom?: string;
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

/** Everything the options page shows, read by the worker in one go. */
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

/** One practice attempt as stored (0–100 score, per-point results 0–1). */
export interface StoredAttempt {
  id: number;
  scenarioId: string;
  at: number;
  score: number;
  categories: Record<string, number>;
  reply: string;
  pack: string;
}

/** What each page request answers. */
export interface PageResponses {
  loadOptions: OptionsModel;
  checkRule: { problems: Problem[] };
  saveRule: RuleWriteResult;
  deleteRule: { revision: number; deleted?: DeletedRule };
  restoreRule: RuleWriteResult;
  setRuleSeverity: { revision: number };
  exportLayer: { fileName: string; text: string; left?: string[] };
  previewImport: ImportPreview;
  previewSubscription: SubscriptionPreview;
  listVersions: { versions: VersionInfo[] };
  restoreVersion: RuleWriteResult;
  setSwitches: { revision: number };
  listStoredRulebooks: { books: Rulebook[] };
  addAttempt: { id: number };
  listAttempts: { attempts: StoredAttempt[] };
  getPracticeRulebook: { compiled: CompiledRulebook };
}

// Compile-time check: every page request has a schema for its answer, and no answer is orphaned.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const answersCoverRequests: Same<keyof PageSchemas['pageResponses'], PageRequestType> = true;
void answersCoverRequests;
