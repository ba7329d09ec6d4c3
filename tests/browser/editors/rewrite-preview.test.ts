import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchWithExtension, openFixture } from '../harness.ts';
import { BAR, CARD, flaggedTexts, norm, ui } from './page-probe.ts';

/**
 * Issue 9 in real editors (Gmail's contenteditable, Zendesk's CKEditor 5): the card previews the first rewrite as a
 * marked diff of the sentence, and a next step inserted from the bar has its slot selected, so what the agent types
 * replaces it, and the slot is flagged until then.
 */
const EDITORS = [
  { name: 'Gmail composer', page: 'gmail.html', box: '#\\:r1' },
  {
    name: 'Zendesk reply (CKEditor 5)',
    page: 'zendesk.html',
    box: '[data-entity-is-selected="true"] [data-test-id="omnicomposer-rich-text-ckeditor"]',
  },
];

// A sentence whose blame is an opening aside: the rewrite drops it and gives the sentence its capital back.
const TYPED = 'Hello Dana. As I already told you, the refund is due on Friday.';

for (const spec of EDITORS) {
  describe(`${spec.name}: rewrite preview and placeholders`, () => {
    let session: ExtensionSession;
    let page: Page;
    beforeAll(async () => {
      session = await launchWithExtension();
    });
    afterAll(async () => {
      await session?.close();
    });
    const ownText = async () => norm(await page.evaluate(() => window.__getText(0)));

    async function typeDraft(text = TYPED): Promise<void> {
      page = await openFixture(session.context, spec.page);
      await page.locator(spec.box).click();
      await page.keyboard.press('Control+Home');
      await page.keyboard.type(text, { delay: 5 });
      if (text !== TYPED) return;
      await expect
        .poll(async () => (await flaggedTexts(page)).some((t) => t.startsWith('As I already told you')), {
          timeout: 10_000,
        })
        .toBe(true);
    }

    it('previews the sentence as it will read, the change marked for eyes and screen readers', async () => {
      await typeDraft();
      await page.keyboard.press('Control+Home');
      await page.keyboard.press('Alt+Shift+N');
      const tactful = await ui(page);
      const removed = await tactful.text(`${CARD} .preview del`);
      const added = await tactful.text(`${CARD} .preview ins`);
      expect(removed).toBe('removed: As I already told you, the (end removed) ');
      expect(added).toBe('added: The (end added) ');
      expect((await tactful.text(`${CARD} .preview`)).endsWith(' refund is due on Friday.')).toBe(true);
      // Enter applies exactly what the preview showed.
      await page.keyboard.press('Enter');
      await expect.poll(ownText, { timeout: 5_000 }).toContain('Hello Dana. The refund is due on Friday.');
      await page.close();
    });

    it('selects the slot of an inserted next step, flags it until filled, and typing replaces it', async () => {
      // No next step yet: the bar offers one, and the first suggestion has a slot.
      await typeDraft('Hello Dana, I am sorry the parcel is stuck at the depot.');
      const tactful = await ui(page);
      await page.mouse.click(2, 2);
      await tactful.waitFor(BAR);
      const insert = `${BAR} [data-category="missing-next-step"] button`;
      const sentence = ((await tactful.waitFor(insert)).attributes['aria-label'] ?? '').replace(/^Insert: /, '');
      const slot = /\[[^\]]+\]/.exec(sentence)?.[0];
      expect(slot, sentence).toBeDefined();
      await tactful.click(insert);
      await expect.poll(ownText, { timeout: 5_000 }).toContain(sentence);
      await expect
        .poll(async () => (await flaggedTexts(page)).includes(slot as string), { timeout: 10_000 })
        .toBe(true);
      expect(await page.evaluate(() => document.getSelection()?.toString())).toBe(slot);
      await page.keyboard.type('Friday at noon', { delay: 5 });
      await expect.poll(ownText, { timeout: 5_000 }).toContain(sentence.replace(slot as string, 'Friday at noon'));
      await expect
        .poll(async () => (await flaggedTexts(page)).includes(slot as string), { timeout: 10_000 })
        .toBe(false);
      await page.close();
    });
  });
}
