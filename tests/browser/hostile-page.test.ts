import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { starterRulebook } from '../../rules/index.ts';
import type { HostileReport } from '../fixtures/src/hostile.ts';
import { flaggedTexts, norm, waitForFlag } from './editors/page-probe.ts';
import { readSettingsRows } from './extension-db.ts';
import { type ExtensionSession, launchWithExtension, openFixtureAt, serveFixturesOn, withTimeout } from './harness.ts';
import { PROD_DIST, TEST_DIST } from './paths.ts';
import { TactfulUi } from './tactful-ui.ts';

/**
 * RELIABILITY F: a web page cannot steer the coach. The same test runs against both builds:
 * - the shipped build, with the hostile page served as https://evil.zendesk.com/ (a Zendesk subdomain anyone can
 *   open) and Gmail's fixture as https://mail.google.com/, both routed by Playwright to the local fixture server;
 * - the test build, with the hostile page on 127.0.0.1 and Gmail's fixture on localhost, another origin and site.
 */
interface Build {
  name: string;
  dist: string;
  /** Origin of the hostile page (also where F4 switches a rule off) and its host name as the options page lists it. */
  hostile: () => string;
  site: string;
  /** Origin of Gmail's fixture: another site. */
  gmail: () => string;
  /** The origins are not the fixture server's own: route them to it. */
  routed: boolean;
}

const BUILDS: Build[] = [
  {
    name: 'shipped build',
    dist: PROD_DIST,
    hostile: () => 'https://evil.zendesk.com',
    site: 'evil.zendesk.com',
    gmail: () => 'https://mail.google.com',
    routed: true,
  },
  {
    name: 'test build',
    dist: TEST_DIST,
    hostile: () => inject('fixturesUrl'),
    site: '127.0.0.1',
    gmail: () => inject('fixturesUrl').replace('//127.0.0.1:', '//localhost:'),
    routed: false,
  },
];

const GMAIL_TEXT =
  "Hi Lee, your problem is that you should have read the manual. As I already told you, calm down. That's not our fault. Per my last email, it shipped. ";
// Not on the hostile page, so the page can never switch its rule off: once it is flagged, Gmail has been checked.
const SENTINEL = 'Per my last email';
// "your problem is that …" is one finding: its span runs to the end of the clause, so the click keeps the fact.
const DRAFT_BLAME = 'your problem is that you should have read the manual';
const YOUR_PROBLEM = 'your problem is';
const aboutYourProblem = (flags: string[]) => flags.filter((t) => t.startsWith(YOUR_PROBLEM));
const RULE_IDS = starterRulebook.rules.map((r) => r.id);

