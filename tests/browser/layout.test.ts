import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAR, CARD, ui, waitForFlag } from './editors/page-probe.ts';
import { type ExtensionSession, launchWithExtension, openFixture } from './harness.ts';
import type { TactfulUi } from './tactful-ui.ts';

/**
 * Where the card and the bar go, and small-screen layout (RELIABILITY V5–V8): the bar's sentence is shown whole, the
 * bar stays with its own reply box at 200 % zoom, the card is shown whole where it fits, and the practice page does
 * not scroll sideways at 375 px, with its attempts table reachable by keyboard.
 */
let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension();
});
afterAll(async () => {
  await session?.close();
});

type Box = { left: number; top: number; right: number; bottom: number };
type Rect = { x: number; y: number; width: number; height: number };
const asBox = (r: Rect): Box => ({ left: r.x, top: r.y, right: r.x + r.width, bottom: r.y + r.height });
/** The coach bar's box in the page, and whether it is drawn (placement hides it where it has no free place). */
async function shownBar(tactful: TactfulUi): Promise<Box & { shown: boolean }> {
  const [bar] = await tactful.evaluateAll<Box & { shown: boolean }>(
    BAR,
    'function () { const r = this.getBoundingClientRect(); return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, shown: getComputedStyle(this).visibility === "visible" }; }',
  );
  if (!bar) throw new Error('no bar');
  return bar;
}
const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

async function typeInInline(page: Page, text: string): Promise<void> {
  // Focused, not clicked: in a small window the docked pop-out composer lies over the inline one.
  await page.locator('#\\:r1').focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type(text, { delay: 2 });
}

