import { browser } from 'wxt/browser';
import { broadcastToPages, broadcastToTabs } from '../messaging/broadcast.ts';
import { START_COACH } from '../messaging/coach-handover.ts';
import type { SyncResult } from '../messaging/protocol.ts';
import { type SenderInfo, senderKind, siteOfSender } from '../messaging/senders.ts';
import type { BackgroundHandlers } from '../messaging/server.ts';
import { canChange } from '../rules/layers.ts';
import type { Rulebook } from '../rules/schema.ts';
import { addAttempt, listAttempts } from '../storage/attempts.ts';
import { compileTeamRulebook, ensureCompiled, getCoachState, readEffective } from '../storage/coach-state.ts';
import type { TactfulDb } from '../storage/db.ts';
import { exportFileName, exportLayer } from '../storage/export.ts';
import { detachHostedTeam } from '../storage/hosted.ts';
import type { Policy } from '../storage/policy.ts';
import { readRevisions } from '../storage/revision.ts';
import { deleteRule, readLayers, setSwitch, setSwitches } from '../storage/rulebooks.ts';
import { setSiteRuleEnabled } from '../storage/site-rules.ts';
import { setSiteEnabled } from '../storage/sites.ts';
import { listSwitchedOff } from '../storage/switched-off.ts';
import { listVersions, readVersion, restoreVersion } from '../storage/versions.ts';
import { exportCsv } from './csv-export.ts';
import { keepDismissal, listDismissals, type SessionArea } from './dismissals.ts';
import { importRulebook, previewImport } from './import.ts';
import { loadOptionsModel } from './options-model.ts';
import { readPolicy } from './read-policy.ts';
import { checkRule, restoreRuleChecked, saveRuleChecked, teamLayerRefusal } from './rule-writes.ts';
import {
  getSubscriptionUrl,
  previewSubscription,
  SYNC_ALARM,
  SYNC_PERIOD_MINUTES,
  type SyncOptions,
  subscribe,
  syncHosted,
} from './subscription.ts';

/** The extension page where the agent confirms turning a rule off everywhere. */
export const TURN_OFF_PAGE = '/turn-off.html';

/**
 * What a content script may ask: its rulebook, switching a rule off (and back on) on its own site, opening the page
 * where the agent confirms a rule off everywhere, and its own site's kept dismissals. A content script runs in
 * pages we do not control, so everything else (switches everywhere, sites, imports, subscriptions) is for the
 * extension's own pages only (messaging/senders.ts says how a sender is told apart).
 */
const CONTENT_SCRIPT_REQUESTS: ReadonlySet<string> = new Set([
  'getCoachState',
  START_COACH,
  'turnRuleOffHere',
  'turnRuleOnHere',
  'askTurnOffEverywhere',
  'keepDismissal',
  'listDismissals',
  'reportFindings',
]);

function allowed(type: string, sender: SenderInfo): boolean {
  const kind = senderKind(sender);
  return kind === 'extension-page' || (kind === 'content-script' && CONTENT_SCRIPT_REQUESTS.has(type));
}

/** Refuse every request its sender may not make, before the handler runs. */
function guardSenders(handlers: BackgroundHandlers): BackgroundHandlers {
  const guarded: Record<string, (request: { type: string }, sender: SenderInfo) => unknown> = {};
  for (const [type, handler] of Object.entries(handlers)) {
    guarded[type] = (request, sender) => {
      if (!allowed(type, sender)) throw new Error(`"${type}" is not accepted from this sender.`);
      return (handler as (r: unknown, s: unknown) => unknown)(request, sender);
    };
  }
  return guarded as unknown as BackgroundHandlers;
}

/**
 * What the background worker does, apart from the wiring in entrypoints/background.ts: answer the
 * protocol, keep the compiled cache warm, and tell every tab after each change.
 */
export interface ServiceDeps {
  db: TactfulDb;
  starter: Rulebook;
  /** Read the managed policy (the real one reads storage.managed). */
  policy?: () => Promise<Policy>;
  sync?: SyncOptions;
  /** Run the coach in one frame of a tab (the real one: scripting.executeScript with the coach's built file). */
  injectCoach?: (tabId: number, frameId: number) => Promise<void>;
  /** Recount a tab's suggestions for the toolbar badge (background/badge.ts). */
  recountTab?: (tabId: number) => void;
  /** Open one of the extension's pages in a new tab (the real one: tabs.create). */
  openPage?: (path: string) => Promise<void>;
  /** Where dismissals are kept for the browser session (the real one: storage.session). */
  sessionArea?: SessionArea;
}

