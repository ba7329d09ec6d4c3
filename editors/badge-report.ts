import { askBackground } from '../messaging/client.ts';

/**
 * Tells the worker when the number of suggestions shown in this frame changes, for the toolbar badge
 * (background/badge.ts). Only "it changed" travels: the worker recounts the tab from its frames. One message per
 * change of this frame's total, at most one per REPORT_DELAY_MS while the agent types.
 */
const REPORT_DELAY_MS = 250;
const counts = new Map<Element, number>();
let reported = 0;
let scheduled = false;

function total(): number {
  let sum = 0;
  for (const n of counts.values()) sum += n;
  return sum;
}

function send(): void {
  scheduled = false;
  const now = total();
  if (now === reported) return;
  reported = now;
  void askBackground({ type: 'reportFindings' }).catch(() => {
    // The worker is away: report again on the next change.
    reported = -1;
  });
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setTimeout(send, REPORT_DELAY_MS);
}

/** The box now shows `count` suggestions; when `signal` aborts (the box went away, coaching stopped) it shows none. */
export function reportFindingCount(box: Element, count: number, signal: AbortSignal): void {
  if (signal.aborted) return;
  if (!counts.has(box)) {
    signal.addEventListener(
      'abort',
      () => {
        counts.delete(box);
        schedule();
      },
      { once: true },
    );
  }
  counts.set(box, count);
  schedule();
}
