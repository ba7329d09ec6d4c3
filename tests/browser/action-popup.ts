import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionSession } from './harness.ts';
import { withTimeout } from './with-timeout.ts';
import { evaluateInWorker, type WorkerGlobals } from './worker.ts';

export interface ActionPopup {
  /** The popup's visible text, read from its own document. */
  text(): Promise<string>;
  close(): Promise<void>;
}

/**
 * Opens the real toolbar popup over `page` (chrome.action.openPopup, as a click on the toolbar icon does) and reads
 * it through CDP. Playwright does not hand out the popup as a Page, so its target is attached by hand.
 */
export async function openActionPopup(session: ExtensionSession, page: Page, timeoutMs = 10_000): Promise<ActionPopup> {
  await page.bringToFront();
  await evaluateInWorker(
    session.serviceWorker,
    async () => {
      const { chrome } = globalThis as unknown as WorkerGlobals;
      await chrome.action.openPopup();
    },
    undefined,
  );
  const cdp = await session.context.newCDPSession(page);
  const targetId = await withTimeout(findPopupTarget(cdp), timeoutMs, 'the toolbar popup');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  let nextId = 0;
  const evaluate = (expression: string) =>
    new Promise<unknown>((resolve, reject) => {
      const id = ++nextId;
      const onMessage = ({ message }: { message: string }) => {
        const reply = JSON.parse(message) as {
          id?: number;
          result?: { result?: { value?: unknown } };
          error?: unknown;
        };
        if (reply.id !== id) return;
        cdp.off('Target.receivedMessageFromTarget', onMessage);
        if (reply.error) reject(new Error(JSON.stringify(reply.error)));
        else resolve(reply.result?.result?.value);
      };
      cdp.on('Target.receivedMessageFromTarget', onMessage);
      const call = { id, method: 'Runtime.evaluate', params: { expression, returnByValue: true } };
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify(call) }).catch(reject);
    });
  return {
    text: async () => String(await evaluate('document.body.innerText')),
    close: async () => {
      await evaluate('window.close()').catch(() => undefined);
      await cdp.detach().catch(() => undefined);
    },
  };
}

async function findPopupTarget(cdp: CDPSession): Promise<string> {
  for (;;) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const popup = targetInfos.find((t) => t.url.startsWith('chrome-extension://') && t.url.endsWith('/popup.html'));
    if (popup) return popup.targetId;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
