import { type CoachSession, startCoaching } from '../../editors/coach-session.ts';
import { type ReplyBoxWatch, watchReplyBoxes } from '../../editors/discover.ts';
import { sitesFor } from '../../editors/sites/index.ts';
import { onBroadcast } from '../../messaging/broadcast.ts';
import { askBackground } from '../../messaging/client.ts';
import type { CoachState } from '../../messaging/protocol.ts';
import { serveTab } from '../../messaging/server.ts';
import { type PreparedRulebook, prepareRulebook } from '../../rules/prepare.ts';

/**
 * Which draft a reply box holds, for dismissals kept across a reload: the page's address without its query (a
 * ticket, a thread) and the box's stable name, if it has one. Kept dismissals also carry the text around the
 * phrase, so the same words in another reply on the same page are flagged again. The site is added by the worker.
 */
function draftOf(el: HTMLElement): string {
  const { pathname, hash } = el.ownerDocument.location ?? { pathname: '', hash: '' };
  const name = el.getAttribute('name') ?? el.getAttribute('aria-label') ?? '';
  return `${pathname}${hash}\u0000${name}`.slice(0, 500);
}

/** Waits before asking the worker again for a first rulebook; the last one repeats for as long as the page lives. */
const RETRY_MS = [1_000, 4_000, 15_000, 30_000];

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
  let watching: ReplyBoxWatch | null = null;

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
        // The worker is asleep or restarting: keep coaching with the rulebook we have (RELIABILITY D1). With none
        // yet, ask again later: no other event may come to ask for this page.
        if (!prepared) askAgainLater();
      })
      .finally(() => {
        asking = null;
      });
    return asking;
  };

  let failures = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const askAgainLater = () => {
    if (signal.aborted || retry !== undefined) return;
    const wait = RETRY_MS[Math.min(failures++, RETRY_MS.length - 1)];
    retry = setTimeout(() => {
      retry = undefined;
      if (!prepared) void fetchState();
    }, wait);
  };
  signal.addEventListener('abort', () => clearTimeout(retry), { once: true });

  const startWatching = () => {
    watching = watchReplyBoxes(doc, sites, ({ el, site, signal: boxSignal }) => {
      if (!prepared) void fetchState();
      const session = startCoaching(el, {
        prepared: () => prepared,
        customer: () => site.customer(el),
        maskSelector: site.masks.join(', '),
        disabledRules: () => disabled,
        offerEverywhere: true,
        onTurnOff: (ruleId, scope) => {
          // Everywhere is never applied from a page: the worker opens the extension page where the agent confirms.
          if (scope === 'everywhere') {
            void askBackground({ type: 'askTurnOffEverywhere', ruleId }).catch(() => undefined);
            return;
          }
          disabled.add(ruleId);
          // Off on this site only: the worker reads the site from the sender.
          void askBackground({ type: 'turnRuleOffHere', ruleId }).catch(() => {
            // The worker is away: the rule stays off in this tab only.
          });
        },
        onTurnOn: (ruleId) => {
          disabled.delete(ruleId);
          void askBackground({ type: 'turnRuleOnHere', ruleId }).catch(() => undefined);
        },
        dismissals: {
          load: () => askBackground({ type: 'listDismissals', draft: draftOf(el) }),
          keep: (key) => void askBackground({ type: 'keepDismissal', draft: draftOf(el), key }).catch(() => undefined),
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
      watching.stop();
      watching = null;
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
        return { active: watching !== null, findings, editors: watching?.count() ?? 0 };
      },
    },
    signal,
  );

  signal.addEventListener('abort', () => watching?.stop(), { once: true });
  startWatching();
}
