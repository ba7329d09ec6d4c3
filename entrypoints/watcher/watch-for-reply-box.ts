import { hostnameOf } from '../../editors/sites/hostname.ts';
import { isCoachableRoot, replyBoxSelector, siteIdsFor } from '../../editors/sites/reply-boxes.ts';
import { coachRunning, markWatching, START_COACH } from '../../messaging/coach-handover.ts';

/** Asks the worker to start the coach in this frame; true once it runs. */
export type AskToStart = () => Promise<boolean>;

interface Runtime {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
}
type ExtensionGlobals = typeof globalThis & { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };

/**
 * The extension API, reached only when a reply box has appeared. Not `wxt/browser`, which reads it when the module
 * loads: the browser builds its API bindings on that first touch, which measured ~1.5 ms on every page load, most of
 * the watcher's budget (bench/load-cost.ts). Firefox has `browser`; Chromium has `chrome`, whose calls return promises
 * in MV3.
 */
function runtime(): Runtime | undefined {
  const g = globalThis as ExtensionGlobals;
  return g.browser?.runtime?.id ? g.browser.runtime : g.chrome?.runtime;
}

/**
 * The envelope the worker answers in (messaging/server.ts), checked by hand: the watcher runs on every page of a
 * coached site and stays small, so it bundles no schema library.
 */
const askWorkerToStart: AskToStart = async () => {
  const api = runtime();
  if (!api) return false;
  const answer = (await api.sendMessage({ type: START_COACH })) as {
    ok?: unknown;
    value?: { started?: unknown };
  } | null;
  return answer?.ok === true && answer.value?.started === true;
};

/** Waits before asking again after a failed start: the worker may be restarting. */
const RETRY_MS = [1_000, 4_000, 15_000];

/**
 * Watch this frame for a reply box (the sites' selectors and the same test of a box the coach's discovery uses:
 * editors/sites/reply-boxes.ts), and the moment one appears stop watching and ask the worker to start the coach here.
 * The frame is marked as watched, so the popup can say coaching is on with no reply box open. Returns how to stop
 * (tests; the page itself never stops it).
 *
 * Not the coach's discovery (editors/discover.ts), which tracks every box as it comes and goes: on a page without a
 * reply box this is all the extension runs, so it keeps one observer and one selector, and touches no DOM interface
 * it does not need (each one a fresh script world touches first costs that page load script time; issue 11).
 */
export function watchForReplyBox(doc: Document, ask: AskToStart = askWorkerToStart): { stop(): void } {
  const win = doc.defaultView as Window & typeof globalThis;
  const selector = replyBoxSelector(siteIdsFor(hostnameOf(doc)));
  let failures = 0;
  let frame = 0;
  let retry = 0;
  let stopped = false;

  const pause = () => {
    observer.disconnect();
    win.cancelAnimationFrame(frame);
    frame = 0;
  };
  const again = () => {
    const wait = RETRY_MS[failures++];
    if (wait === undefined || stopped) return;
    retry = win.setTimeout(watch, wait);
  };
  const scan = () => {
    frame = 0;
    for (const el of doc.querySelectorAll<HTMLElement>(selector)) {
      if (!isCoachableRoot(el)) continue;
      // Several boxes can be on the page: the first one is enough.
      pause();
      ask().then((started) => {
        if (!started) again();
      }, again);
      return;
    }
  };
  const observer = new MutationObserver(() => {
    if (!frame) frame = win.requestAnimationFrame(scan);
  });
  function watch() {
    // contenteditable flips (Gmail enables the body after load) and composers added or removed.
    observer.observe(doc, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable'] });
    scan();
  }

  // The popup reads this mark for the frame's status (messaging/tab-status.ts): no listener waits here for it.
  markWatching();
  if (!coachRunning()) watch();
  return {
    stop: () => {
      stopped = true;
      win.clearTimeout(retry);
      pause();
    },
  };
}
