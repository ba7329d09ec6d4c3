import { defineContentScript } from 'wxt/utils/define-content-script';
import { markCoachRunning } from '../../messaging/coach-handover.ts';
import { startCoachingPage } from './coach-page.ts';

export default defineContentScript({
  // Not in the manifest: the watcher (entrypoints/watcher/) runs on every matching page and asks the worker
  // to inject this script into a frame only once that frame has a reply box (editors/coach-handover.ts).
  registration: 'runtime',
  main(ctx) {
    // Injected at most once per frame; a second injection (two boxes at once, a retry) finds the coach running.
    if (!markCoachRunning()) return;
    startCoachingPage(document, ctx.signal);
  },
});