describe('card and bar placement', () => {
  it('the bar shows its suggested sentence whole, wrapped, in a narrow window', async () => {
    const page = await openFixture(session.context, 'textarea.html');
    await page.setViewportSize({ width: 420, height: 800 });
    await page.locator('#reply').click();
    // Two finished sentences: the reply looks written, so the bar says what it lacks (a next step).
    await page.keyboard.type('Hello Dana, the parcel left our warehouse on Monday. It is with the courier now. ', {
      delay: 2,
    });
    await page.mouse.click(2, 2);
    const tactful = await ui(page);
    // The first check of a new browser may take a while on a busy machine.
    await tactful.waitFor(BAR, 30_000);
    const texts = await tactful.evaluateAll<{ text: string; cut: boolean; tooltip: string | null }>(
      `${BAR} .item .text`,
      'function () { return { text: this.textContent, cut: this.scrollWidth > this.clientWidth + 1, tooltip: this.getAttribute("title") }; }',
    );
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) {
      expect(t.cut, `“${t.text}” is cut short`).toBe(false);
      expect(t.tooltip).toBeNull();
    }
    await page.close();
  });

  it('at 200 % zoom the bar stays with its own reply box, never over the other composer', async () => {
    const page = await openFixture(session.context, 'gmail.html');
    // A 1280 × 900 window at 200 % zoom lays out as 640 × 450 CSS pixels.
    await page.setViewportSize({ width: 640, height: 450 });
    await typeInInline(page, 'Hello Dana, the parcel left our warehouse on Monday. ');
    await page.mouse.click(2, 2);
    const tactful = await ui(page);
    await tactful.waitFor(BAR);
    const popoutBox = asBox((await page.locator('#composer-popout').boundingBox()) as Rect);
    // Scroll so that the inline composer's bottom edge goes under the docked pop-out, then to its end.
    for (const block of ['start', 'center', 'end'] as const) {
      await page.locator('#\\:r1').evaluate((el, b) => el.scrollIntoView({ block: b }), block);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const bar = await shownBar(tactful);
      const inline = await page.locator('#\\:r1').evaluate((el) => el.getBoundingClientRect().toJSON() as Box);
      const onScreen = bar.shown && bar.bottom > 0 && bar.top < 450;
      if (onScreen)
        expect(overlap(bar, popoutBox), `bar ${JSON.stringify(bar)} over the pop-out (${block})`).toBe(false);
      // Attached: right under its box, or on its box's own bottom edge.
      expect(bar.top).toBeGreaterThanOrEqual(Math.min(inline.bottom + 4, inline.top) - 1);
    }
    await page.close();
  });

  it('where the pop-out composer lies under the bar’s usual place, the bar moves along its box, shown, off the Send button', async () => {
    const page = await openFixture(session.context, 'gmail.html');
    await page.setViewportSize({ width: 1100, height: 760 });
    await typeInInline(page, 'Hello Dana, the parcel left our warehouse on Monday. There is nothing I can do. ');
    await page.mouse.click(2, 2);
    const tactful = await ui(page);
    await tactful.waitFor(BAR, 30_000);
    const box = async (selector: string) => asBox((await page.locator(selector).boundingBox()) as Rect);
    const bar = await shownBar(tactful);
    const inline = await box('#\\:r1');
    expect(bar.shown, 'the bar is hidden').toBe(true);
    expect(overlap(bar, await box('#composer-popout'))).toBe(false);
    // Not over the page's own controls: the inline composer's Send button and "Show trimmed content".
    const inlineForm = page.locator('form').filter({ has: page.locator('#\\:r1') });
    for (const name of ['Send', 'Show trimmed content']) {
      const control = (await inlineForm.getByRole('button', { name }).boundingBox()) as Rect;
      expect(overlap(bar, asBox(control)), `bar over ${name}`).toBe(false);
    }
    // Attached to its own box: on its bottom edge or right under it, within its width.
    expect(bar.top).toBeGreaterThanOrEqual(inline.top);
    expect(bar.top).toBeLessThanOrEqual(inline.bottom + 4);
    expect(bar.left).toBeGreaterThanOrEqual(inline.left - 1);
    expect(bar.right).toBeLessThanOrEqual(inline.right + 1);
    await page.close();
  });

  it('the card is shown whole where it fits, above or below the phrase, as the page scrolls', async () => {
    const page = await openFixture(session.context, 'gmail.html');
    await page.setViewportSize({ width: 900, height: 340 });
    await typeInInline(page, 'Hello Dana, you ignored our reminder. ');
    await waitForFlag(page, 'you ignored', 30_000);
    const tactful = await ui(page);
    const phraseAt = () =>
      page.evaluate(() => {
        for (const [name, highlight] of CSS.highlights) {
          if (!name.startsWith('tactful-')) continue;
          for (const range of highlight as unknown as Set<Range>) {
            const rect = range.toString() === 'you ignored' ? range.getClientRects()[0] : undefined;
            if (rect) return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
          }
        }
        return null;
      });
    for (const y of [60, 170, 290]) {
      // Bring the phrase to height y, then open the card on it with the mouse.
      const before = await phraseAt();
      if (!before) throw new Error('no highlight');
      await page.mouse.move(2, 2);
      await tactful.waitGone(CARD);
      await page.evaluate((dy) => window.scrollBy(0, dy), before.top - y);
      const phrase = await phraseAt();
      if (!phrase) throw new Error('no highlight');
      await page.mouse.move((phrase.left + phrase.right) / 2, (phrase.top + phrase.bottom) / 2);
      await tactful.waitFor(CARD);
      const [card] = await tactful.evaluateAll<Box & { squeezed: boolean }>(
        CARD,
        'function () { const r = this.getBoundingClientRect(); return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, squeezed: this.scrollHeight > this.clientHeight + 1 }; }',
      );
      if (!card) throw new Error('no card');
      expect(card.squeezed, `card squeezed with the phrase at ${y}px`).toBe(false);
      expect(card.top).toBeGreaterThanOrEqual(0);
      expect(card.bottom).toBeLessThanOrEqual(340);
      const height = card.bottom - card.top;
      const fitsAbove = phrase.top - 14 >= height;
      const fitsBelow = 340 - phrase.bottom - 14 >= height;
      if (fitsAbove || fitsBelow) expect(overlap(card, phrase), `card over the phrase at ${y}px`).toBe(false);
    }
    await page.close();
  });
});

describe('practice page on a phone-sized screen', () => {
  it('does not scroll sideways at 375 px, and its attempts table scrolls by keyboard', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`chrome-extension://${session.extensionId}/practice.html`);
    const sideways = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const reply = page.getByRole('textbox', { name: 'Your reply' });
    await reply.waitFor();
    expect(await sideways(), 'writing view').toBeLessThanOrEqual(0);
    await reply.click();
    await page.keyboard.type(
      'Hi Priya,\n\nYour problem is that you chose the cheapest delivery option.\n\nBest,\nAlex',
    );
    await page.getByRole('button', { name: 'Submit for a score' }).click();
    await page.getByTestId('score-total').waitFor();
    expect(await sideways(), 'score view').toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: /^Progress/ }).click();
    await page.getByTestId('attempts').locator('tbody tr').first().waitFor();
    expect(await sideways(), 'progress view').toBeLessThanOrEqual(0);

    const region = page.getByRole('region', { name: 'Every attempt' });
    expect(await region.getAttribute('tabindex')).toBe('0');
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await page.close();
  });
});
