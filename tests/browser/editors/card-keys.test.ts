import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchWithExtension, openFixture } from '../harness.ts';
import { CARD, flaggedTexts, hoverPhrase, norm, ui, waitForFlag } from './page-probe.ts';

/**
 * RELIABILITY K1–K6, K8: the card from the keyboard alone (focus in, arrows, Tab round its buttons, Esc back to the
 * same caret), Esc on a hover card, the screen-reader path, turning a rule off here (Undo) or everywhere (through an
 * extension page), a dismissal surviving a reload (K6), and a real mouse click on every card button — in the Gmail
 * composer (contenteditable) and Zendesk's CKEditor 5.
 */
const EDITORS = [
  { name: 'Gmail', page: 'gmail.html', box: '#\\:r1' },
  {
    name: 'Zendesk (CKEditor 5)',
    page: 'zendesk.html',
    box: '[data-entity-is-selected="true"] [data-test-id="omnicomposer-rich-text-ckeditor"]',
  },
] as const;

const TWO_REWRITES = 'you did not provide';
const ADVICE = 'Your problem is';
/** A reply to `name`: each test writes to someone else, so no test's kept dismissal (K6) reaches another's draft. */
const reply = (name: string) => `Hello ${name}, ${TWO_REWRITES} the order number. ${ADVICE} the cable, I think.`;

let session: ExtensionSession;
let names = 0;
const NAMES = ['Dana', 'Priya', 'Jo', 'Sam', 'Alex', 'Kim', 'Lee', 'Max', 'Ana', 'Tom', 'Eva', 'Ian'];
beforeAll(async () => {
  session = await launchWithExtension();
  // The worker compiles the rulebook once on its first ask: wait for that before timing anything.
  const warm = await openFixture(session.context, 'contenteditable.html');
  // The fixture's box opens with an empty line above a quoted message: type on that line, not into the quote.
  await warm.locator('#reply').click({ position: { x: 4, y: 4 } });
  await warm.keyboard.press('Control+Home');
  await warm.keyboard.type('Hello, you ignored our reminder.');
  await waitForFlag(warm, 'you ignored', 60_000);
  await warm.close();
});
afterAll(async () => {
  await session?.close();
});

/** The caret's offset in the box's text, or -1 when the selection is not in the box. */
function caretIn(page: Page, box: string): Promise<number> {
  return page.evaluate((selector) => {
    const el = document.querySelector(selector);
    const sel = getSelection();
    if (!el || !sel || sel.rangeCount === 0 || !sel.focusNode || !el.contains(sel.focusNode)) return -1;
    const range = document.createRange();
    range.setStart(el, 0);
    range.setEnd(sel.focusNode, sel.focusOffset);
    return range.toString().length;
  }, box);
}

/** Whether the focus is in the box (the box itself or an element in it). */
function focusInBox(page: Page, box: string): Promise<boolean> {
  return page.evaluate((selector) => {
    const el = document.querySelector(selector);
    const active = document.activeElement;
    return el !== null && active !== null && (el === active || el.contains(active));
  }, box);
}

const hover = hoverPhrase;

