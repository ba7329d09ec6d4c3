/**
 * The browser half of `npm run demo`: loads the built extension into Debian's Chromium (headless), opens the
 * Gmail and Zendesk fixture pages from a local server, types a defensive reply with real key presses, and saves
 * what an agent sees to demo-output/: the highlights, the card opened from the keyboard, the coach bar, the card
 * and bar again on Gmail's dark theme (Tactful follows the page around the reply box), the welcome page, and the
 * toolbar popup on a helpdesk that is not coached yet.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { clickToolbarButton, TOOLBAR_CLICK_ARGS } from '../tests/browser/action-popup.ts';
import { buildExtension } from '../tests/browser/build-extension.ts';
import { buildFixtures } from '../tests/browser/build-fixtures.ts';
import { BAR, CARD, ui } from '../tests/browser/editors/page-probe.ts';
import { launchWithExtension } from '../tests/browser/harness.ts';
import { DEMO_OUTPUT_DIR, FIXTURES_DIR, ROOT } from '../tests/browser/paths.ts';
import { saveScreenshot } from '../tests/browser/screenshot.ts';
import { startStaticServer } from '../tests/browser/static-server.ts';

const REPLY = 'As I already told you, the delay is the courier’s fault, not ours. There’s nothing I can do.';
// Gmail's dark theme, as far as the fixture needs it: dark conversation and composer, light text.
const DARK_GMAIL = `html, body { background: #1f1f1f; color: #e3e3e3; } .M9, .Hd { background: #2c2c2c; }
  .aYF { background: #3c4043; } .g3, .aoD { color: #bdc1c6; } a { color: #8ab4f8; }`;

async function waitForHighlights(page: Page): Promise<number> {
  return page
    .waitForFunction(
      () =>
        [...CSS.highlights.keys()].filter((name) => name.startsWith('tactful-') && !name.endsWith('-active')).length,
      undefined,
      { timeout: 15_000 },
    )
    .then((handle) => handle.jsonValue() as Promise<number>);
}

async function main() {
  // The test build also coaches 127.0.0.1, where the fixture pages are served; the shipped build does not.
  buildExtension({ testHosts: true });
  await buildFixtures();
  const server = await startStaticServer({ '/vendor/tinymce/': `${ROOT}node_modules/tinymce`, '/': FIXTURES_DIR });
  // The welcome page is photographed too, so the harness must not close it.
  const session = await launchWithExtension({ keepWelcome: true });
  const shots: string[] = [];
  try {
    for (const [name, editable] of [
      ['gmail', '[g_editable="true"]'],
      ['zendesk', '[data-entity-is-selected="true"] [data-test-id="omnicomposer-rich-text-ckeditor"]'],
    ] as const) {
      const page = await session.context.newPage();
      await page.setViewportSize({ width: 1100, height: 760 });
      await page.goto(`${server.url}/${name}.html`);
      await page.evaluate(() => (window as unknown as { __ready: Promise<unknown> }).__ready);
      await page
        .locator(editable)
        .first()
        .click({ position: { x: 6, y: 6 } });
      await page.keyboard.type(REPLY, { delay: 5 });
      await waitForHighlights(page);
      const tactful = await ui(page);
      await page.waitForTimeout(600);
      shots.push(await saveScreenshot(page, `demo/${name}-highlights`));
      if ((await tactful.all(BAR)).length) shots.push(await saveScreenshot(page, `demo/${name}-coach-bar`));
      // Alt+Shift+N jumps to the first finding and opens its card from the keyboard.
      await page.keyboard.press('Control+Home');
      await page.keyboard.press('Alt+Shift+N');
      await tactful.waitFor(CARD, 10_000);
      await page.waitForTimeout(300);
      shots.push(await saveScreenshot(page, `demo/${name}-card`));
      await page.close();
    }
    shots.push(...(await darkGmail(server.url, session.context)));
    const welcome = await session.context.newPage();
    await welcome.setViewportSize({ width: 1000, height: 900 });
    await welcome.goto(`chrome-extension://${session.extensionId}/welcome.html`);
    await welcome.waitForLoadState('load');
    await welcome.waitForTimeout(800);
    shots.push(await saveScreenshot(welcome, 'demo/welcome', { fullPage: true }));
    await welcome.close();
  } finally {
    await session.close();
  }
  try {
    shots.push(await popupOnNewSite(server.url));
  } finally {
    await server.close();
  }
  await mkdir(`${ROOT}docs/screenshots`, { recursive: true });
  for (const shot of shots) process.stdout.write(`Saved ${shot.replace(ROOT, '')}\n`);
  // The README shows these; refresh them from this run.
  for (const name of [
    'gmail-highlights',
    'gmail-card',
    'gmail-dark-card',
    'gmail-dark-coach-bar',
    'welcome',
    'popup-add-site',
  ]) {
    await copyFile(`${DEMO_OUTPUT_DIR}/demo/${name}.png`, `${ROOT}docs/screenshots/${name}.png`);
  }
}

/**
 * The shipped build on a helpdesk it does not coach yet: the toolbar button (a real action click, so activeTab lets
 * the popup read the address) shows the switch that adds the site. The helpdesk is a fixture page served on its own
 * https origin inside the browser.
 */
