import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flaggedTexts } from './editors/page-probe.ts';
import { FIXTURE_EDITORS, typeInto } from './fixture-editors.ts';
import { type ExtensionSession, launchWithExtension, type NetworkLog, openFixture, recordNetwork } from './harness.ts';
import { isBrowserOwnTraffic } from './outbound-recorder.ts';

/**
 * Keys the fixture editors write to the page's origin themselves (all fixtures share the test server's origin, so
 * they show up on later pages too): TinyMCE remembers custom colours.
 */
const EDITORS_OWN_KEYS = /^tinymce-custom-colors-/;

/** What the page's own origin holds, less the editors' own keys: the extension must add nothing (RELIABILITY B2). */
function pageStorage(page: Page) {
  return Promise.all(
    page.frames().map((frame) =>
      frame.evaluate(async () => ({
        url: location.href,
        localStorage: Object.keys(localStorage),
        sessionStorage: Object.keys(sessionStorage),
        cookie: document.cookie,
        indexedDB: (await indexedDB.databases()).map((db) => db.name),
      })),
    ),
  ).then((frames) =>
    frames.map((f) => ({ ...f, localStorage: f.localStorage.filter((key) => !EDITORS_OWN_KEYS.test(key)) })),
  );
}

/** Waits until Tactful flags `text` in any frame of the page (TinyMCE's editor lives in an iframe). */
async function waitUntilFlagged(page: Page, text: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const perFrame = await Promise.all(page.frames().map((frame) => flaggedTexts(frame).catch(() => [])));
        return perFrame.flat();
      },
      { timeout: 15_000, interval: 200 },
    )
    .toContain(text);
}

// RELIABILITY B1 and B2: an agent types a secret into every supported editor with Tactful coaching it. Nothing the
// extension does may reach the network, the secret may appear in no request, and the page's origin stays empty.
describe('network canary', () => {
  const secret = `tactful-canary-${Math.random().toString(36).slice(2)}`;
  let session: ExtensionSession;
  let log: NetworkLog;
  beforeAll(async () => {
    session = await launchWithExtension();
    log = recordNetwork(session);
  });
  afterAll(async () => {
    log?.stop();
    await session?.close();
  });

  it.each(FIXTURE_EDITORS)('$page: the typed secret is coached locally and stored nowhere', async (fixture) => {
    const page = await openFixture(session.context, fixture.page);
    await typeInto(page, fixture, `Your problem is that you did not read the instructions. Account ${secret}. `);
    await waitUntilFlagged(page, 'Your problem is that you did not read the instructions');
    for (const frame of await pageStorage(page)) {
      expect(frame).toEqual({ url: frame.url, localStorage: [], sessionStorage: [], cookie: '', indexedDB: [] });
    }
    await page.close();
  });

  it('sent no request from the extension, and the secret in none at all', async () => {
    // Give debounced checks and any late work a moment to show itself.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(log.fromExtension()).toEqual([]);
    expect(log.containing(secret)).toEqual([]);
    expect(session.outbound.filter((r) => !isBrowserOwnTraffic(r)).map((r) => `${r.method} ${r.url}`)).toEqual([]);
  });
});
