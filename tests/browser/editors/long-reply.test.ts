import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ExtensionSession, launchWithExtension, openFixture } from '../harness.ts';
import { BAR, flaggedTexts, ui, waitForFlag } from './page-probe.ts';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension();
});
afterAll(async () => {
  await session?.close();
});

it('puts "this reply is long" in the coach bar, not as an underline over the whole reply', async () => {
  const page = await openFixture(session.context, 'contenteditable.html');
  await page.locator('#reply').click({ position: { x: 4, y: 4 } });
  const sentence = 'We checked the order and everything looks fine on our side today. ';
  await page.keyboard.insertText(`Hello Dana, your problem is simple. ${sentence.repeat(30)}`);
  await waitForFlag(page, 'your problem is');
  const tactful = await ui(page);
  await expect.poll(async () => (await tactful.all(`${BAR} [data-category="length"]`)).length).toBe(1);
  expect(await tactful.text(`${BAR} [data-category="length"]`)).toContain('Long reply');
  // Only the phrase is underlined: nothing spans the reply.
  expect(await flaggedTexts(page)).toEqual(['your problem is']);
  await page.close();
});

it('types above a 40,000-character quoted history without a long task, and never flags the history (issue 13)', async () => {
  const page = await openFixture(session.context, 'gmail.html');
  const history = 'As I already told you, your problem is that the router is old. '.repeat(640);
  await page.evaluate((text) => {
    const box = document.querySelector('#\\:r1') as HTMLElement;
    const quote = document.createElement('div');
    quote.className = 'gmail_quote';
    quote.innerHTML = `<div class="gmail_attr">On Mon, Nov 23, 2026 at 9:14 AM Dana Reyes &lt;dana@example.com&gt; wrote:<br></div><blockquote class="gmail_quote"><div></div></blockquote>`;
    (quote.querySelector('blockquote > div') as HTMLElement).textContent = text;
    box.append(quote);
  }, history);
  expect(history.length).toBeGreaterThan(40_000);
  // The page lays out its new history first (its own cost, with or without Tactful); then record every task over
  // 50 ms on the main thread while the agent types and the coach checks.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  await page.locator('#\\:r1 > div:first-child').click();
  await page.keyboard.type('Hi Dana, your problem is that the label was wrong. ', { delay: 20 });
  await waitForFlag(page, 'your problem is that the label was wrong');
  expect(await flaggedTexts(page)).toEqual(['your problem is that the label was wrong']);
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  // Before issue 13 each check here blocked the page for about 3 s. On a quiet machine no task here reaches 50 ms
  // (bench E6 has the figures); a 2-core machine busy with other work can stretch the page's own typing and the
  // content script's start-up several times over, so this line catches a freeze, not a slow frame.
  expect(Math.max(0, ...longTasks), `long tasks (ms): ${longTasks.join(', ')}`).toBeLessThan(1_000);
  await page.close();
});
