import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionSession } from './harness.ts';
import { withTimeout } from './with-timeout.ts';
import { evaluateInWorker, type WorkerGlobals } from './worker.ts';

export interface ActionPopup {
  /** The popup's visible text, read from its own document. */
  text(): Promise<string>;
  /**
   * Runs `expression` in the popup's document and returns its value (awaited when it is a Promise). With
   * `userGesture`, Chromium treats it as the user's own action: what a real click may do (a permission request),
   * it may do.
   */
  evaluate(expression: string, options?: { userGesture?: boolean }): Promise<unknown>;
  /** Saves a PNG of the popup as it is drawn (for the demo's screenshots). */
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/** Chromium switch that opens CDP's Extensions domain, which clickToolbarButton() needs. */
export const TOOLBAR_CLICK_ARGS = ['--enable-unsafe-extension-debugging'];

/**
 * Opens the real toolbar popup over `page` (chrome.action.openPopup). It is not a click: the popup cannot read the
 * tab's address on a site Tactful has no access to. See clickToolbarButton() for that.
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
  return attachToPopup(session, page, timeoutMs);
}

/**
 * Clicks the extension's toolbar button over `page`, as the agent does: CDP's Extensions.triggerAction runs the
 * action the way a click does, so the browser grants activeTab (the popup may read that tab's address) and opens
 * the popup. The session must be launched with TOOLBAR_CLICK_ARGS.
 */
export async function clickToolbarButton(
  session: ExtensionSession,
  page: Page,
  timeoutMs = 10_000,
): Promise<ActionPopup> {
  await page.bringToFront();
  const browser = session.context.browser();
  if (!browser) throw new Error('clickToolbarButton needs the browser CDP session');
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tab = targetInfos.find((t) => t.url === page.url());
    if (!tab) throw new Error(`No tab target shows ${page.url()}`);
    // Not in playwright-core's protocol types yet (Chromium 140+).
    await withTimeout(
      cdp.send(
        'Extensions.triggerAction' as 'Target.getTargets',
        {
          id: session.extensionId,
          targetId: tab.targetId,
        } as never,
      ),
      timeoutMs,
      'Extensions.triggerAction',
    );
  } finally {
    await cdp.detach().catch(() => undefined);
  }
  return attachToPopup(session, page, timeoutMs);
}

/**
 * Playwright does not hand out the toolbar popup as a Page, so its target is attached by hand and read through CDP.
 * A popup opened by a click may replace its first document while it loads (a new target): attach again until one
 * has a loaded body.
 */
async function attachToPopup(session: ExtensionSession, page: Page, timeoutMs: number): Promise<ActionPopup> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const popup = await attachOnce(session, page, Math.max(1_000, deadline - Date.now()));
    const loaded = await popup
      .evaluate('document.readyState === "complete" && document.body !== null')
      .catch(() => false);
    if (loaded === true) return popup;
    await popup.close(false);
    if (Date.now() > deadline) throw new Error('The toolbar popup did not finish loading');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function attachOnce(
  session: ExtensionSession,
  page: Page,
  timeoutMs: number,
): Promise<ActionPopup & { close(closeWindow?: boolean): Promise<void> }> {
  const cdp = await session.context.newCDPSession(page);
  const targetId = await withTimeout(findPopupTarget(cdp), timeoutMs, 'the toolbar popup');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  let nextId = 0;
  /** One CDP call to the popup's own target (Playwright has no Page for it). */
  const send = (method: string, params: Record<string, unknown>) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const id = ++nextId;
      const onMessage = ({ message }: { message: string }) => {
        const reply = JSON.parse(message) as { id?: number; result?: Record<string, unknown>; error?: unknown };
        if (reply.id !== id) return;
        cdp.off('Target.receivedMessageFromTarget', onMessage);
        if (reply.error) reject(new Error(JSON.stringify(reply.error)));
        else resolve(reply.result ?? {});
      };
      cdp.on('Target.receivedMessageFromTarget', onMessage);
      cdp
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) })
        .catch(reject);
    });
  const evaluateOnce = async (expression: string, userGesture: boolean) => {
    const result = (await send('Runtime.evaluate', {
      expression,
      returnByValue: true,
      awaitPromise: true,
      userGesture,
    })) as {
      result?: { value?: unknown };
      exceptionDetails?: { exception?: { description?: string } };
    };
    if (result.exceptionDetails)
      throw new Error(result.exceptionDetails.exception?.description ?? 'error in the popup');
    return result.result?.value;
  };
  const evaluate = (expression: string, { userGesture = false } = {}) =>
    withTimeout(evaluateOnce(expression, userGesture), timeoutMs, `the popup to run ${expression.slice(0, 60)}`);
  return {
    text: async () => String(await evaluate('document.body.innerText')),
    evaluate,
    screenshot: async (path) => {
      const { data } = (await withTimeout(
        send('Page.captureScreenshot', { format: 'png' }),
        timeoutMs,
        'a popup screenshot',
      )) as {
        data: string;
      };
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, Buffer.from(data, 'base64'));
    },
    close: async (closeWindow = true) => {
      if (closeWindow) await evaluate('window.close()').catch(() => undefined);
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
