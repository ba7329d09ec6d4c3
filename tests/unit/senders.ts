import { fakeBrowser } from 'wxt/testing';
import type { SenderInfo } from '../../messaging/senders.ts';

/**
 * WXT's fake browser delivers every message with an empty sender; the real one says who sent it, and the worker
 * decides on that (messaging/senders.ts). These are the senders Chrome fills in, and a way to send as one of them.
 */
const base = () => `chrome-extension://${fakeBrowser.runtime.id}`;

/** The options page, open in its own tab. */
export const optionsPage = (): SenderInfo => ({
  id: fakeBrowser.runtime.id,
  url: `${base()}/options.html`,
  origin: base(),
  frameId: 0,
  tab: { url: `${base()}/options.html` },
});

/** The toolbar popup: no tab. */
export const popupPage = (): SenderInfo => ({
  id: fakeBrowser.runtime.id,
  url: `${base()}/popup.html`,
  origin: base(),
});

/** Our content script in a frame of a web page (`tabUrl` is the page in the address bar). */
export const contentScript = (url: string, tabUrl = url, frameId = 0): SenderInfo => ({
  id: fakeBrowser.runtime.id,
  url,
  origin: /^https?:/.test(url) ? new URL(url).origin : undefined,
  frameId,
  tab: { url: tabUrl },
});

/** From now on, browser.runtime.sendMessage in this test file arrives with `sender`. */
export function sendAs(sender: SenderInfo): void {
  (fakeBrowser.runtime as unknown as { sendMessage: (message: unknown) => Promise<unknown> }).sendMessage = async (
    message,
  ) => {
    return (await fakeBrowser.runtime.onMessage.trigger(message, sender as never)).find((r: unknown) => !!r);
  };
}
