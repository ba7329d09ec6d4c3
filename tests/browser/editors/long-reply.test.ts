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
