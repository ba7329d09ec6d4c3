import { browser } from 'wxt/browser';
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
    saveRule: (layer, rule, previousId) =>
      askFromPage(
        { type: 'saveRule', layer, rule, ...(previousId !== undefined ? { previousId } : {}) },
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
    importFile: (layer, format, text, name) =>
      askFromPage({ type: 'importRulebook', layer, format, text, ...(name ? { name } : {}) }, { timeoutMs: 120_000 }),
    exportLayer: (layer) => askFromPage({ type: 'exportLayer', layer }),
    async setSubscription(url) {
      if (url) {
        // An address Tactful would refuse (ftp://, http://) is told so before the browser is asked for access.
        const problem = checkSubscriptionUrl(url);
        if (problem) throw new Error(problem);
        // The background fetches the file; ask for access to that one site now, while the user clicked.
        const origin = `${new URL(url).origin}/*`;
        const granted = await browser.permissions.request({ origins: [origin] }).catch(() => false);
        if (!granted) throw new Error('Tactful needs your permission to read the rulebook from that site.');
      }
      return askFromPage({ type: 'setSubscription', url }, { timeoutMs: SLOW_MS });
    },
    syncNow: () => askFromPage({ type: 'syncNow' }, { timeoutMs: SLOW_MS }),
    async setSiteEnabled(host, enabled) {
      await askFromPage({ type: 'setSiteEnabled', host, enabled });
    },
  };
}