for (const editor of EDITORS) {
  describe(`the card, ${editor.name}`, () => {
    const text = (page: Page) => page.evaluate(() => window.__getText(0)).then(norm);

    let TEXT = '';
    async function typed(): Promise<Page> {
      TEXT = reply(NAMES[names++ % NAMES.length] ?? 'Dana');
      const page = await openFixture(session.context, editor.page);
      await page.locator(editor.box).click();
      await page.keyboard.press('Control+Home');
      await page.keyboard.type(TEXT, { delay: 5 });
      await waitForFlag(page, TWO_REWRITES);
      await waitForFlag(page, ADVICE);
      // Editors merge quick edits into one undo step; an agent reads before choosing.
      await page.waitForTimeout(1_200);
      return page;
    }

    it('K1, K3: keyboard only — focus enters the card, arrows, Tab round its buttons, Esc back to the same caret', async () => {
      const page = await typed();
      const tactful = await ui(page);
      // The box says how many suggestions it has and the key (the underlines are invisible to a screen reader).
      expect(await page.locator(editor.box).getAttribute('aria-description')).toMatch(
        /Tactful: \d+ suggestions?\. Alt\+Shift\+N/,
      );
      // A caret in the middle of the first sentence, before the flagged words.
      await page.keyboard.press('Control+Home');
      for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
      const caret = await caretIn(page, editor.box);
      expect(caret).toBe(8);

      await page.keyboard.press('Alt+Shift+N');
      const card = await tactful.waitFor(CARD);
      // A labelled dialog that has the focus, on its first rewrite, with the number of rewrites and the keys.
      expect(card.attributes.role).toBe('dialog');
      expect(card.attributes['aria-labelledby']).toBeTruthy();
      expect(await tactful.text(`${CARD} [id="${card.attributes['aria-describedby']}"]`)).toMatch(/^2 rewrites\./);
      expect(await tactful.text(`${CARD} .message`)).toMatch(/.+/);
      const rewrites = (await tactful.all(`${CARD} button.rewrite`)).map((b) => b.text);
      expect(rewrites).toHaveLength(2);
      await expect.poll(() => tactful.focused()).toMatchObject({ text: rewrites[0] });
      expect(await focusInBox(page, editor.box)).toBe(false);

      await page.keyboard.press('ArrowRight');
      await expect.poll(() => tactful.focused()).toMatchObject({ text: rewrites[1] });
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => tactful.focused()).toMatchObject({ text: rewrites[0] });
      await page.keyboard.press('Tab');
      await expect.poll(() => tactful.focused()).toMatchObject({ action: 'dismiss' });
      await page.keyboard.press('Tab');
      await expect.poll(() => tactful.focused()).toMatchObject({ action: 'turn-off' });
      await page.keyboard.press('Shift+Tab');
      await expect.poll(() => tactful.focused()).toMatchObject({ action: 'dismiss' });
      // Shift+Tab from the first button goes round to the last: the focus never leaves the card.
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Shift+Tab');
      await expect.poll(() => tactful.focused()).not.toBeNull();
      expect(await focusInBox(page, editor.box)).toBe(false);

      await page.keyboard.press('Escape');
      await tactful.waitGone(CARD);
      await expect.poll(() => focusInBox(page, editor.box)).toBe(true);
      expect(await caretIn(page, editor.box)).toBe(caret);
      // Typing goes on where the caret was, and the draft is otherwise untouched.
      await page.keyboard.type('X');
      // Gmail's composer also holds the signature below the reply: compare the reply's own line.
      await expect
        .poll(() => text(page).then((t) => t.slice(0, TEXT.length + 1)))
        .toBe(`${TEXT.slice(0, 8)}X${TEXT.slice(8)}`);
      await page.close();
    });

    it('K1: Enter applies the rewrite the arrows chose; the editor has the focus back and one Ctrl+Z undoes it', async () => {
      const page = await typed();
      const tactful = await ui(page);
      const before = await text(page);
      await page.keyboard.press('Control+Home');
      await page.keyboard.press('Alt+Shift+N');
      const second = (await tactful.all(`${CARD} button.rewrite`))[1]?.text ?? '';
      await tactful.waitFor(CARD);
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => tactful.focused()).toMatchObject({ text: second });
      await page.keyboard.press('Enter');
      await expect.poll(() => text(page), { timeout: 5_000 }).toBe(before.replace(TWO_REWRITES, second));
      expect(await focusInBox(page, editor.box)).toBe(true);
      await page.keyboard.press('Control+z');
      await expect.poll(() => text(page), { timeout: 5_000 }).toBe(before);
      await page.close();
    });

    it('K2: a card opened by hover closes on Esc and never takes the focus', async () => {
      const page = await typed();
      const tactful = await ui(page);
      const before = await text(page);
      await hover(page, ADVICE);
      expect(await tactful.focused()).toBeNull();
      expect(await focusInBox(page, editor.box)).toBe(true);
      await page.keyboard.press('Escape');
      await tactful.waitGone(CARD);
      expect(await focusInBox(page, editor.box)).toBe(true);
      expect(await text(page)).toBe(before);
      await page.close();
    });

    it('K4, K8: real mouse clicks on every card button — rewrite, Dismiss, Turn off → Here only → Undo', async () => {
      const page = await typed();
      const tactful = await ui(page);
      const before = await text(page);

      await hover(page, TWO_REWRITES);
      const rewrite = await tactful.text(`${CARD} button.rewrite`);
      await tactful.click(`${CARD} button.rewrite`);
      await expect.poll(() => text(page), { timeout: 5_000 }).toBe(before.replace(TWO_REWRITES, rewrite));
      await page.keyboard.press('Control+z');
      await expect.poll(() => text(page), { timeout: 5_000 }).toBe(before);
      await waitForFlag(page, TWO_REWRITES);

      await hover(page, TWO_REWRITES);
      await tactful.click(`${CARD} [data-action="dismiss"]`);
      await tactful.waitGone(CARD);
      await expect.poll(() => flaggedTexts(page)).not.toContain(TWO_REWRITES);

      await hover(page, ADVICE);
      await tactful.click(`${CARD} [data-action="turn-off"]`);
      await tactful.click(`${CARD} [data-action="off-here"]`);
      // Undo in place: the card says the rule is off here, and the phrase is no longer drawn.
      expect(await tactful.text(`${CARD} .status`)).toMatch(/off here/);
      await expect.poll(() => flaggedTexts(page), { timeout: 10_000 }).not.toContain(ADVICE);
      await tactful.click(`${CARD} [data-action="undo-off"]`);
      await tactful.waitGone(CARD);
      await waitForFlag(page, ADVICE);
      expect(await text(page)).toBe(before);
      await page.close();
    });

    it('K6: a dismissal survives a reload of the same draft, and the same words in another reply are flagged', async () => {
      const page = await typed();
      const tactful = await ui(page);
      await hover(page, TWO_REWRITES);
      await tactful.click(`${CARD} [data-action="dismiss"]`);
      await tactful.waitGone(CARD);
      await expect.poll(() => flaggedTexts(page)).not.toContain(TWO_REWRITES);

      // The same draft after a reload: the fixture's composer starts empty, so the agent's draft is typed back.
      const typeAgain = async (draft: string) => {
        await page.reload();
        await page.locator(editor.box).click();
        await page.keyboard.press('Control+Home');
        await page.keyboard.type(draft, { delay: 5 });
        await waitForFlag(page, ADVICE);
      };
      await typeAgain(TEXT);
      // ADVICE, typed last, is drawn: a check of the whole draft has landed, and the dismissed phrase is not drawn.
      expect(await flaggedTexts(page)).not.toContain(TWO_REWRITES);

      // Another reply on the same page with the same words in other surroundings is flagged.
      await typeAgain(`Hi Morgan, sadly ${TWO_REWRITES} a receipt yet. ${ADVICE} the cable.`);
      await waitForFlag(page, TWO_REWRITES);
      await page.close();
    });
  });
}

