import { browser } from 'wxt/browser';
import { watchReplyBoxes } from '../../editors/discover.ts';
import { sitesFor } from '../../editors/sites/index.ts';
import { coachRunning, START_COACH } from '../../messaging/coach-handover.ts';

/** Asks the worker to start the coach in this frame; true once it runs. */
export type AskToStart = () => Promise<boolean>;

/**
 * The envelope the worker answers in (messaging/server.ts), checked by hand: the watcher runs on every page of a
 * coached site and stays small, so it bundles no schema library.
 */
const askWorkerToStart: AskToStart = async () => {
  const answer = (await browser.runtime.sendMessage({ type: START_COACH })) as {
    ok?: unknown;
    value?: { started?: unknown };
  } | null;
  return answer?.ok === true && answer.value?.started === true;
};

/** Waits before asking again after a failed start: the worker may be restarting. */
const RETRY_MS = [1_000, 4_000, 15_000];

/**
 * Watch this frame for a reply box (the same discovery the coach uses: editors/discover.ts), and the moment one
 * appears stop watching and ask the worker to start the coach here. Until then answer the popup's status question
 * for this frame, so it can say coaching is on with no reply box open.
 */
export function watchForReplyBox(doc: Document, signal: AbortSignal, ask: AskToStart = askWorkerToStart): void {
  const win = doc.defaultView as Window & typeof globalThis;
  const sites = sitesFor(doc.location?.hostname ?? '');
  let failures = 0;
  let retry = 0;

  const watch = () => {
    const watching = new AbortController();
    signal.addEventListener('abort', () => watching.abort(), { once: true, signal: watching.signal });
    watchReplyBoxes(doc, sites, watching.signal, () => {
      // Several boxes can turn up in one scan: the first one is enough.
      if (watching.signal.aborted) return;
      watching.abort();
      const again = () => {
        const wait = RETRY_MS[failures++];
        if (wait === undefined || signal.aborted) return;
        retry = win.setTimeout(watch, wait);
      };
      ask().then((started) => {
        if (!started) again();
      }, again);
    });
  };
  signal.addEventListener('abort', () => win.clearTimeout(retry), { once: true });

  answerStatusUntilCoachRuns(signal);
  if (!coachRunning()) watch();
}

type Listener = Parameters<typeof browser.runtime.onMessage.addListener>[0];

/** The popup's getTabStatus for a frame without the coach: coaching is on here, with no editor and no finding. */
function answerStatusUntilCoachRuns(signal: AbortSignal): void {
  const listener = (message: unknown, _sender: unknown, sendResponse?: (response: unknown) => void) => {
    // Once the coach runs in this frame, it answers (with its editors and findings).
    if (coachRunning() || (message as { type?: unknown } | null)?.type !== 'getTabStatus') return undefined;
    const answer = { ok: true, value: { active: true, findings: 0, editors: 0 } };
    if (typeof sendResponse !== 'function') return Promise.resolve(answer);
    sendResponse(answer);
    return true;
  };
  browser.runtime.onMessage.addListener(listener as Listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener as Listener), {
    once: true,
  });
}
