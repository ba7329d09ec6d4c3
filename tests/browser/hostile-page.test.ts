import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { starterRulebook } from '../../rules/index.ts';
import type { HostileReport } from '../fixtures/src/hostile.ts';
import { flaggedTexts, norm, waitForFlag } from './editors/page-probe.ts';
import { readSettingsRows } from './extension-db.ts';
import { type ExtensionSession, fixtureUrl, launchWithExtension, openFixture, withTimeout } from './harness.ts';
import { TactfulUi } from './tactful-ui.ts';

/**
 * RELIABILITY F: a web page cannot steer the coach. The hostile page is served on 127.0.0.1 (coached by the test
 * build, as any *.zendesk.com page is by the shipped one); Gmail's fixture is served on localhost, another origin
 * and another site.
 */
const GMAIL_TEXT =
  "Hi Lee, your problem is that you should have read the manual. As I already told you, calm down. That's not our fault. Per my last email, it shipped. ";
// Not on the hostile page, so the page can never switch its rule off: once it is flagged, Gmail has been checked.
const SENTINEL = 'Per my last email';
const RULE_IDS = starterRulebook.rules.map((r) => r.id);

describe('F. a web page cannot steer the coach', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  /** Gmail's fixture on the other host name: what it flags in a freshly typed reply. */
  async function gmailFlags(): Promise<string[]> {
    const page = await session.context.newPage();
    await page.goto(fixtureUrl('gmail.html').replace('//127.0.0.1:', '//localhost:'));
    await withTimeout(
      page.evaluate(() => window.__ready),
      30_000,
      'the Gmail fixture',
    );
    await page.locator('#\\:s7').click({ position: { x: 4, y: 4 } });
    await page.keyboard.press('Control+Home');
    await page.keyboard.type(GMAIL_TEXT);
    await waitForFlag(page, SENTINEL);
    const flags = (await flaggedTexts(page)).sort();
    await page.close();
    return flags;
  }

  async function typedOn(name: string, box: string, text: string, phrase: string): Promise<Page> {
    const page = await openFixture(session.context, name);
    await page.locator(box).click({ position: { x: 4, y: 4 } });
    await page.keyboard.press('Control+Home');
    await page.keyboard.type(text);
    await waitForFlag(page, phrase);
    return page;
  }

  it('F1–F3: synthetic keys, clicks, shadow-root reads and forged messages change nothing and read nothing', async () => {
    const gmailBefore = await gmailFlags();
    expect(gmailBefore).toEqual(
      expect.arrayContaining(['your problem is', 'you should have', 'As I already told you', 'calm down']),
    );
    const stored = await readSettingsRows(session.serviceWorker);

    const page = await openFixture(session.context, 'hostile.html');
    await waitForFlag(page, 'your problem is');
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
      .toEqual(expect.arrayContaining(['your problem is', 'you should have', 'As I already told you', 'calm down']));
    await page.close();

    // F2: nothing changed in storage, and Gmail, on another origin, flags exactly what it flagged before.
    expect.soft(await readSettingsRows(session.serviceWorker), 'stored rows').toEqual(stored);
    expect.soft(await gmailFlags(), 'Gmail on localhost').toEqual(gmailBefore);
  });

  it('F4: a real Alt+Shift+N and a real click turn a rule off on this site only; undo from the options brings it back', async () => {
    const page = await typedOn(
      'contenteditable.html',
      '#reply p',
      'Hello Dana, your problem is simple. ',
      'your problem is',
    );
    const ui = await TactfulUi.of(page);
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Alt+Shift+N');
    await ui.waitFor('.card:not([hidden])');
    await ui.click('.card:not([hidden]) [data-action="turn-off"]');
    await expect.poll(() => flaggedTexts(page)).not.toContain('your problem is');
    await ui.detach();
    await page.close();

    // Off for 127.0.0.1: a fresh page there does not flag it (the sentinel shows it was checked).
    const again = await typedOn(
      'contenteditable.html',
      '#reply p',
      'Hello Dana, your problem is simple. Per my last email, it shipped. ',
      SENTINEL,
    );
    expect(await flaggedTexts(again)).not.toContain('your problem is');
    await again.close();
    // Still on everywhere else: Gmail on localhost flags it.
    expect(await gmailFlags()).toContain('your problem is');

    // The options page lists it with its site and turns it back on.
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByRole('button', { name: 'Sites', exact: true }).click();
    const entry = options.locator('[data-testid="switched-off"] li', { hasText: '127.0.0.1' });
    await entry.waitFor({ timeout: 10_000 });
    await entry.getByRole('button', { name: /turn back on/i }).click();
    await entry.waitFor({ state: 'detached', timeout: 10_000 });
    await options.close();
    const restored = await typedOn(
      'contenteditable.html',
      '#reply p',
      'Hello Dana, your problem is simple. ',
      'your problem is',
    );
    await restored.close();
  });
});
