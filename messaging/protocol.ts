import * as z from 'zod/mini';
import type { CompiledRulebook } from '../rules/compile.ts';
import type { LayerName } from '../rules/layers.ts';
import type { Problem } from '../rules/types.ts';
import '../rules/zod-jitless.ts';
import { START_COACH } from './coach-handover.ts';
import type { PageRequest, PageResponses } from './page-protocol.ts';

/**
 * The one message protocol between the background worker, extension pages and content scripts.
 * Every message is parsed with these schemas where it is received (zod/mini keeps the content
 * script bundle small). Three directions:
 *   - requests TO THE BACKGROUND (content script, popup, options and practice pages): `BackgroundRequest`.
 *     Pages never open the database themselves: every read and write of theirs is one of these requests. Those
 *     only pages send live in page-protocol.ts, so the content script (on every coached page) never bundles them.
 *   - broadcasts FROM THE BACKGROUND to every tab and frame: `Broadcast`
 *   - requests TO A CONTENT SCRIPT (popup → tab): `TabRequest`
 * Every answer travels in an envelope: {ok:true, value} or {ok:false, error}.
 */

/**
 * Every schema of the protocol, built on first use: the content script runs on every page of a coached site, and a
 * page without a reply box never receives a message, so it never pays for building them.
 */
