import { browser } from 'wxt/browser';
import { broadcastToPages, broadcastToTabs } from '../messaging/broadcast.ts';
import type { SyncResult } from '../messaging/protocol.ts';
import { type SenderInfo, senderKind, siteOfSender } from '../messaging/senders.ts';
import type { BackgroundHandlers } from '../messaging/server.ts';
import { canChange } from '../rules/layers.ts';
import type { Rulebook } from '../rules/schema.ts';
import { addAttempt, listAttempts } from '../storage/attempts.ts';
import { ensureCompiled, getCoachState, readEffective } from '../storage/coach-state.ts';
import type { TactfulDb } from '../storage/db.ts';
import { exportFileName, exportLayer } from '../storage/export.ts';
import type { Policy } from '../storage/policy.ts';
import { readRevisions } from '../storage/revision.ts';
import { deleteRule, readLayers, setSwitch } from '../storage/rulebooks.ts';
import { setSiteRuleEnabled } from '../storage/site-rules.ts';
import { setSiteEnabled } from '../storage/sites.ts';
import { listSwitchedOff } from '../storage/switched-off.ts';
import { importRulebook } from './import.ts';
import { loadOptionsModel } from './options-model.ts';
import { readPolicy } from './read-policy.ts';
import { checkRule, restoreRuleChecked, saveRuleChecked } from './rule-writes.ts';
import {
  getSubscriptionUrl,
  SYNC_ALARM,
  SYNC_PERIOD_MINUTES,
  type SyncOptions,
  setSubscriptionUrl,
  syncHosted,
} from './subscription.ts';

/**
 * What a content script may ask: its rulebook, and switching a rule off on its own site. A content script runs in
 * pages we do not control, so everything else (switches everywhere, sites, imports, subscriptions) is for the
 * extension's own pages only (messaging/senders.ts says how a sender is told apart).
 */
const CONTENT_SCRIPT_REQUESTS: ReadonlySet<string> = new Set(['getCoachState', 'turnRuleOffHere', 'reportFindings']);

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
  /** Recount a tab's suggestions for the toolbar badge (background/badge.ts). */
  recountTab?: (tabId: number) => void;
}

export function createService({ db, starter, policy = readPolicy, sync = {}, recountTab }: ServiceDeps) {
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
      const result = await saveRuleChecked(db, await policy(), request);
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
    exportLayer: async ({ layer }) => {
      const book = await exportLayer(db, layer, starter);
      return { fileName: exportFileName(book, layer), text: `${JSON.stringify(book, null, 2)}\n` };
    },
    listStoredRulebooks: async () => {
      const { team, personal } = await readLayers(db);
      return { books: [team?.book, personal?.book].filter((b): b is Rulebook => b !== undefined) };
    },
    addAttempt: async ({ attempt }) => ({ id: await addAttempt(attempt, db) }),
    listAttempts: async () => ({ attempts: await listAttempts({}, db) }),
    setSubscription: async ({ url }) => {
      await setSubscriptionUrl(db, url, await policy());
      await scheduleSync();
      if (url === null) return { status: 'off', at: Date.now(), message: 'You are no longer subscribed.' };
      return syncNow();
    },
    syncNow: () => syncNow(),
  });

  return { handlers, changed, scheduleSync, syncNow };
}

export type Service = ReturnType<typeof createService>;