export function createService({
  db,
  starter,
  policy = readPolicy,
  sync = {},
  injectCoach,
  recountTab,
  openPage,
  sessionArea,
}: ServiceDeps) {
  const inputs = async () => ({ starter, policy: await policy() });

  /** After a change: rebuild the cache now (so tabs asking next get it fast), then tell every tab. */
  async function changed(revision?: number): Promise<number> {
    await ensureCompiled(db, await inputs());
    const current = revision ?? (await readRevisions(db)).revision;
    await Promise.all([
      broadcastToTabs({ type: 'coachStateChanged', revision: current }),
      broadcastToPages({ type: 'coachStateChanged', revision: current }),
    ]);
    return current;
  }

  /** Keep the refresh alarm in step with whether there is anything to refresh. */
  async function scheduleSync(): Promise<void> {
    const { url } = await getSubscriptionUrl(db, await policy());
    if (!url) {
      await browser.alarms.clear(SYNC_ALARM);
      return;
    }
    const existing = await browser.alarms.get(SYNC_ALARM);
    if (!existing) browser.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_PERIOD_MINUTES, delayInMinutes: 1 });
  }

  async function syncNow(): Promise<SyncResult> {
    const result = await syncHosted(db, await policy(), sync);
    if (result.status === 'updated') await changed();
    // A sync that stored nothing still changed its status line: open options pages show it.
    else await broadcastToPages({ type: 'coachStateChanged', revision: (await readRevisions(db)).revision });
    return result;
  }

  const handlers: BackgroundHandlers = guardSenders({
    // A content script gets the rulebook for its own frame's site, with the rules switched off there left out.
    getCoachState: async ({ host }, sender) =>
      getCoachState(
        db,
        host,
        await inputs(),
        senderKind(sender) === 'content-script' ? (siteOfSender(sender) ?? undefined) : undefined,
      ),
    // Only into the frame that asked (the guard made sure a content script did): the watcher found a reply box there.
    [START_COACH]: async (_request, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || !injectCoach) return { started: false };
      await injectCoach(tabId, sender.frameId ?? 0);
      return { started: true };
    },
    setRuleEnabled: async ({ ruleId, enabled }) => {
      const { rules } = await readEffective(db, await inputs());
      const rule = rules.find((r) => r.rule.id === ruleId);
      if (!rule) throw new Error(`There is no rule "${ruleId}".`);
      if (!canChange(rule, 'personal')) {
        throw new Error(
          rule.lockedBy === 'policy' ? 'Your organisation has locked this rule.' : 'Your team has locked this rule.',
        );
      }
      // Switching a personal rule writes its own definition's switch; either way it is the user's choice.
      return { revision: await changed(await setSwitch(db, 'personal', ruleId, { enabled })) };
    },
    turnRuleOffHere: async ({ ruleId }, sender) => {
      const site = siteOfSender(sender);
      if (!site) throw new Error('This page has no site to switch the rule off on.');
      return { revision: await changed(await setSiteRuleEnabled(db, site, ruleId, false)) };
    },
    turnRuleOnHere: async ({ ruleId }, sender) => {
      const site = siteOfSender(sender);
      if (!site) throw new Error('This page has no site to switch the rule on on.');
      return { revision: await changed(await setSiteRuleEnabled(db, site, ruleId, true)) };
    },
    // A page must never switch the coach off everywhere: this only opens the extension page where the agent
    // confirms it (turn-off.html, whose own request does it).
    askTurnOffEverywhere: async ({ ruleId }) => {
      if (!openPage) return { opened: false };
      await openPage(`${TURN_OFF_PAGE}?rule=${encodeURIComponent(ruleId)}`);
      return { opened: true };
    },
    keepDismissal: async ({ draft, key }, sender) => {
      const site = siteOfSender(sender);
      if (site && sessionArea) await keepDismissal(sessionArea, site, draft, key);
      return {};
    },
    listDismissals: async ({ draft }, sender) => {
      const site = siteOfSender(sender);
      return site && sessionArea ? listDismissals(sessionArea, site, draft) : [];
    },
    setSiteRuleEnabled: async ({ host, ruleId, enabled }) => ({
      revision: await changed(await setSiteRuleEnabled(db, host, ruleId, enabled)),
    }),
    listSwitchedOff: async () => listSwitchedOff(db, starter, await policy()),
    setSiteEnabled: async ({ host, enabled }) => ({
      revision: await changed(await setSiteEnabled(db, host, enabled, await policy())),
    }),
    importRulebook: async (request) => {
      const result = await importRulebook(db, request, await policy());
      if (result.ok) await changed(result.revision);
      return result;
    },
    loadOptions: async () => loadOptionsModel(db, starter, await policy()),
    // The tab is the one the browser says sent it; the count is read from the tab's frames, never from the message.
    reportFindings: (_request, sender) => {
      if (sender.tab?.id !== undefined) recountTab?.(sender.tab.id);
      return {};
    },
    checkRule: ({ rule }) => ({ problems: checkRule(rule) }),
    saveRule: async (request) => {
      const currentRule = async (id: string) =>
        (await readEffective(db, await inputs())).rules.find((r) => r.rule.id === id)?.rule ?? null;
      const result = await saveRuleChecked(db, await policy(), request, currentRule);
      if (result.ok) await changed(result.revision);
      return result;
    },
    deleteRule: async ({ layer, ruleId }) => {
      const deleted = await deleteRule(db, layer, ruleId);
      const revision = await changed(deleted?.revision);
      return { revision, ...(deleted ? { deleted: { layer, rule: deleted.rule, index: deleted.index } } : {}) };
    },
    restoreRule: async (request) => {
      const result = await restoreRuleChecked(db, await policy(), request);
      if (result.ok) await changed(result.revision);
      return result;
    },
    setRuleSeverity: async ({ ruleId, severity }) => ({
      revision: await changed(
        await setSwitch(db, 'personal', ruleId, severity === null ? { severity: undefined } : { severity }),
      ),
    }),
    exportLayer: async ({ layer, format }) => {
      const book = await exportLayer(db, layer, starter);
      const fileName = exportFileName(book, layer);
      if (format !== 'csv') return { fileName, text: `${JSON.stringify(book, null, 2)}\n` };
      const { text, left } = exportCsv(book);
      return { fileName: fileName.replace(/\.json$/, '.csv'), text, left };
    },
    previewImport: async (request) => previewImport(db, request, await policy()),
    previewSubscription: async ({ url }) => previewSubscription(db, url, await policy(), sync),
    listVersions: async ({ layer }) => ({
      versions: (await listVersions(db, layer)).map((v) => ({
        id: v.id ?? 0,
        at: v.at,
        by: v.cause.by,
        what: v.cause.what,
        ruleCount: v.row?.book.rules.length ?? 0,
        switchCount: Object.keys(v.switches).length,
        ...(v.cause.file ? { file: v.cause.file } : {}),
        ...(v.cause.url ? { url: v.cause.url } : {}),
        ...(v.cause.etag ? { etag: v.cause.etag } : {}),
      })),
    }),
    restoreVersion: async ({ id }) => {
      const version = await readVersion(db, id);
      if (!version) return { ok: false, problems: [{ path: '', message: 'That version is no longer kept.' }] };
      const refusal = teamLayerRefusal(version.layer, await policy());
      if (refusal) return { ok: false, problems: [refusal] };
      const when = new Date(version.at).toISOString().slice(0, 16).replace('T', ' ');
      const revision = await restoreVersion(db, id, {
        by: 'you',
        what: `Restored the version of ${when} UTC (${version.cause.what})`,
      });
      return { ok: true, revision: await changed(revision) };
    },
    setSwitches: async ({ layer, ruleIds, enabled, severity }) => {
      const { rules } = await readEffective(db, await inputs());
      const known = new Map(rules.map((r) => [r.rule.id, r]));
      if (layer === 'team') {
        const refusal = teamLayerRefusal('team', await policy());
        if (refusal) throw new Error(refusal.message);
      }
      // Locks bind the personal layer: a rule the team or organisation locked keeps its own switch.
      const ids = ruleIds.filter((id) => {
        const rule = known.get(id);
        return rule && canChange(rule, layer);
      });
      const change = {
        ...(enabled !== undefined ? { enabled } : {}),
        ...(severity !== undefined ? { severity: severity ?? undefined } : {}),
      };
      const what =
        enabled !== undefined
          ? `Turned ${ids.length} rules ${enabled ? 'on' : 'off'}`
          : `Made ${ids.length} rules ${severity ? `${severity}s` : 'their own severity'}`;
      return { revision: await changed(await setSwitches(db, layer, ids, change, { by: 'you', what })) };
    },
    listStoredRulebooks: async () => {
      const { team, personal } = await readLayers(db);
      return { books: [team?.book, personal?.book].filter((b): b is Rulebook => b !== undefined) };
    },
    addAttempt: async ({ attempt }) => ({ id: await addAttempt(attempt, db) }),
    listAttempts: async () => ({ attempts: await listAttempts({}, db) }),
    getPracticeRulebook: async () => ({ compiled: await compileTeamRulebook(db, await inputs()) }),
    setSubscription: async ({ url, mode, digest, confirmSwitchOff }) => {
      if (url === null) {
        if ((await policy()).rulebookUrl) throw new Error('Your organisation sets the team rulebook address.');
        const { url: from } = await detachHostedTeam(db, { by: 'you', what: 'Unsubscribed' });
        await scheduleSync();
        await changed();
        return {
          status: 'off',
          at: Date.now(),
          message: from
            ? `You are no longer subscribed to ${from}. The team rules it last published stay, and you can edit them here.`
            : 'You are no longer subscribed.',
        };
      }
      // The first fetch decides: an address that does not answer with a valid rulebook (the one previewed, when the
      // page previewed it) is not saved. Without a chosen mode the hosted book replaces the team layer, as before.
      const result = await subscribe(
        db,
        {
          url,
          mode: mode ?? 'replace',
          ...(digest ? { digest } : {}),
          ...(confirmSwitchOff ? { confirmSwitchOff } : {}),
        },
        await policy(),
        sync,
      );
      if (result.status === 'updated') {
        await scheduleSync();
        await changed();
      }
      return result;
    },
    syncNow: () => syncNow(),
  });

  return { handlers, changed, scheduleSync, syncNow };
}

export type Service = ReturnType<typeof createService>;
