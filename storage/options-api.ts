import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import type { DeletedRule, OptionsApi, OptionsModel } from '../components/options/api.ts';
import { askBackground } from '../messaging/client.ts';
import type { Rulebook } from '../rules/schema.ts';
import { readEffective } from './coach-state.ts';
import type { RulebookRow, TactfulDb } from './db.ts';
import { exportFileName, exportLayer } from './export.ts';
import { hasPolicy, readPolicy } from './policy.ts';
import { findUnsafeRegexes } from './regex-safety.ts';
import { deleteRule, restoreRule, saveRule, setSwitch } from './rulebooks.ts';
import { listDisabledSites } from './sites.ts';
import { getSubscriptionUrl, getSyncStatus, SYNC_STATUS_KEY } from './subscription.ts';

/**
 * The options page's door to the store. Reads and local edits go straight to the database (an
 * extension page may); then the background is told to recompile and tell every tab. Imports and
 * subscriptions go through the background, which validates and stores in one transaction.
 */
const layerInfo = (row: RulebookRow | undefined) =>
  row && {
    name: row.book.name,
    id: row.book.id,
    source: row.source,
    importedAt: row.importedAt,
    ...(row.url ? { url: row.url } : {}),
    ruleCount: row.book.rules.length,
  };

export function createOptionsApi(db: TactfulDb, starter: Rulebook): OptionsApi {
  const notify = () => askBackground({ type: 'rulebooksChanged' }).then(() => undefined);

  return {
    async load(): Promise<OptionsModel> {
      const policy = await readPolicy();
      const [effective, subscription, status, disabledSites] = await Promise.all([
        readEffective(db, { starter, policy }),
        getSubscriptionUrl(db, policy),
        getSyncStatus(db),
        listDisabledSites(db),
      ]);
      const team = effective.stored.team;
      const teamReadOnly = policy.locked
        ? 'Your organisation has locked the team rules.'
        : policy.rulebookUrl
          ? 'Your organisation provides the team rulebook.'
          : team && (team.source === 'hosted' || team.source === 'policy')
            ? `The team rulebook comes from ${team.url ?? 'a web address'}; change the published file instead, or unsubscribe.`
            : null;
      return {
        rules: effective.rules,
        refused: effective.refused,
        layers: {
          starter: {
            name: starter.name,
            id: starter.id,
            source: 'builtin',
            importedAt: 0,
            ruleCount: starter.rules.length,
          },
          ...(team ? { team: layerInfo(team) } : {}),
          ...(effective.stored.personal ? { personal: layerInfo(effective.stored.personal) } : {}),
        },
        teamReadOnly,
        policy: { active: hasPolicy(policy), ...policy },
        subscription: { ...subscription, ...(status ? { status } : {}) },
        disabledSites,
      };
    },

    watch(onChange, signal) {
      // liveQuery re-runs when these rows change, in this page or (through Dexie's cross-context channel) elsewhere.
      // The sync status changes without a revision bump when a sync fails or finds nothing new.
      const subscription = liveQuery(() => db.settings.bulkGet(['revision', SYNC_STATUS_KEY])).subscribe({
        next: () => onChange(),
      });
      const onStorage = (_changes: unknown, area: string) => {
        if (area === 'managed') onChange();
      };
      browser.storage.onChanged.addListener(onStorage);
      signal.addEventListener(
        'abort',
        () => {
          subscription.unsubscribe();
          browser.storage.onChanged.removeListener(onStorage);
        },
        { once: true },
      );
    },

    coachState: () => askBackground({ type: 'getCoachState', host: 'tactful-options' }),

    async saveRule(layer, rule, previousId) {
      await saveRule(db, layer, rule, previousId);
      await notify();
    },
    async deleteRule(layer, ruleId) {
      const deleted = await deleteRule(db, layer, ruleId);
      await notify();
      return deleted && { layer, rule: deleted.rule, index: deleted.index };
    },
    async restoreRule({ layer, rule, index }: DeletedRule) {
      await restoreRule(db, layer, rule, index);
      await notify();
    },
    async setEnabled(ruleId, enabled) {
      await askBackground({ type: 'setRuleEnabled', ruleId, enabled });
    },
    async setSeverity(ruleId, severity) {
      await setSwitch(db, 'personal', ruleId, severity === null ? { severity: undefined } : { severity });
      await notify();
    },
    checkRegexes: (rule) => findUnsafeRegexes({ schemaVersion: 2, id: 'check', name: 'check', rules: [rule] }),
    importFile: (layer, format, text, name) =>
      askBackground({ type: 'importRulebook', layer, format, text, ...(name ? { name } : {}) }, { timeoutMs: 120_000 }),
    async exportLayer(layer) {
      const book = await exportLayer(db, layer, starter);
      return { fileName: exportFileName(book, layer), text: `${JSON.stringify(book, null, 2)}\n` };
    },
    async setSubscription(url) {
      if (url) {
        // The background fetches the file; ask for access to that one site now, while the user clicked.
        const origin = `${new URL(url).origin}/*`;
        const granted = await browser.permissions.request({ origins: [origin] }).catch(() => false);
        if (!granted) throw new Error('Tactful needs your permission to read the rulebook from that site.');
      }
      return askBackground({ type: 'setSubscription', url }, { timeoutMs: 60_000 });
    },
    syncNow: () => askBackground({ type: 'syncNow' }, { timeoutMs: 60_000 }),
    async setSiteEnabled(host, enabled) {
      await askBackground({ type: 'setSiteEnabled', host, enabled });
    },
  };
}
