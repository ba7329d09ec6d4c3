import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BAR, flaggedTexts, ui, waitForFlag } from './editors/page-probe.ts';
import { type ExtensionSession, launchWithExtension, openFixture } from './harness.ts';

/**
 * Issue 10, item 8: the starter rulebook is English, so a reply in another language gets no English nags, while an
 * English phrase typed into it is still underlined. The Gmail fixture's customer reports a problem (a cracked screen,
 * a missing charger), so an English reply without an apology is nagged: the first test shows the bar does nag here,
 * so the second's empty bar means something.
 */
let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension();
});
afterAll(async () => {
  await session?.close();
});

const BOX = '#\\:r1';

/** Type a reply into Gmail's composer, line by line, and wait until its last words are coached. */
async function typeReply(page: Page, lines: string[], lastFlag: string): Promise<void> {
  await page.locator(BOX).click();
  await page.keyboard.press('Control+Home');
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(line, { delay: 2 });
  }
  await waitForFlag(page, lastFlag);
}

/**
 * The agent leaves the box; then two frames pass, in which the coach (on the page's thread) has shown whatever the
 * reply's whole-reply findings are, whether its bar shows them while typing or only once the agent stops.
 */
async function leaveBoxAndReadBar(page: Page): Promise<string[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const items = await (await ui(page)).all(`${BAR} .item`);
  return items.map((item) => item.attributes['data-category'] ?? 'notice');
}

it('nags an English reply with no apology or next step (the control)', async () => {
  const page = await openFixture(session.context, 'gmail.html');
  await typeReply(
    page,
    ['Hello Dana,', 'The parcel left our warehouse on Monday. You ignored our reminder.'],
    'You ignored',
  );
  const shown = await leaveBoxAndReadBar(page);
  expect(shown).toContain('missing-apology');
  expect(shown).toContain('missing-next-step');
  await page.close();
});

it('gives a Hebrew reply that apologises and gives a next step no English nag, and underlines an English blame phrase in it', async () => {
  const page = await openFixture(session.context, 'gmail.html');
  await typeReply(
    page,
    [
      'שלום דנה,',
      'אני מצטערת מאוד על המסך השבור ועל המטען החסר. נשלח לך מכשיר חלופי מחר בבוקר, ותקבלי מספר מעקב במייל.',
      'As I said, you ignored our reminder.',
    ],
    'you ignored',
  );
  expect(await flaggedTexts(page)).toEqual(['you ignored']);
  expect(await leaveBoxAndReadBar(page)).toEqual([]);
  const bars = await (await ui(page)).all(BAR);
  expect(bars.filter((bar) => bar.centre)).toEqual([]);
  await page.close();
});
