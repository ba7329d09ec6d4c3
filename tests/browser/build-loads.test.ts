import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodingProblem, listFiles } from './dist-files.ts';
import { type ExtensionSession, fixtureUrl, launchWithExtension, openFixture } from './harness.ts';
import { isBrowserOwnTraffic } from './outbound-recorder.ts';
import { PROD_DIST, TEST_DIST } from './paths.ts';
import { askEveryTab } from './tab-status.ts';

type Manifest = { content_scripts?: { matches?: string[] }[]; host_permissions?: string[] };
const readManifest = (dist: string): Manifest => JSON.parse(readFileSync(`${dist}/manifest.json`, 'utf8'));

describe.each([
  ['shipped build', PROD_DIST],
  ['test build', TEST_DIST],
])('%s files', (_name, dist) => {
  it('are valid UTF-8 without noncharacters (Chrome refuses to load the rest)', () => {
    const files = listFiles(dist);
    expect(files).toContain('manifest.json');
    expect(files.some((f) => f.startsWith('content-scripts/'))).toBe(true);
    expect(files.map((f) => encodingProblem(dist, f)).filter(Boolean)).toEqual([]);
  });
});

describe('the shipped build', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension({ dist: PROD_DIST });
  });
  afterAll(() => session?.close());

  it('starts its service worker, whose URL gives the extension id', () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    expect(session.serviceWorker.url()).toBe(`chrome-extension://${session.extensionId}/background.js`);
  });

  it('coaches only Gmail and Zendesk: no localhost in its manifest, no content script on the fixture server', async () => {
    const manifest = readManifest(PROD_DIST);
    const patterns = [
      ...(manifest.host_permissions ?? []),
      ...(manifest.content_scripts ?? []).flatMap((s) => s.matches ?? []),
    ];
    expect(patterns.filter((p) => /127\.0\.0\.1|localhost/.test(p))).toEqual([]);
    const page = await openFixture(session.context, 'gmail.html');
    const answers = await askEveryTab(session);
    expect(answers.length).toBeGreaterThanOrEqual(1);
    expect(answers.filter((a) => a.answered)).toEqual([]);
    for (const answer of answers) expect(String(answer.value)).toMatch(/Receiving end does not exist/);
    await page.close();
  });
});

describe('the test build', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
  });
  afterAll(() => session?.close());

  it('runs its content script on the Gmail fixture page', async () => {
    const page = await openFixture(session.context, 'gmail.html');
    const url = fixtureUrl('gmail.html');
    // The content script may register its listener a moment after the page loads: ask until it answers.
    const gmailTab = async () => (await askEveryTab(session)).find((a) => a.url === url);
    await expect.poll(async () => (await gmailTab())?.answered, { timeout: 15_000, interval: 250 }).toBe(true);
    expect((await gmailTab())?.value).toMatchObject({
      ok: true,
      value: { active: expect.any(Boolean), editors: expect.any(Number), findings: expect.any(Number) },
    });
    await page.close();
  });

  it('sends nothing off the machine while a page is open (besides Chromium itself)', () => {
    const leaving = session.outbound.filter((r) => !isBrowserOwnTraffic(r));
    expect(leaving.map((r) => `${r.method} ${r.url}`)).toEqual([]);
  });
});
