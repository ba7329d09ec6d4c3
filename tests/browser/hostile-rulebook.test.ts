import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CARD, ui, waitForFlag } from './editors/page-probe.ts';
import { openFixture } from './harness.ts';
import { extensionForFile, openOptions } from './options/extension-session.ts';
import { avoid, book } from './options/rulebooks.ts';

/**
 * RELIABILITY C3 and C14 in the built extension: rule text that looks like markup is shown as the characters it is,
 * in the options page, the in-page card, the toolbar popup's switched-off list and practice's live findings; a rulebook carrying HTML, a script or a javascript: link is refused
 * through the options page with plain-word problems and their lines, the page runs none of it, and the rules stored
 * before stay.
 */
const session = extensionForFile();

/** Tags the validation lets through (only tags that run or load something are refused): they must stay text. */
const MESSAGE = 'Say <b>sorry</b> &amp; <u>mean</u> it.';
const REWRITE = '<i>our order system</i>';
const markupBook = book('acme/markup', 'Acme <b>voice</b>', [
  avoid('team/frobnicator', 'our widget frobnicator', {
    message: MESSAGE,
    replacements: [REWRITE],
    examples: { bad: ['Our widget frobnicator ate it.'], good: ['Our order system lost it.'] },
  }),
]);

const hostileText = JSON.stringify(
  book('acme/hostile', 'Hostile', [
    avoid('team/xss', 'per my last email', {
      message: '<img src=x onerror="window.__pwned = 1">',
      examples: { bad: ['Per my last email, no.'], good: ['Thanks for writing in.'] },
    }),
    {
      ...avoid('team/link', 'as stated before', {
        examples: { bad: ['As stated before, no.'], good: ['Thanks for writing in.'] },
      }),
      url: 'javascript:window.__pwned = 2',
    } as ReturnType<typeof avoid>,
  ]),
  null,
  2,
);

/** Import through the page as a lead does: choose the team layer, preview, then (for a file that passes) apply. */
async function importFile(options: Page, name: string, text: string, apply = false): Promise<void> {
  await options.getByRole('radio', { name: 'Team rulebook' }).click();
  await options.getByTestId('import-file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await options.getByRole('button', { name: 'Preview import' }).click();
  if (apply) await options.getByTestId('apply-preview').getByRole('button', { name: 'Import', exact: true }).click();
}

describe('hostile rulebooks (C3, C14)', () => {
  it('shows markup-like rule text as text in options, the card, the popup and practice, and refuses HTML and javascript: links', async () => {
    const s = session();
    const options = await openOptions(s);
    await options.getByRole('button', { name: 'Import and export' }).click();
    await importFile(options, 'markup.json', JSON.stringify(markupBook), true);
    await options.getByText(/^Imported 1 rule from markup\.json/).waitFor({ timeout: 60_000 });

    // A hostile file: refused with every problem in plain words and its line; nothing runs; the rules stay.
    await importFile(options, 'hostile.json', hostileText);
    const problems = options.locator('.problems[role="alert"]');
    await problems.waitFor({ timeout: 60_000 });
    const listed = await problems.locator('li').allTextContents();
    expect(listed).toEqual([
      expect.stringMatching(/^line \d+: rule `team\/xss`: message '<img src=x onerror=.*' contains HTML or a script/),
      expect.stringMatching(
        /^line \d+: rule `team\/link`: link 'javascript:.*' should be a link that starts with https:\/\//,
      ),
    ]);
    expect(listed.join(' ')).not.toMatch(/rules\[|Invalid|expected/);
    expect(await options.locator('.problems img').count()).toBe(0);
    expect(await options.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

    // The rule list: the message is its characters, no element made of it; the rule imported before is still there.
    await options.getByRole('button', { name: 'Rules', exact: true }).click();
    await options.getByLabel('Search rules').fill('frobnicator');
    const shown = options.locator('.rule-message', { hasText: 'Say <b>sorry</b>' });
    await shown.first().waitFor();
    expect(await shown.first().textContent()).toBe(MESSAGE);
    expect(await options.locator('.rule-message b, .rule-message u').count()).toBe(0);

    // The card in a page: the message and the rewrite are text too.
    const page = await openFixture(s.context, 'textarea.html');
    await page
      .locator('#reply')
      // Mid-sentence, so the rewrite's own case passes the guard and is offered on the card.
      .fill('Hi Sam, I am sorry. Sadly our widget frobnicator ate the refund. I will send it today.');
    await waitForFlag(page, 'our widget frobnicator');
    await page.locator('#reply').focus();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Alt+Shift+N');
    const tactful = await ui(page);
    await tactful.waitFor(CARD, 10_000);
    expect(await tactful.text(`${CARD} .message`)).toBe(MESSAGE);
    expect((await tactful.all(`${CARD} .rewrite`)).map((b) => b.text).join(' ')).toContain(REWRITE);
    expect(await tactful.all(`${CARD} b, ${CARD} i, ${CARD} u, ${CARD} img`)).toEqual([]);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

    // Switched off here from the card, the rule is listed in the toolbar popup by its message: text again.
    await tactful.click(`${CARD} [data-action="turn-off"]`);
    await tactful.click(`${CARD} [data-action="off-here"]`);
    await tactful.detach();
    await page.close();
    const popup = await s.context.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
    const offRules = popup.getByTestId('switched-off').locator('.rule');
    await offRules.first().waitFor({ timeout: 10_000 });
    expect(await offRules.allTextContents()).toContain(MESSAGE);
    expect(await popup.locator('[data-testid="switched-off"] :is(b, u, i, img)').count()).toBe(0);
    await popup.close();

    // Practice scores with the team's rules: its live findings show the same message as text.
    const practice = await s.context.newPage();
    await practice.goto(`chrome-extension://${s.extensionId}/practice.html`);
    const reply = practice.getByRole('textbox', { name: 'Your reply' });
    await reply.waitFor();
    await reply.click();
    await practice.keyboard.type('Hi Sam, sadly our widget frobnicator ate the refund.', { delay: 2 });
    const live = practice.locator('.live .finding', { hasText: 'Say <b>sorry</b>' });
    await live.first().waitFor({ timeout: 10_000 });
    expect(await practice.locator('.live :is(b, u, i, img)').count()).toBe(0);
    expect(await practice.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await practice.close();
    await options.close();
  }, 300_000);
});
