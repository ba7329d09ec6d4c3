import { afterAll, beforeAll, expect, it } from 'vitest';
import { openActionPopup } from './action-popup.ts';
import { waitForFlag } from './editors/page-probe.ts';
import { type ExtensionSession, launchWithExtension, openFixture } from './harness.ts';
import { evaluateInWorker, type WorkerGlobals } from './worker.ts';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension();
});
afterAll(async () => {
  await session?.close();
});

/** The toolbar badge's text on the tab showing `url`, read in the worker (RELIABILITY S4). */
function badgeText(url: string): Promise<string | null> {
  return evaluateInWorker(
    session.serviceWorker,
    async (tabUrl: string) => {
      const { chrome } = globalThis as unknown as WorkerGlobals;
      const [tab] = await chrome.tabs.query({ url: tabUrl });
      return tab?.id === undefined ? null : chrome.action.getBadgeText({ tabId: tab.id });
    },
    url,
  );
}

it('the toolbar popup and badge count what is flagged in an editor inside an iframe (TinyMCE)', async () => {
  const page = await openFixture(session.context, 'tinymce.html');
  const frame = await (await page.locator('iframe#editor_ifr').elementHandle())?.contentFrame();
  if (!frame) throw new Error('TinyMCE iframe missing');
  await page.frameLocator('iframe#editor_ifr').locator('body#tinymce').click();
  await page.keyboard.type('Hello Dana, your problem is simple. As I already told you, it shipped.', { delay: 5 });
  await waitForFlag(frame, 'As I already told you');
  const popup = await openActionPopup(session, page);
  try {
    await expect.poll(() => popup.text(), { timeout: 10_000 }).toMatch(/Coaching is on: \d+ suggestions? in this tab/);
    const count = Number((await popup.text()).match(/Coaching is on: (\d+) suggestion/)?.[1]);
    // Both phrases are flagged (a missing apology or next step may add to the count).
    expect(count).toBeGreaterThanOrEqual(2);
    // The badge on the toolbar button says the same number for this tab (issue 12, finding 7).
    await expect.poll(() => badgeText(page.url()), { timeout: 10_000 }).toBe(String(count));
  } finally {
    await popup.close();
    await page.close();
  }
});
