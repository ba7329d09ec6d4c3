import { browser } from 'wxt/browser';
import { broadcastToTabs } from '../messaging/broadcast.ts';
import type { SyncResult } from '../messaging/protocol.ts';
import { type SenderInfo, senderKind, siteOfSender } from '../messaging/senders.ts';
import type { BackgroundHandlers } from '../messaging/server.ts';
import { canChange } from '../rules/layers.ts';
import type { Rulebook } from '../rules/schema.ts';
import { ensureCompiled, getCoachState, readEffective } from './coach-state.ts';
import type { TactfulDb } from './db.ts';
import { importRulebook } from './import.ts';
import { type Policy, readPolicy } from './policy.ts';
import { readRevisions } from './revision.ts';
import { setSwitch } from './rulebooks.ts';
import { setSiteRuleEnabled } from './site-rules.ts';
import { setSiteEnabled } from './sites.ts';
import {
  getSubscriptionUrl,
  SYNC_ALARM,
  SYNC_PERIOD_MINUTES,
  type SyncOptions,
  setSubscriptionUrl,
  syncHosted,
} from './subscription.ts';
import { listSwitchedOff } from './switched-off.ts';

/**
 * What a content script may ask: its rulebook, and switching a rule off on its own site. A content script runs in
 * pages we do not control, so everything else (switches everywhere, sites, imports, subscriptions) is for the
 * extension's own pages only (messaging/senders.ts says how a sender is told apart).
 */
const CONTENT_SCRIPT_REQUESTS: ReadonlySet<string> = new Set(['getCoachState', 'turnRuleOffHere']);

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
}

export function createService({ db, starter, policy = readPolicy, sync = {} }: ServiceDeps) {
  const inputs = async () => ({ starter, policy: await policy() });

  /** After a change: rebuild the cache now (so tabs asking next get it fast), then tell every tab. */
  async function changed(revision?: number): Promise<number> {
    await ensureCompiled(db, await inputs());
    const current = revision ?? (await readRevisions(db)).revision;
    await broadcastToTabs({ type: 'coachStateChanged', revision: current });
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
    rulebooksChanged: async () => ({ revision: await changed() }),
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