async function popupOnNewSite(base: string): Promise<string> {
  // The production build `npm run demo` has just made: the folder people load.
  const session = await launchWithExtension({
    dist: `${ROOT}.output/chrome-mv3`,
    args: TOOLBAR_CLICK_ARGS,
    keepWelcome: true,
  });
  try {
    // The welcome page opens by itself on install and takes the focus, which would close a popup opened before it.
    const welcome = await session.context
      .waitForEvent('page', {
        predicate: (p) => p.url().endsWith('/welcome.html'),
        timeout: 30_000,
      })
      .catch(() => session.context.pages().find((p) => p.url().endsWith('/welcome.html')));
    await welcome?.close();
    const site = 'https://help.example.com';
    await session.context.route(`${site}/**`, async (route) => {
      const { pathname, search } = new URL(route.request().url());
      await route.fulfill({ response: await route.fetch({ url: `${base}${pathname}${search}` }) });
    });
    const page = await session.context.newPage();
    await page.goto(`${site}/contenteditable.html`);
    const popup = await clickToolbarButton(session, page);
    // The popup asks the worker about the tab first ("Checking this tab…"); photograph what it then offers.
    for (let i = 0; i < 50 && !(await popup.text()).includes('help.example.com'); i++) {
      await popup.evaluate('new Promise((done) => setTimeout(done, 100))');
    }
    const path = `${DEMO_OUTPUT_DIR}/demo/popup-add-site.png`;
    await popup.screenshot(path);
    await popup.close();
    return path;
  } finally {
    await session.close();
  }
}

/** The card and the coach bar on Gmail's dark theme: the dark palette, chosen from the page around the reply box. */
async function darkGmail(serverUrl: string, context: BrowserContext): Promise<string[]> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1100, height: 760 });
  await page.goto(`${serverUrl}/gmail.html`);
  await page.evaluate(() => (window as unknown as { __ready: Promise<unknown> }).__ready);
  await page.addStyleTag({ content: DARK_GMAIL });
  await page.locator('#\\:r1').click({ position: { x: 6, y: 6 } });
  await page.keyboard.type(REPLY, { delay: 5 });
  await waitForHighlights(page);
  const tactful = await ui(page);
  // Leaving the box shows what the reply still lacks in the bar at once.
  await page.mouse.click(2, 2);
  await tactful.waitFor(BAR, 10_000);
  const shots = [await saveScreenshot(page, 'demo/gmail-dark-coach-bar')];
  await page.locator('#\\:r1').click({ position: { x: 6, y: 6 } });
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Alt+Shift+N');
  await tactful.waitFor(CARD, 10_000);
  shots.push(await saveScreenshot(page, 'demo/gmail-dark-card'));
  await page.close();
  return shots;
}

main().catch((error) => {
  process.stderr.write(`Browser demo failed: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
