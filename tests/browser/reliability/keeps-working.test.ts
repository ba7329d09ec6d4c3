import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAR, flaggedTexts, ui, waitForFlag } from '../editors/page-probe.ts';
import {
  type ExtensionSession,
  launchBrowser,
  launchWithExtension,
  openFixture,
  stopServiceWorker,
} from '../harness.ts';

/** RELIABILITY D1–D3: coaching survives a sleeping worker, composers that come and go, and a huge paste. */
describe('it keeps working', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  /** Page errors and console errors, from the page and from content scripts alike. */
  function collectErrors(page: Page): string[] {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${m.text()} (${m.location().url || 'no url'})`);
    });
    return errors;
  }

  it('D1: the service worker stops mid-typing and coaching goes on with the cached rulebook', async () => {
    const page = await openFixture(session.context, 'contenteditable.html');
    const errors = collectErrors(page);
    await page.locator('#reply').click({ position: { x: 4, y: 4 } });
    await page.keyboard.type('Hello Dana, your problem is simple. ');
    await waitForFlag(page, 'your problem is');
    await stopServiceWorker(session.context);
    await page.keyboard.type('Honestly, you did not read the manual.');
    await waitForFlag(page, 'you did not read the manual');
    expect(await flaggedTexts(page)).toContain('your problem is');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('D2: 100 composers opened and closed leak no listener, highlight or element', async () => {
    const page = await openFixture(session.context, 'contenteditable.html');
    const cdp = await session.context.newCDPSession(page);
    // Listeners are counted per JavaScript world: the page's and the content script's isolated one (where the
    // extension's listeners live); the frame's worlds are announced when Runtime is enabled.
    const worlds: number[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context.id));
    await cdp.send('Runtime.enable');
    const listeners = async () => {
      let total = 0;
      for (const contextId of worlds) {
        for (const target of ['window', 'document']) {
          const { result } = await cdp.send('Runtime.evaluate', { expression: target, contextId });
          if (!result.objectId) continue;
          const { listeners: found } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
          total += found.length;
        }
      }
      return total;
    };
    const leftovers = async () => ({
      highlights: await page.evaluate(() => [...CSS.highlights.keys()].filter((n) => n.startsWith('tactful-')).length),
      uiElements: (await (await ui(page)).all('.card, .bar, .mirror')).length,
    });
    const cycle = async () => {
      await page.evaluate(() => {
        const box = document.createElement('div');
        box.className = 'popout';
        box.contentEditable = 'true';
        box.textContent = 'Hi, your problem is simple.';
        document.body.append(box);
      });
      await page.waitForFunction(() => [...CSS.highlights.keys()].some((n) => n.startsWith('tactful-')));
      const open = await listeners();
      await page.evaluate(() => document.querySelector('.popout')?.remove());
      await page.waitForFunction(() => ![...CSS.highlights.keys()].some((n) => n.startsWith('tactful-')));
      return open;
    };
    // The fixture's own reply box stays; one cycle first so lazily created things (the UI host) exist.
    await cycle();
    const baseline = await listeners();
    const baseLeft = await leftovers();
    let whileOpen = 0;
    for (let i = 0; i < 100; i++) whileOpen = await cycle();
    // The count sees the session's own listeners (so a leak would show), and they are all gone after 100 cycles.
    expect(whileOpen).toBeGreaterThan(baseline);
    expect(await listeners()).toBe(baseline);
    expect(await leftovers()).toEqual(baseLeft);
    await page.close();
  });

  it('D7: an editor that redraws the same text under new nodes keeps its underline on the phrase', async () => {
    const page = await openFixture(session.context, 'contenteditable.html');
    await page.locator('#reply').click({ position: { x: 4, y: 4 } });
    await page.keyboard.type('Hello Dana, you ignored our reminder.');
    await waitForFlag(page, 'you ignored');
    // What an undo of a rewrite, or a framework's re-render, does: the same words in new text nodes. The findings
    // are the same as before, so only the ranges under them tell that the underline must be drawn again.
    await page.evaluate(() => {
      const box = document.querySelector('#reply') as HTMLElement;
      box.replaceChildren(...[...box.childNodes].map((node) => node.cloneNode(true)));
      box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
    });
    await waitForFlag(page, 'you ignored');
    expect(await flaggedTexts(page)).not.toContain('');
    await page.close();
  });

  it('D3: a 200,000-character paste keeps the page responsive and is coached only near the caret, as the bar says', async () => {
    const page = await openFixture(session.context, 'contenteditable.html');
    const errors = collectErrors(page);
    const huge = 'Your problem is that the cache is full. '.repeat(5_000);
    expect(huge.length).toBe(200_000);
    // The agent has begun the reply, and Tactful is coaching it, when the paste comes: the content script's own start
    // on a fresh page (about 0.4 s of script once per page on this machine) is page-load cost, which
    // `npm run bench` measures (E4), and would otherwise land in the measured second or not as the machine is loaded.
    // The opening shares no blame phrase with the paste, so the pasted sentences are checked cold.
    const opening = 'Hi Sam, as I already told you, the export runs nightly. ';
    const longestGap = await pasteAndWatchFrames(page, opening, huge);
    // The same paste in the same browser without Tactful: a busy machine slows the browser's own work on 200,000
    // characters too, so the extension is judged by what it adds to the longest frame, not by a fixed clock.
    const plain = await launchBrowser();
    const plainPage = await openFixture(plain.context, 'contenteditable.html');
    const plainGap = await pasteAndWatchFrames(plainPage, opening, huge, false);
    await plain.close();
    // 300 ms: on this machine the paste's longest frame is 67-117 ms; it was 283-383 ms while a check built all the
    // window's rewrites in one task.
    expect(longestGap, `longest frame gap ${longestGap} ms; without Tactful ${plainGap} ms`).toBeLessThan(
      Math.max(300, plainGap * 2),
    );
    const tactful = await ui(page);
    await expect
      .poll(async () => (await tactful.all(BAR)).map((b) => b.text).join(' '), { timeout: 5_000 })
      .toMatch(/checks only the paragraphs near your cursor/);
    // The caret is at the end: the last sentences are flagged, not all 5,000 of them.
    const flagged = await flaggedTexts(page);
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.length).toBeLessThan(1_000);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/**
 * Type the opening into the fixture's reply box (and, where Tactful runs, wait until it flags it), paste after it, let
 * the browser lay the text out, then measure the longest gap between
 * animation frames over the next 1.5 s, while the extension (if any) reads, checks and draws the reply.
 */
async function pasteAndWatchFrames(page: Page, opening: string, text: string, coached = true): Promise<number> {
  await page.locator('#reply').click({ position: { x: 4, y: 4 } });
  await page.keyboard.type(opening);
  if (coached) await waitForFlag(page, 'as I already told you');
  await page.keyboard.insertText(text);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let last = performance.now();
        let worst = 0;
        const end = last + 1_500;
        const tick = (now: number) => {
          worst = Math.max(worst, now - last);
          last = now;
          if (now < end) requestAnimationFrame(tick);
          else resolve(worst);
        };
        requestAnimationFrame(tick);
      }),
  );
}
