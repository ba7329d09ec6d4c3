import type { Site } from './sites/index.ts';
import { isCoachableRoot, replyBoxSelector } from './sites/reply-boxes.ts';

export interface FoundBox {
  el: HTMLElement;
  site: Site;
  /** Aborted when the box leaves the page (or discovery stops): the session must remove everything it added. */
  signal: AbortSignal;
}

export interface ReplyBoxWatch {
  /** Reply boxes live now. */
  count(): number;
  /** Stops watching and aborts every live box's signal; safe to call twice, and from `onBox` (its 2nd argument). */
  stop(): void;
}

/**
 * Find reply boxes as they come and go (Gmail opens and closes composers all day). One MutationObserver on the
 * document only marks "something changed"; the scan runs once per frame, so a busy page costs one flag per
 * mutation batch. (The watcher on every page needs only the first box, and keeps its own smaller loop.)
 */
export function watchReplyBoxes(
  doc: Document,
  sites: Site[],
  onBox: (found: FoundBox, discovery: ReplyBoxWatch) => void,
): ReplyBoxWatch {
  const win = doc.defaultView as Window & typeof globalThis;
  const selector = replyBoxSelector(sites.map((s) => s.id));
  const live = new Map<HTMLElement, AbortController>();
  let frame = 0;
  let stopped = false;

  const siteOf = (el: HTMLElement) => sites.find((s) => s.replyBoxes.some((sel) => el.matches(sel)));

  const scan = () => {
    frame = 0;
    if (stopped) return;
    for (const [el, controller] of live) {
      if (!el.isConnected || !isCoachableRoot(el)) {
        controller.abort();
        live.delete(el);
      }
    }
    for (const el of doc.querySelectorAll<HTMLElement>(selector)) {
      if (stopped) return;
      if (live.has(el) || !isCoachableRoot(el)) continue;
      const site = siteOf(el);
      if (!site) continue;
      const controller = new AbortController();
      live.set(el, controller);
      onBox({ el, site, signal: controller.signal }, handle);
    }
  };

  // Typing inside a reply box mutates only that box: no box can appear or leave there, so skip the scan.
  const insideLiveBox = (node: Node) => {
    for (const el of live.keys()) if (el !== node && el.contains(node)) return true;
    return false;
  };
  const observer = new MutationObserver((records) => {
    if (frame) return;
    if (records.every((r) => insideLiveBox(r.target))) return;
    frame = win.requestAnimationFrame(scan);
  });
  // contenteditable flips (Gmail enables the body after load) and composers added or removed.
  observer.observe(doc, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable'] });
  const handle: ReplyBoxWatch = {
    count: () => live.size,
    stop: () => {
      if (stopped) return;
      stopped = true;
      observer.disconnect();
      win.cancelAnimationFrame(frame);
      for (const controller of live.values()) controller.abort();
      live.clear();
    },
  };
  scan();
  return handle;
}
