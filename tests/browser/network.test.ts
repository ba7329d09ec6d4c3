import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, evaluateInWorker, launchWithExtension, openFixture, recordNetwork } from './harness.ts';

// The network canary (RELIABILITY B1) is only as good as its recorder: show it catches requests from the
// extension's service worker and from a page, by URL and by body, both in Playwright's records and at the proxy.
describe('the network recorder', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
  });
  afterAll(() => session?.close());

  it('sees a request from the extension service worker, with its body', async () => {
    const log = recordNetwork(session);
    const marker = `canary-${Date.now()}-worker`;
    await evaluateInWorker(
      session.serviceWorker,
      async (m: string) => {
        await fetch(`http://tactful-canary.test/${m}`, { method: 'POST', body: `secret ${m}` }).catch(() => undefined);
      },
      marker,
    );
    await expect.poll(() => log.containing(marker).length, { timeout: 5_000 }).toBeGreaterThanOrEqual(2);
    expect(log.fromExtension().map((r) => r.source)).toContain('extension-worker');
    expect(log.containing(marker).some((line) => line.startsWith('outbound POST'))).toBe(true);
    log.stop();
  });

  it('sees a request from a page and tells it apart from the extension', async () => {
    const page = await openFixture(session.context, 'textarea.html');
    const log = recordNetwork(session);
    const marker = `canary-${Date.now()}-page`;
    await page.evaluate((m) => fetch(`http://tactful-canary.test/?q=${m}`).catch(() => undefined), marker);
    await expect.poll(() => log.containing(marker).length, { timeout: 5_000 }).toBeGreaterThanOrEqual(2);
    expect(log.requests.filter((r) => r.url.includes(marker)).map((r) => r.source)).toEqual(['page']);
    expect(log.fromExtension()).toEqual([]);
    log.stop();
    await page.close();
  });
});