function buildSchemas() {
  const host = z.string().check(z.maxLength(253));
  const ruleId = z.string().check(z.minLength(1), z.maxLength(100));
  /** Big enough for a 5 MB rulebook file; the import itself enforces the 5 MB cap with a readable message. */
  /** A kept dismissal: rule id, the phrase and the text around it (editors/session/findings.ts). */
  const dismissal = z.string().check(z.maxLength(2_000));
  const fileText = z.string().check(z.maxLength(6 * 1024 * 1024));

  const editableLayer = z.enum(EDITABLE_LAYERS);
  const applyMode = z.enum(APPLY_MODES);
  const backgroundRequest = z.discriminatedUnion('type', [
    /** Content script, on start and after `coachStateChanged`: what to coach with on this site. */
    z.object({ type: z.literal('getCoachState'), host }),
    /** The watcher, once its frame has a reply box: inject the coach into the sender's frame. */
    z.object({ type: z.literal(START_COACH) }),
    /**
     * Switch a rule off or on everywhere for this user (personal layer); refused for a rule the team locked.
     * Extension pages only: a page's content script can never switch a rule off on other sites.
     */
    z.object({ type: z.literal('setRuleEnabled'), ruleId, enabled: z.boolean() }),
    /** Content script, after a trusted click on the card: this rule off on the sender's own site (read from `sender`). */
    z.object({ type: z.literal('turnRuleOffHere'), ruleId }),
    /** Content script, after a trusted click on the card's Undo: this rule on again on the sender's own site. */
    z.object({ type: z.literal('turnRuleOnHere'), ruleId }),
    /**
     * Content script, after a trusted click on "Everywhere": open the extension page where the agent confirms it.
     * Nothing is switched off by this message: only the extension page's own `setRuleEnabled` does that.
     */
    z.object({ type: z.literal('askTurnOffEverywhere'), ruleId }),
    /** Content script: keep a dismissal of one draft for the browser session (site read from `sender`). */
    z.object({ type: z.literal('keepDismissal'), draft: z.string().check(z.maxLength(500)), key: dismissal }),
    /** Content script: the dismissals kept for one draft of the sender's site. */
    z.object({ type: z.literal('listDismissals'), draft: z.string().check(z.maxLength(500)) }),
    /** Extension pages: switch a rule off or on for one site (undo of `turnRuleOffHere`). */
    z.object({ type: z.literal('setSiteRuleEnabled'), host, ruleId, enabled: z.boolean() }),
    /** Extension pages: every rule the agent switched off, with the site it is off on. */
    z.object({ type: z.literal('listSwitchedOff') }),
    /** Switch coaching off or on for one site (host name, e.g. "mail.google.com"). */
    z.object({ type: z.literal('setSiteEnabled'), host, enabled: z.boolean() }),
    /** Validate a rulebook file and store it in one transaction (all old or all new). */
    z.object({
      type: z.literal('importRulebook'),
      layer: editableLayer,
      format: z.enum(['json', 'csv']),
      text: fileText,
      /** For CSV: the name of the rulebook created from the rows. */
      name: z.optional(z.string().check(z.maxLength(120))),
      /** The file's name, for the layer's history. */
      fileName: z.optional(z.string().check(z.maxLength(260))),
      /** Replace the layer (the default) or merge by rule id, the imported or the stored rule winning a clash. */
      mode: z.optional(applyMode),
      /** The lead confirmed the preview's warning that this file switches every rule off. */
      confirmSwitchOff: z.optional(z.boolean()),
    }),
    /**
     * Subscribe to a hosted team rulebook (null = unsubscribe, keeping the last hosted book as the team's own).
     * `mode` is how this and later refreshes apply; `digest` is the previewed file's, refused if the file changed.
     */
    z.object({
      type: z.literal('setSubscription'),
      url: z.nullable(z.string().check(z.maxLength(2048))),
      mode: z.optional(applyMode),
      digest: z.optional(z.string().check(z.maxLength(64))),
      /** The lead confirmed the preview's warning that this file switches every rule off. */
      confirmSwitchOff: z.optional(z.boolean()),
    }),
    /** Fetch the hosted rulebook now instead of waiting for the alarm. */
    z.object({ type: z.literal('syncNow') }),
    /** Content script: the number of suggestions in this frame changed; the worker recounts the tab for the badge. */
    z.object({ type: z.literal('reportFindings') }),
  ]);

  const broadcast = z.discriminatedUnion('type', [
    /** Sent to every frame of every tab: ask for `getCoachState` again if `revision` is newer than yours. */
    z.object({ type: z.literal('coachStateChanged'), revision: z.number() }),
  ]);

  const tabRequest = z.discriminatedUnion('type', [
    /** Popup → content script: is coaching active in this tab, and what does it see. */
    z.object({ type: z.literal('getTabStatus') }),
  ]);

  // Answers are checked where they arrive, too: a content script must not trust a malformed rulebook.
  const compiledRulebook = z.object({
    format: z.literal(1),
    id: z.string(),
    name: z.string(),
    rules: z.array(
      z.looseObject({
        id: z.string(),
        kind: z.string(),
        category: z.string(),
        severity: z.enum(['hint', 'warning', 'error']),
        message: z.string(),
      }),
    ),
  });

  const revision = z.object({ revision: z.number() });
  const syncResult = z.object({
    status: z.enum(['updated', 'unchanged', 'failed', 'off', 'stale']),
    at: z.number(),
    message: z.string(),
  });
  const problem = z.object({ path: z.string(), message: z.string(), line: z.optional(z.number()) });

  const backgroundResponses = {
    getCoachState: z.object({
      revision: z.number(),
      compiled: compiledRulebook,
      siteEnabled: z.boolean(),
      disabledRules: z.array(z.string()),
    }),
    [START_COACH]: z.object({ started: z.boolean() }),
    setRuleEnabled: revision,
    turnRuleOffHere: revision,
    turnRuleOnHere: revision,
    askTurnOffEverywhere: z.object({ opened: z.boolean() }),
    keepDismissal: z.object({}),
    listDismissals: z.array(z.string()),
    setSiteRuleEnabled: revision,
    listSwitchedOff: z.array(
      z.object({ ruleId: z.string(), message: z.string(), site: z.nullable(z.string()), at: z.optional(z.number()) }),
    ),
    setSiteEnabled: revision,
    importRulebook: z.union([
      z.object({ ok: z.literal(true), revision: z.number(), ruleCount: z.number() }),
      z.object({ ok: z.literal(false), problems: z.array(problem) }),
    ]),
    setSubscription: syncResult,
    syncNow: syncResult,
    reportFindings: z.object({}),
  } satisfies Record<string, z.ZodMiniType>;

  const tabResponses = {
    getTabStatus: z.object({ active: z.boolean(), findings: z.number(), editors: z.number() }),
  } satisfies Record<string, z.ZodMiniType>;

  const envelope = z.union([
    z.object({ ok: z.literal(true), value: z.unknown() }),
    z.object({ ok: z.literal(false), error: z.string() }),
  ]);
  return { backgroundRequest, broadcast, tabRequest, backgroundResponses, tabResponses, envelope };
}