describe.each(BUILDS)('F. a web page cannot steer the coach ($name)', (build) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension({ dist: build.dist });
    if (build.routed) {
      await serveFixturesOn(session.context, build.hostile());
      await serveFixturesOn(session.context, build.gmail());
    }
  });
  afterAll(async () => {
    await session?.close();
  });

  /** Gmail's fixture on the other site: what it flags in a freshly typed reply. */
  async function gmailFlags(): Promise<string[]> {
    const page = await openFixtureAt(session.context, `${build.gmail()}/gmail.html`);
    await page.locator('#\\:s7').click({ position: { x: 4, y: 4 } });
    await page.keyboard.press('Control+Home');
    await page.keyboard.type(GMAIL_TEXT);
    // The first page of a fresh browser: the worker compiles the rulebook cold while Chromium's policy service starts
    // (background/policy-source.ts); a loaded 2-core CI machine can take several seconds.
    await waitForFlag(page, SENTINEL, 30_000);
    const flags = (await flaggedTexts(page)).sort();
    await page.close();
    return flags;
  }

  /** The hostile page, served from its origin (its script only attacks when asked: window.__attack). */
  async function hostilePage(): Promise<Page> {
    const page = await openFixtureAt(session.context, `${build.hostile()}/hostile.html`);
    expect(page.url()).toBe(`${build.hostile()}/hostile.html`);
    return page;
  }

  /** The hostile page, its script idle, with `text` typed at the start of its reply box as an agent would. */
  async function typedOnHostile(text: string, phrase: string): Promise<Page> {
    const page = await hostilePage();
    await page.locator('#reply p').click({ position: { x: 4, y: 4 } });
    await page.keyboard.press('Control+Home');
    await page.keyboard.type(text);
    // The page's own draft may hold the phrase already: wait until every copy is flagged, the typed one too, so no
    // check of the typed text is still pending (it would redraw and close a card opened meanwhile).
    const copies = (await page.evaluate(() => window.__getText())).split(phrase).length - 1;
    await expect
      .poll(async () => (await flaggedTexts(page)).filter((t) => t.startsWith(phrase)).length, { timeout: 10_000 })
      .toBe(copies);
    return page;
  }

  it('F1–F3: synthetic keys, clicks, shadow-root reads and forged messages change nothing and read nothing', async () => {
    const gmailBefore = await gmailFlags();
    expect(gmailBefore).toEqual(expect.arrayContaining([DRAFT_BLAME, 'As I already told you', 'calm down']));
    const stored = await readSettingsRows(session.serviceWorker);

    const page = await hostilePage();
    // The coach runs on this page: it flags the draft (in the shipped build only Zendesk's selectors apply here).
    await waitForFlag(page, DRAFT_BLAME);
    const draft = await page.evaluate(() => window.__getText());
    const report = (await withTimeout(
      page.evaluate(() => window.__attack(3)),
      60_000,
      'the hostile page to finish',
    )) as HostileReport;
    expect(report.rounds).toBe(3);

    // F3: the page read nothing: no shadow root, no text from the card, no rule id in anything it can query.
    expect.soft(report.shadowRoots, 'shadow roots the page opened').toBe(0);
    expect
      .soft(
        report.shadowTexts.filter((t) => t.trim()),
        'text read from Tactful UI',
      )
      .toEqual([]);
    expect.soft(report.addedElements, 'elements Tactful added, with their attributes').toEqual(['tactful-coach']);
    const visible = [...report.highlightNames, ...report.addedElements, ...report.shadowTexts].join('\n');
    expect
      .soft(
        RULE_IDS.filter((id) => visible.includes(id)),
        'rule ids the page saw',
      )
      .toEqual([]);
    expect
      .soft(
        report.highlightNames.filter((n) => /blame|wording|length|warning|error|hint/.test(n)),
        'telling highlight names',
      )
      .toEqual([]);
    // F1: no rewrite, insert or dismissal happened in the page's own draft, and the coach still flags it all.
    expect.soft(norm(await page.evaluate(() => window.__getText())), 'the draft').toBe(norm(draft));
    expect
      .soft(await flaggedTexts(page), 'flags on the hostile page')
      .toEqual(expect.arrayContaining([DRAFT_BLAME, 'As I already told you', 'calm down']));
    await page.close();

    // F2: nothing changed in storage, and Gmail, on another origin, flags exactly what it flagged before.
    expect.soft(await readSettingsRows(session.serviceWorker), 'stored rows').toEqual(stored);
    expect.soft(await gmailFlags(), 'Gmail on the other site').toEqual(gmailBefore);
  });

  it('F4: a real Alt+Shift+N and a real click turn a rule off on this site only; undo from the options brings it back', async () => {
    const page = await typedOnHostile('Hello Dana, your problem is simple. ', YOUR_PROBLEM);
    const ui = await TactfulUi.of(page);
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Alt+Shift+N');
    // The card is about the first flag after the caret, the phrase just typed.
    expect(await ui.text('.card:not([hidden]) .message')).toMatch(/your problem/i);
    await ui.click('.card:not([hidden]) [data-action="turn-off"]');
    // The card asks where: "Here only" applies at once; "Everywhere" would need the extension's own page (K5).
    await ui.click('.card:not([hidden]) [data-action="off-here"]');
    // A busy machine (two cores, shared) can take more than the poll's default second to redraw.
    await expect.poll(async () => aboutYourProblem(await flaggedTexts(page)), { timeout: 10_000 }).toEqual([]);
    await ui.detach();
    await page.close();

    // Off for this site: a fresh page there does not flag it (the sentinel shows it was checked).
    const again = await typedOnHostile('Hello Dana, your problem is simple. Per my last email, it shipped. ', SENTINEL);
    expect(aboutYourProblem(await flaggedTexts(again))).toEqual([]);
    await again.close();
    // Still on everywhere else: Gmail, on the other site, flags it.
    expect(await gmailFlags()).toContain(DRAFT_BLAME);

    // The options page lists it with its site and turns it back on.
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByRole('button', { name: 'Sites', exact: true }).click();
    const entry = options.locator('[data-testid="switched-off"] li', { hasText: build.site });
    await entry.waitFor({ timeout: 10_000 });
    await entry.getByRole('button', { name: /turn back on/i }).click();
    await entry.waitFor({ state: 'detached', timeout: 10_000 });
    await options.close();
    const restored = await typedOnHostile('Hello Dana, your problem is simple. ', YOUR_PROBLEM);
    await restored.close();
  });
});
