import { browser } from 'wxt/browser';
import { type Broadcast, protocolSchemas } from './protocol.ts';

/**
 * Background → every frame of every open tab. Tabs without our content script reject; that is
 * expected, so failures are counted, not thrown. Resolves with how many tabs took the message.
 */
export async function broadcastToTabs(message: Broadcast): Promise<number> {
  const tabs = await browser.tabs.query({});
  const sent = await Promise.allSettled(
    tabs.filter((tab) => tab.id !== undefined).map((tab) => browser.tabs.sendMessage(tab.id as number, message)),
  );
  return sent.filter((s) => s.status === 'fulfilled').length;
}

/**
 * Background → every open extension page (options, practice): `tabs.sendMessage` reaches content scripts, and
 * runtime messages reach extension pages. With no page open nobody answers, which is fine.
 */
export async function broadcastToPages(message: Broadcast): Promise<void> {
  await browser.runtime.sendMessage(message).catch(() => undefined);
}

/** In a content script or page: react to broadcasts (validated first). Removed when `signal` aborts. */
export function onBroadcast(handler: (message: Broadcast) => void, signal: AbortSignal): void {
  const listener = (message: unknown) => {
    const parsed = protocolSchemas().broadcast.safeParse(message);
    if (parsed.success) handler(parsed.data);
    // Never answer: a broadcast has no reply, and answering would steal other listeners' replies.
    return undefined;
  };
  if (signal.aborted) return;
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
