import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD, flaggedTexts, flagsInsideMasks, hoverPhrase, norm, ui, waitForFlag } from '../editors/page-probe.ts';
import { type ExtensionSession, launchWithExtension, openFixture } from '../harness.ts';

/** RELIABILITY A4–A7 on the pages where each is sharpest; A2/A3 run for every editor in the contract suite. */
describe('the draft is sacred', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  async function typed(page: string, box: string, text: string, phrase: string): Promise<Page> {
    const p = await openFixture(session.context, page);
    await p.locator(box).click({ position: { x: 4, y: 4 } });
    await p.keyboard.press('Control+Home');
    await p.keyboard.type(text);
    await waitForFlag(p, phrase);
    return p;
  }

  const hover = hoverPhrase;

  it('A4: a finding gone stale between check and click is refused, never applied at the wrong offset', async () => {
    const page = await typed('contenteditable.html', '#reply', 'Hello Dana, you ignored our reminder.', 'you ignored');
    await hover(page, 'you ignored');
    // The page edits the draft the moment the mouse goes down on the rewrite, so the (real) click lands on a finding
    // whose text changed: the re-check waits for a pause, so none runs between press and click.
    await page.evaluate(() => {
      addEventListener(
        'pointerdown',
        () => (document.querySelector('#reply p')?.firstChild as Text | undefined)?.insertData(0, 'Oh. '),
        { capture: true, once: true },
      );
    });
    const tactful = await ui(page);
    await tactful.click(`${CARD} button.rewrite`);
    await expect.poll(async () => (await tactful.all(`${CARD} .status`)).map((s) => s.text).join()).toMatch(/changed/);
    expect(norm(await page.evaluate(() => window.__getText(0)))).toContain('Oh. Hello Dana, you ignored our reminder.');
    await page.close();
  });

  it('A5: coaching adds no node or attribute inside the editor', async () => {
    const page = await typed(
      'contenteditable.html',
      '#reply',
      'Hello Dana, your problem is simple.',
      'your problem is',
    );
    await page.evaluate(() => {
      const w = window as unknown as { __records: MutationRecord[] };
      w.__records = [];
      new MutationObserver((records) => w.__records.push(...records)).observe(
        document.querySelector('#reply') as Node,
        {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        },
      );
    });
    // Everything the extension does without being asked to edit: hover card, keyboard jump, dismiss, re-check.
    await hover(page, 'your problem is');
    await page.mouse.move(0, 0);
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Alt+Shift+N');
    const tactful = await ui(page);
    await tactful.waitFor(CARD);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Alt+Shift+N');
    await tactful.click(`${CARD} [data-action="dismiss"]`);
    // The dismiss has been handled once the card is gone and the phrase is no longer drawn.
    await tactful.waitGone(CARD);
    await expect.poll(() => flaggedTexts(page)).not.toContain('your problem is');
    // The one attribute the coach keeps on the box itself, never inside it: how many suggestions, for a screen
    // reader (K3). Nothing else, and nothing below the box.
    const records = await page.evaluate(() =>
      (window as unknown as { __records: MutationRecord[] }).__records
        .filter(
          (r) =>
            !(
              r.type === 'attributes' &&
              r.target === document.querySelector('#reply') &&
              r.attributeName === 'aria-description'
            ),
        )
        .map((r) => `${r.type} ${r.attributeName ?? ''}`),
    );
    expect(records).toEqual([]);
    await page.close();
  });

  it('A6: emoji, combining marks, RTL and no-break spaces keep offsets exact', async () => {
    const before = 'שלום 👋🏽 e\u0301te\u0301\u00a0Dana, you ignored our reminder.';
    const page = await typed('contenteditable.html', '#reply', before, 'you ignored');
    expect(await flaggedTexts(page)).toContain('you ignored');
    await hover(page, 'you ignored');
    const tactful = await ui(page);
    const chosen = await tactful.text(`${CARD} button.rewrite`);
    await tactful.click(`${CARD} button.rewrite`);
    await expect
      .poll(async () => norm(await page.evaluate(() => window.__getText(0))))
      .toContain(norm(before.replace('you ignored', chosen)));
    await page.close();
  });

  it('A7: quoted history and signatures are never flagged and never changed', async () => {
    const page = await openFixture(session.context, 'gmail.html');
    // The customer's own words in the quote and a phrase in the signature would be flagged if they were coached.
    const masks = await page.evaluate(() => {
      const box = document.querySelector('#\\:s7') as HTMLElement;
      box.querySelector('blockquote div')?.append(' Your problem is that you did not read the manual.');
      box.querySelector('.gmail_signature div')?.append(' As I said before, calm down.');
      const quote = box.querySelector('.gmail_quote') as HTMLElement;
      const signature = box.querySelector('.gmail_signature') as HTMLElement;
      return { quote: quote.innerHTML, signature: signature.innerHTML };
    });
    await page.locator('#\\:s7').click({ position: { x: 4, y: 4 } });
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Hi Lee, you ignored the reminder.');
    await waitForFlag(page, 'you ignored');
    expect(await flagsInsideMasks(page, '.gmail_quote, .gmail_signature, .gmail_signature_prefix')).toBe(false);
    await hover(page, 'you ignored');
    await (await ui(page)).click(`${CARD} button.rewrite`);
    await expect.poll(() => flaggedTexts(page)).not.toContain('you ignored');
    const after = await page.evaluate(() => {
      const box = document.querySelector('#\\:s7') as HTMLElement;
      return {
        quote: (box.querySelector('.gmail_quote') as HTMLElement).innerHTML,
        signature: (box.querySelector('.gmail_signature') as HTMLElement).innerHTML,
      };
    });
    expect(after).toEqual(masks);
    await page.close();
  });
});
