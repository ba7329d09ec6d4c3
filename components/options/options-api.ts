import { browser } from 'wxt/browser';
import { t } from '../../i18n/t.ts';
import { onBroadcast } from '../../messaging/broadcast.ts';
import { askFromPage } from '../../messaging/page-client.ts';
import { checkSubscriptionUrl } from '../../messaging/subscription-url.ts';
import type { OptionsApi } from './api.ts';

/**
 * The options page's door to the rules: every read and write is a request to the background worker, which owns
 * the database and runs every rule write through the same validation as an import. The worker tells open pages
 * about each change (a `coachStateChanged` broadcast), which is how a second options tab stays current.
 */
const SLOW_MS = 60_000;

export function createOptionsApi(): OptionsApi {
  return {
    load: () => askFromPage({ type: 'loadOptions' }),

    watch(onChange, signal) {
      onBroadcast(() => onChange(), signal);
    },

    coachState: () => askFromPage({ type: 'getCoachState', host: 'tactful-options' }),

    // Saving checks regexes with recheck in the worker, which can take seconds for a long alternation.
    saveRule: (layer, rule, previousId, opened) =>
      askFromPage(
        {
          type: 'saveRule',
          layer,
          rule,
          ...(previousId !== undefined ? { previousId } : {}),
          ...(opened !== undefined ? { opened } : {}),
        },
        { timeoutMs: SLOW_MS },
      ),
    async deleteRule(layer, ruleId) {
      return (await askFromPage({ type: 'deleteRule', layer, ruleId })).deleted;
    },
    restoreRule: ({ layer, rule, index }) =>
      askFromPage({ type: 'restoreRule', layer, rule, index }, { timeoutMs: SLOW_MS }),
    async setEnabled(ruleId, enabled) {
      await askFromPage({ type: 'setRuleEnabled', ruleId, enabled });
    },
    async setSeverity(ruleId, severity) {
      await askFromPage({ type: 'setRuleSeverity', ruleId, severity });
    },
    async checkRule(rule) {
      return (await askFromPage({ type: 'checkRule', rule }, { timeoutMs: SLOW_MS })).problems;
    },
    previewImport: (layer, { format, text, name }) =>
      askFromPage({ type: 'previewImport', layer, format, text, name }, { timeoutMs: 120_000 }),
    importFile: (layer, { format, text, name, fileName }, mode, confirmSwitchOff) =>
      askFromPage(
        {
          type: 'importRulebook',
          layer,
          format,
          text,
          name,
          fileName,
          mode,
          ...(confirmSwitchOff ? { confirmSwitchOff } : {}),
        },
        { timeoutMs: 120_000 },
      ),
    exportLayer: (layer, format = 'json') => askFromPage({ type: 'exportLayer', layer, format }),
    async previewSubscription(url) {
      // An address Tactful would refuse (ftp://, http://) is told so before the browser is asked for access.
      const problem = checkSubscriptionUrl(url);
      if (problem) return { ok: false, message: problem };
      // The background fetches the file; ask for access to that one site now, while the user clicked.
      const origin = `${new URL(url).origin}/*`;
      const granted = await browser.permissions.request({ origins: [origin] }).catch(() => false);
      if (!granted) {
        return { ok: false, message: t('options_needRulebookPermission') };
      }
      return askFromPage({ type: 'previewSubscription', url }, { timeoutMs: SLOW_MS });
    },
    subscribe: (url, mode, digest, confirmSwitchOff) =>
      askFromPage(
        { type: 'setSubscription', url, mode, digest, ...(confirmSwitchOff ? { confirmSwitchOff } : {}) },
        { timeoutMs: SLOW_MS },
      ),
    unsubscribe: () => askFromPage({ type: 'setSubscription', url: null }, { timeoutMs: SLOW_MS }),
    async listVersions(layer) {
      return (await askFromPage({ type: 'listVersions', layer })).versions;
    },
    restoreVersion: (id) => askFromPage({ type: 'restoreVersion', id }, { timeoutMs: SLOW_MS }),
    async setSwitches(layer, ruleIds, change) {
      await askFromPage({ type: 'setSwitches', layer, ruleIds, ...change });
    },
    syncNow: () => askFromPage({ type: 'syncNow' }, { timeoutMs: SLOW_MS }),
    async setSiteEnabled(host, enabled) {
      await askFromPage({ type: 'setSiteEnabled', host, enabled });
    },
  };
}