type Schemas = ReturnType<typeof buildSchemas>;
let built: Schemas | undefined;
export const protocolSchemas = (): Schemas => {
  built ??= buildSchemas();
  return built;
};

/** Layers a user may write (import, edit, subscribe); the starter layer ships with the extension. */
export const EDITABLE_LAYERS = ['team', 'personal'] as const satisfies readonly LayerName[];
export type EditableLayer = (typeof EDITABLE_LAYERS)[number];

/** How an imported or hosted book joins a layer: replace it, or merge by rule id (imported wins, or keep mine). */
export const APPLY_MODES = ['replace', 'merge-theirs', 'merge-mine'] as const;
export type ApplyMode = (typeof APPLY_MODES)[number];

/** Requests every context may send; the content script's client validates answers for these only. */
export type CoachRequest = z.infer<Schemas['backgroundRequest']>;
export type BackgroundRequest = CoachRequest | PageRequest;
export type BackgroundRequestType = BackgroundRequest['type'];

export interface CoachState {
  /** Bumped on every change of the effective rulebook or switches. */
  revision: number;
  /** The effective rulebook (starter ← team ← personal, switches applied), ready for prepareRulebook(). */
  compiled: CompiledRulebook;
  siteEnabled: boolean;
  /**
   * Rules switched off by the user or the team, everywhere or on this frame's site: already absent from
   * `compiled`, listed for the UI.
   */
  disabledRules: string[];
}

/** A rule the agent switched off: on one site (`site`), or everywhere (`site` null). */
export interface SwitchedOff {
  ruleId: string;
  message: string;
  site: string | null;
  at?: number;
}

export type ImportResult = { ok: true; revision: number; ruleCount: number } | { ok: false; problems: Problem[] };

export interface SyncResult {
  /**
   * 'updated' stored a new rulebook; 'unchanged' got 304 or the same ETag; 'failed' kept the current one; 'stale':
   * the file changed since it was previewed, so nothing was stored (preview again).
   */
  status: 'updated' | 'unchanged' | 'failed' | 'off' | 'stale';
  at: number;
  message: string;
}

/** What each background request answers. */
export interface BackgroundResponses extends PageResponses {
  getCoachState: CoachState;
  [START_COACH]: { started: boolean };
  setRuleEnabled: { revision: number };
  turnRuleOffHere: { revision: number };
  turnRuleOnHere: { revision: number };
  askTurnOffEverywhere: { opened: boolean };
  keepDismissal: Record<string, never>;
  listDismissals: string[];
  setSiteRuleEnabled: { revision: number };
  listSwitchedOff: SwitchedOff[];
  setSiteEnabled: { revision: number };
  importRulebook: ImportResult;
  setSubscription: SyncResult;
  syncNow: SyncResult;
  reportFindings: Record<string, never>;
}

export type Broadcast = z.infer<Schemas['broadcast']>;
export type TabRequest = z.infer<Schemas['tabRequest']>;
export type TabRequestType = TabRequest['type'];

export interface TabResponses {
  getTabStatus: { active: boolean; findings: number; editors: number };
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string };

// Compile-time check: every request, in both directions, has a schema for its answer (and no answer is orphaned).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const answersCoverRequests: [
  Same<keyof Schemas['backgroundResponses'], CoachRequest['type']>,
  Same<keyof Schemas['tabResponses'], TabRequestType>,
] = [true, true];
void answersCoverRequests;
