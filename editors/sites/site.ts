import type { SiteId } from './reply-boxes.ts';

/** What Tactful knows about one web app's reply boxes. One file per site; selectors carry a comment each. */
export interface Site {
  id: SiteId;
  /** Selectors of the editable reply-box roots (written in reply-boxes.ts, which the watcher reads alone). */
  replyBoxes: readonly string[];
  /** Selectors inside a reply box whose text is never coached (quoted history, signatures). */
  masks: string[];
  /** The customer's latest message for this reply box, when the page shows it. */
  customer(box: Element): string | undefined;
}

/** Text of an element without layout (innerText would force it), with block-ish breaks kept as spaces. */
export function plainText(el: Element | null | undefined): string | undefined {
  const text = el?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}
