import { browser } from 'wxt/browser';

/**
 * Who sent a message to the worker, decided from what the browser fills in (`sender`), never from the message.
 *
 * - An **extension page** (popup, options, practice) is ours and shown by the browser, where no web page can
 *   script it: `sender.id` is this extension, `sender.url` (and `sender.origin` when the browser gives it) is under
 *   `runtime.getURL('/')`, and it is not a frame inside someone else's tab: either it has no tab (the toolbar popup)
 *   or it is the tab's top frame (`frameId` 0) and the tab's URL, when visible, is ours too. The manifest lists no
 *   web_accessible_resources, so a web page cannot even frame these pages; the frame check holds if that changes.
 * - A **content script** is our code in a web page's frame: `sender.id` is this extension and `sender.tab` is set,
 *   but its URL is the page's. It acts for the page's site only.
 */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { url?: string };
}

export type SenderKind = 'extension-page' | 'content-script' | 'unknown';

export function senderKind(sender: SenderInfo): SenderKind {
  if (!sender || sender.id !== browser.runtime.id) return 'unknown';
  const base = browser.runtime.getURL('/');
  const ours = (url: string | undefined) => url?.startsWith(base) === true;
  // Not new URL(base).origin: outside a browser (Node) a chrome-extension: URL has the opaque origin "null".
  const origin = base.replace(/\/$/, '');
  if (ours(sender.url) && (sender.origin === undefined || sender.origin === origin)) {
    if (!sender.tab) return 'extension-page';
    if (sender.frameId === 0 && (sender.tab.url === undefined || ours(sender.tab.url))) return 'extension-page';
    return 'unknown';
  }
  return sender.tab ? 'content-script' : 'unknown';
}

const webHost = (raw: string | undefined): string | null => {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
};

/**
 * The site (host name) a content script's frame belongs to: the frame's own URL; for about:blank and srcdoc frames,
 * which inherit their parent's origin, `sender.origin`; failing both, the tab's address.
 */
export function siteOfSender(sender: SenderInfo): string | null {
  return webHost(sender.url) ?? webHost(sender.origin) ?? webHost(sender.tab?.url);
}
