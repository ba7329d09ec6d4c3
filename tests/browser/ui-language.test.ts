import { afterAll, beforeAll, expect, it } from 'vitest';
import german from '../../public/_locales/de/messages.json';
import { openActionPopup } from './action-popup.ts';
import { CARD, ui, waitForFlag } from './editors/page-probe.ts';
import { type ExtensionSession, launchWithExtension, openFixture } from './harness.ts';

/**
 * Issue 12, finding 8: a browser whose UI language is German shows Tactful's own words in German (the popup and the
 * card), through the browser's i18n API and public/_locales/de. Rule messages stay as the rulebook wrote them.
 */
let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension({ args: ['--lang=de'] });
});
afterAll(async () => {
  await session?.close();
});

const de = (key: keyof typeof german): string => german[key].message;

it('shows the card in German, opened by Alt+Shift+N in the Gmail composer', async () => {
  const page = await openFixture(session.context, 'gmail.html');
  try {
    await page.locator('#\\:r1').click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Hello Dana, you ignored our reminder.', { delay: 5 });
    // The first page of a fresh profile waits for the worker, which loads the regex check once on install.
    await waitForFlag(page, 'you ignored', 30_000);
    await page.keyboard.press('Alt+Shift+N');
    const tactful = await ui(page);
    const card = await tactful.waitFor(CARD);
    expect(card.attributes['aria-label']).toBe(de('card_label'));
    expect(await tactful.text(`${CARD} [data-action="dismiss"]`)).toBe(de('card_dismiss'));
    expect(await tactful.text(`${CARD} [data-action="turn-off"]`)).toBe(de('card_turnOff'));
    expect(card.text).toContain(de('card_kind_blame'));
    expect(card.text).not.toContain('Turn this rule off');
    await tactful.detach();
  } finally {
    await page.close();
  }
});

it('shows the toolbar popup in German, with a German plural for the count', async () => {
  const page = await openFixture(session.context, 'gmail.html');
  await page.locator('#\\:r1').click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Hello Dana, you ignored our reminder. As I already told you, it shipped.', { delay: 5 });
  await waitForFlag(page, 'As I already told you');
  const popup = await openActionPopup(session, page);
  try {
    await expect
      .poll(() => popup.text(), { timeout: 10_000 })
      .toMatch(/Tactful ist eingeschaltet: \d+ Vorschläge in diesem Tab\./);
    // The extension reads public/_locales/de. (getUILanguage() says en-US here: Debian's Chromium has no German
    // resources of its own, which is why t() takes the language from the messages file, not from the browser.)
    expect(await popup.evaluate("chrome.i18n.getMessage('locale')")).toBe('de');
    const text = await popup.text();
    expect(text).toContain(de('popup_options'));
    expect(text).toContain(de('popup_practice'));
    expect(text).not.toMatch(/Coaching is|suggestions?/);
    expect(await popup.evaluate('document.documentElement.lang')).toBe('de');
  } finally {
    await popup.close();
    await page.close();
  }
});