describe('the card, across pages', () => {
  const gmail = EDITORS[0];

  it('K5: "Everywhere" is confirmed on an extension page, never applied from the page', async () => {
    const TEXT = reply('Noor');
    const page = await openFixture(session.context, gmail.page);
    await page.locator(gmail.box).click();
    // The composer holds quoted history below the reply: type at its start, as an agent replying does.
    await page.keyboard.press('Control+Home');
    await page.keyboard.type(TEXT, { delay: 5 });
    await waitForFlag(page, ADVICE);
    const tactful = await ui(page);
    await hover(page, ADVICE);
    await tactful.click(`${CARD} [data-action="turn-off"]`);
    const opened = session.context.waitForEvent('page', {
      predicate: (p) => p.url().includes('/turn-off.html'),
      timeout: 15_000,
    });
    await tactful.click(`${CARD} [data-action="off-everywhere"]`);
    const confirm = await opened;
    expect(new URL(confirm.url()).searchParams.get('rule')).toBe('blame/your-problem-is');
    await confirm.getByRole('button', { name: 'Turn it off everywhere' }).waitFor();
    // Not off yet: only the extension page's confirmation switches it off.
    expect(await flaggedTexts(page)).toContain(ADVICE);
    await confirm.getByRole('button', { name: 'Turn it off everywhere' }).click();
    await confirm
      .getByText(/off everywhere/)
      .first()
      .waitFor();
    await expect.poll(() => flaggedTexts(page), { timeout: 10_000 }).not.toContain(ADVICE);
    // Back on from the options (for the next tests of this browser), through the extension's own page.
    await confirm.evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({ type: 'setRuleEnabled', ruleId: 'blame/your-problem-is', enabled: true }),
    );
    await waitForFlag(page, ADVICE);
    await confirm.close();
    await page.close();
  });
});
