import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PAUSE_MS } from '../../../editors/session/state.ts';
import { type ExtensionSession, launchWithExtension, openFixture } from '../harness.ts';
import { BAR, ui } from './page-probe.ts';

/**
 * Issue 10 item 7, in Gmail's fixture (the customer reports a problem, so both an apology and a next step are due):
 * the bar says what the reply lacks only once it looks written and the agent pauses, keeps its lines in one order,
 * and does not drop them while the agent types on.
 */
let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension();
});
afterAll(async () => {
  await session?.close();
});

const BOX = '#\\:r1';
const barLines = async (page: Page) =>
  (await (await ui(page)).all(`${BAR} .item`)).map((i) => i.attributes['data-category']);

it('stays empty while "Hi" is typed, and shows what is missing, in a fixed order, once the reply is written', async () => {
  const page = await openFixture(session.context, 'gmail.html');
  await page.locator(BOX).click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Hi', { delay: 40 });
  // An absence has no event to wait for: watch the bar for twice the typing pause the calm bar waits for.
  const until = Date.now() + 2 * PAUSE_MS;
  while (Date.now() < until) {
    expect(await barLines(page)).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  // No apology and no next step: two sentences and a sign-off, then the agent pauses.
  await page.keyboard.type(
    ' Dana,\nThe parcel was packed on Monday. The courier collected it that evening.\nBest,\nSam',
    {
      delay: 10,
    },
  );
  await expect.poll(() => barLines(page), { timeout: 10_000 }).toEqual(['missing-apology', 'missing-next-step']);

  // Typing on does not make the lines blink away or swap.
  for (const chunk of [' It', ' went', ' through', ' our depot.']) {
    await page.keyboard.type(chunk, { delay: 10 });
    expect(await barLines(page)).toEqual(['missing-apology', 'missing-next-step']);
  }
  await page.close();
});

it('shows what is missing as soon as the agent leaves the box', async () => {
  const page = await openFixture(session.context, 'gmail.html');
  await page.locator(BOX).click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Hi Dana, the parcel left today.', { delay: 5 });
  await page.mouse.click(2, 2);
  await expect.poll(() => barLines(page), { timeout: 10_000 }).toEqual(['missing-apology', 'missing-next-step']);
  await page.close();
});
