import { type ReplyBoxWatch, watchReplyBoxes } from '../../editors/discover.ts';
import { hostnameOf } from '../../editors/sites/hostname.ts';
import { sitesFor } from '../../editors/sites/index.ts';
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
 * Watch this frame for a reply box (the same discovery the coach uses: editors/discover.ts), and the moment one
 * appears stop watching and ask the worker to start the coach here. The frame is marked as watched, so the popup can
 * say coaching is on with no reply box open. Returns how to stop (tests; the page itself never stops it).
 *
 * No AbortController here: on a page without a reply box this is all the extension runs, and every DOM interface a
 * fresh isolated world touches first costs script time on that page load (bench/load-cost.ts, issue 11).
 */
export function watchForReplyBox(doc: Document, ask: AskToStart = askWorkerToStart): { stop(): void } {
  const win = doc.defaultView as Window & typeof globalThis;
  const sites = sitesFor(hostnameOf(doc));
  let failures = 0;
  let retry = 0;
  let stopped = false;
  let discovery: ReplyBoxWatch | null = null;

  const watch = () => {
    discovery = watchReplyBoxes(doc, sites, (_box, found) => {
      // Several boxes can turn up in one scan: the first one is enough (stopping ends the scan too). Stopped through
      // the argument: for a box already on the page this runs before watchReplyBoxes returns.
      found.stop();
      const again = () => {
        const wait = RETRY_MS[failures++];
        if (wait === undefined || stopped) return;
        retry = win.setTimeout(watch, wait);
      };
      ask().then((started) => {
        if (!started) again();
      }, again);
    });
  };

  // The popup reads this mark for the frame's status (messaging/tab-status.ts): no listener waits here for it.
  markWatching();
  if (!coachRunning()) watch();
  return {
    stop: () => {
      stopped = true;
      win.clearTimeout(retry);
      discovery?.stop();
    },
  };
}
