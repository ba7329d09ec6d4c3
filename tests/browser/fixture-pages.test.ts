import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FIXTURE_EDITORS, typeInto } from './fixture-editors.ts';
import { type BrowserSession, launchBrowser, openFixture, recordNetwork, saveScreenshot } from './harness.ts';

// The fixtures themselves, without the extension: each page mounts its real editor, takes typed text into the
// editor's own model, and asks nothing of the network but the test server.
describe('fixture pages', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await launchBrowser();
  });
  afterAll(() => session?.close());

  it.each(FIXTURE_EDITORS)('$page mounts its editor and takes typing', async (fixture) => {
    const name = fixture.page;
    const log = recordNetwork(session);
    const page = await openFixture(session.context, name);
    await typeInto(page, fixture, 'Thanks for writing in. ');
    await expect.poll(() => page.evaluate(() => window.__getText())).toMatch(/^Thanks for writing in\./);
    await saveScreenshot(page, `fixtures/${name.replace('.html', '')}`, { fullPage: true });
    log.stop();
    const server = inject('fixturesUrl');
    expect(log.requests.filter((r) => r.network && !r.url.startsWith(`${server}/`)).map((r) => r.url)).toEqual([]);
    await page.close();
  });
});
