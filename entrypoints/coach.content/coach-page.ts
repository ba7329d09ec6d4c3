import { type CoachSession, startCoaching } from '../../editors/coach-session.ts';
import { watchReplyBoxes } from '../../editors/discover.ts';
import { sitesFor } from '../../editors/sites/index.ts';
import { onBroadcast } from '../../messaging/broadcast.ts';
import { askBackground } from '../../messaging/client.ts';
import type { CoachState } from '../../messaging/protocol.ts';
import { serveTab } from '../../messaging/server.ts';
import { type PreparedRulebook, prepareRulebook } from '../../rules/prepare.ts';

/**
 * Wire one frame: find reply boxes, get the compiled rulebook from the background once one appears, coach every
 * box, and answer the popup. The rulebook is cached here, so coaching goes on while the worker sleeps.
 */
export function startCoachingPage(doc: Document, signal: AbortSignal): void {
  const sites = sitesFor(doc.location?.hostname ?? '');
  const sessions = new Map<HTMLElement, CoachSession>();
  let state: CoachState | null = null;
  let prepared: PreparedRulebook | null = null;
  let disabled = new Set<string>();
  let asking: Promise<void> | null = null;
  let watching: AbortController | null = null;
  let boxes = { count: () => 0 };

  const fetchState = (): Promise<void> => {
    asking ??= askBackground({ type: 'getCoachState', host: doc.location?.hostname ?? '' })
      .then((next) => {
        if (state && next.revision < state.revision) return;
        state = next;
        prepared = prepareRulebook(next.compiled);
        disabled = new Set(next.disabledRules);
        applySiteSwitch();
        for (const session of sessions.values()) session.recheck();
      })
      .catch(() => {
        // The worker is asleep or restarting: keep coaching with the rulebook we have (RELIABILITY D1).
      })
      .finally(() => {
        asking = null;
      });
    return asking;
  };

  const startWatching = () => {
    watching = new AbortController();
    const stop = watching.signal;
    signal.addEventListener('abort', () => watching?.abort(), { once: true, signal: stop });
    boxes = watchReplyBoxes(doc, sites, stop, ({ el, site, signal: boxSignal }) => {
      if (!prepared) void fetchState();
      const session = startCoaching(el, {
        prepared: () => prepared,
        customer: () => site.customer(el),
        maskSelector: site.masks.join(', '),
        disabledRules: () => disabled,
        onTurnOff: (ruleId) => {
          disabled.add(ruleId);
          // Off on this site only: the worker reads the site from the sender. Everywhere is the options page's call.
          void askBackground({ type: 'turnRuleOffHere', ruleId }).catch(() => {
            // The worker is away: the rule stays off in this tab only.
          });
        },
        signal: boxSignal,
      });
      sessions.set(el, session);
      boxSignal.addEventListener('abort', () => sessions.delete(el), { once: true });
    });
  };

  /** The agent turned the coach off for this site from the popup: remove everything, until turned on again. */
  const applySiteSwitch = () => {
    const on = state?.siteEnabled ?? true;
    if (on && !watching) startWatching();
    if (!on && watching) {
      watching.abort();
      watching = null;
      boxes = { count: () => 0 };
    }
  };

  onBroadcast((message) => {
    if (message.type === 'coachStateChanged' && (!state || message.revision > state.revision)) void fetchState();
  }, signal);

  serveTab(
    {
      getTabStatus: () => {
        let findings = 0;
        for (const session of sessions.values()) findings += session.findings.length;
        return { active: watching !== null, findings, editors: boxes.count() };
      },
    },
    signal,
  );

  startWatching();
}
