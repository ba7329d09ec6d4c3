import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { type BadgeAction, createBadge } from '../background/badge.ts';
import { type ScriptingApi, syncOptInSites } from '../background/opt-in-sites.ts';
import { createPolicySource } from '../background/policy-source.ts';
import { readPolicy, storedPolicyCache } from '../background/read-policy.ts';
import { preloadRegexSafety } from '../background/regex-safety-on-demand.ts';
import { createService } from '../background/service.ts';
import { SYNC_ALARM } from '../background/subscription.ts';
import { opensWelcome, WELCOME_PAGE } from '../background/welcome.ts';
import { COACH_SCRIPT, WATCHER_SCRIPT } from '../messaging/coach-handover.ts';
import { serveBackground } from '../messaging/server.ts';
import { tabStatus } from '../messaging/tab-status.ts';
import { starterRulebook } from '../rules/index.ts';
import { getDb } from '../storage/open.ts';
import { bumpRevisions } from '../storage/revision.ts';

export default defineBackground(() => {
  // Once per install or update, the regex-safety check (recheck) goes into the worker's script cache, so a later
  // wake can load it on demand without parsing it on every start (background/regex-safety-on-demand.ts).
  self.addEventListener('install', () => preloadRegexSafety());
  const db = getDb();
  // Firefox's MV2 build names the toolbar button browserAction.
  const action = (browser.action ??
    (browser as unknown as { browserAction: typeof browser.action }).browserAction) as unknown as BadgeAction;
  const badge = createBadge(action, async (tabId) => (await tabStatus(tabId))?.findings ?? null);
  void badge.style().catch(() => undefined);
  // The policy as the browser gives it, or the last one it gave while its policy service is still starting.
  const policy = createPolicySource({
    read: readPolicy,
    cache: storedPolicyCache,
    onLate: () => applyPolicyChange('the policy the browser gave late'),
  });
  const service = createService({
    db,
    starter: starterRulebook,
    policy: policy.current,
    injectCoach: async (tabId, frameId) => {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [COACH_SCRIPT] });
    },
    recountTab: (tabId) => void badge.recount(tabId),
    openPage: async (path) => {
      await browser.tabs.create({ url: browser.runtime.getURL(path as '/turn-off.html') });
    },
    sessionArea: browser.storage.session,
  });
  // The worker lives as long as the extension: this signal is never aborted, but every listener has one.
  const lifetime = new AbortController();

  // Listeners are registered synchronously on every start, so a message or alarm that woke the worker is delivered.
  serveBackground(service.handlers, lifetime.signal);

  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name === SYNC_ALARM) void service.syncNow().catch((error) => console.warn('Tactful: sync failed', error));
  };
  browser.alarms.onAlarm.addListener(onAlarm);

  // An administrator changed the managed policy: it may lock rules, change the URL or disable sites.
  function applyPolicyChange(what: string) {
    void (async () => {
      const revision = await db.transaction('rw', [db.settings], () => bumpRevisions(db, { rules: true }));
      await service.changed(revision);
      await service.scheduleSync();
      await service.syncNow();
    })().catch((error) => console.warn(`Tactful: ${what} was not applied`, error));
  }
  const onStorageChanged = (_changes: unknown, area: string) => {
    if (area === 'managed') applyPolicyChange('a policy change');
  };
  browser.storage.onChanged.addListener(onStorageChanged);

  // Installed or updated: the starter rulebook may be new; warm the compiled cache before the first tab asks.
  const onInstalled = ({ reason }: { reason: string }) => {
    void service.changed().catch((error) => console.warn('Tactful: could not prepare the rulebook', error));
    if (opensWelcome(reason)) void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
  };
  browser.runtime.onInstalled.addListener(onInstalled);

  // Sites the agent switched on from the popup: coach them through a registered content script.
  const syncSites = () => {
    // Wherever the manifest's own content script already runs (Gmail, Zendesk; the fixture server in test builds),
    // a second registration would coach the page twice.
    const builtIn = (browser.runtime.getManifest().content_scripts ?? []).flatMap((c) => c.matches ?? []);
    void syncOptInSites(browser as unknown as ScriptingApi, WATCHER_SCRIPT, builtIn).catch((error) =>
      console.warn('Tactful: could not update the coached sites', error),
    );
  };
  browser.permissions.onAdded.addListener(syncSites);
  browser.permissions.onRemoved.addListener(syncSites);
  syncSites();

  lifetime.signal.addEventListener('abort', () => {
    browser.permissions.onAdded.removeListener(syncSites);
    browser.permissions.onRemoved.removeListener(syncSites);
    browser.alarms.onAlarm.removeListener(onAlarm);
    browser.storage.onChanged.removeListener(onStorageChanged);
    browser.runtime.onInstalled.removeListener(onInstalled);
  });

  void service.scheduleSync().catch((error) => console.warn('Tactful: could not schedule sync', error));
});
