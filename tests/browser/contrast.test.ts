import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  backgroundIn,
  composite,
  contrastRatio,
  luminance,
  type Measured,
  parseColour,
  textContrastIn,
  tooLow,
} from './contrast.ts';
import { BAR, CARD, ui, waitForFlag } from './editors/page-probe.ts';
import { type ExtensionSession, launchWithExtension, openFixture } from './harness.ts';

/**
 * Dark mode and contrast of what Tactful draws in a page (RELIABILITY V1–V3): the card, the coach bar, the underlines
 * and the textarea mirror, in a light page, a dark site on a light OS (a dark Gmail theme) and a dark OS. Measured
 * from computed styles: axe cannot look inside the closed shadow root, and highlights are not elements.
 */

// An error (“You ignored”), a warning (“that's just how it works”) and a hint (“Kindly”).
const DRAFT = "Hello Dana, that's just how it works. You ignored our reminder. Kindly wait.";
const ERROR_PHRASE = 'You ignored';
const WARNING_PHRASE = "that's just how it works";
// Gmail's dark theme paints the conversation and the composer this dark grey; the OS stays light.
const DARK_SITE = 'html, body { background: #1f1f1f; color: #e3e3e3; } .M9 { background: #2c2c2c; }';
const DARK_TEXTAREA = 'body { background: #202124; color: #e8eaed; } textarea { background: #2d2e30; color: #e8eaed; }';

// A page with no background of its own that lets the browser paint its canvas dark when the OS is dark.
const FOLLOWS_OS = 'html { color-scheme: light dark; background: transparent; color: CanvasText; }';

type Scheme = 'light page' | 'dark site, light OS' | 'dark OS, page on the browser canvas';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension();
});
afterAll(async () => {
  await session?.close();
});

async function coachedGmail(scheme: Scheme): Promise<Page> {
  const page = await openFixture(session.context, 'gmail.html');
  await page.setViewportSize({ width: 1100, height: 900 });
  if (scheme === 'dark site, light OS') await page.addStyleTag({ content: DARK_SITE });
  if (scheme === 'dark OS, page on the browser canvas') {
    await page.addStyleTag({ content: FOLLOWS_OS });
    await page.emulateMedia({ colorScheme: 'dark' });
  } else await page.emulateMedia({ colorScheme: 'light' });
  await page.locator('#\\:r1').click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type(DRAFT, { delay: 2 });
  await waitForFlag(page, ERROR_PHRASE, 30_000);
  // Missing items show in the bar after a pause; leaving the box shows them at once.
  await page.mouse.click(2, 2);
  await (await ui(page)).waitFor(BAR);
  return page;
}

/** Hover the flagged phrase until the card is open on it. */
async function openCardOn(page: Page, phrase: string): Promise<void> {
  const at = await page.evaluate((text) => {
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('tactful-')) continue;
      for (const range of highlight as unknown as Set<Range>) {
        const rect = range.toString().includes(text) ? range.getClientRects()[0] : undefined;
        if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    return null;
  }, phrase);
  if (!at) throw new Error(`"${phrase}" has no highlight`);
  await page.mouse.move(at.x, at.y);
  await (await ui(page)).waitFor(CARD);
}

interface HighlightLook {
  name: string;
  texts: string[];
  color: string;
  style: string;
  background: string;
}

/** Each Tactful highlight's rule, as the page's CSSOM holds it. */
function highlightLooks(page: Page): Promise<HighlightLook[]> {
  return page.evaluate(() => {
    const rules = document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]) as CSSStyleRule[];
    const out: HighlightLook[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('tactful-')) continue;
      const rule = rules.find((r) => r.selectorText === `::highlight(${name})`);
      if (!rule) continue;
      out.push({
        name,
        texts: [...(highlight as unknown as Set<Range>)].map((r) => r.toString()),
        color: rule.style.textDecorationColor,
        style: rule.style.textDecorationStyle,
        background: rule.style.backgroundColor,
      });
    }
    return out;
  });
}

async function boxColours(page: Page, selector: string): Promise<{ bg: number[]; text: number[] }> {
  const bg = await page.locator(selector).evaluate(backgroundIn);
  const text = parseColour(await page.locator(selector).evaluate((el) => getComputedStyle(el).color));
  return { bg, text: composite(text, bg) };
}

/** Marks of the panel's controls: each button's edge or fill against the panel, and the focus ring's colour. */
const CONTROL_MARKS = `function () {
  const panel = this.closest('.card, .bar');
  const surface = getComputedStyle(panel).backgroundColor;
  const s = getComputedStyle(this);
  return { what: this.textContent, border: s.borderTopColor, fill: s.backgroundColor, surface,
    focus: getComputedStyle(panel).getPropertyValue('--focus').trim() };
}`;

const schemes: Scheme[] = ['light page', 'dark site, light OS', 'dark OS, page on the browser canvas'];

describe('card, bar and underlines: dark mode and contrast', () => {
  for (const scheme of schemes) {
    it(`${scheme}: palette follows the page, text ≥ 4.5:1, marks ≥ 3:1`, async () => {
      const page = await coachedGmail(scheme);
      const tactful = await ui(page);
      await openCardOn(page, ERROR_PHRASE);
      const wantDark = scheme !== 'light page';

      // The palette: a dark card and bar on a dark site or a dark OS, a light one on a light page.
      const surfaces = await tactful.evaluateAll<string>(
        `${CARD}, ${BAR}`,
        'function () { return getComputedStyle(this).backgroundColor; }',
      );
      expect(surfaces).toHaveLength(2);
      for (const surface of surfaces) expect(luminance(parseColour(surface)) < 0.18).toBe(wantDark);

      const texts = (await tactful.evaluateAll<Measured[]>(`${CARD}, ${BAR}`, textContrastIn.toString())).flat();
      expect(texts.length).toBeGreaterThan(5);
      expect(tooLow(texts, 4.5)).toEqual([]);

      const controls = await tactful.evaluateAll<{
        what: string;
        border: string;
        fill: string;
        surface: string;
        focus: string;
      }>(`${CARD} button, ${BAR} button`, CONTROL_MARKS);
      expect(controls.length).toBeGreaterThan(2);
      for (const c of controls) {
        const surface = parseColour(c.surface);
        const edge = Math.max(
          contrastRatio(composite(parseColour(c.border), surface), surface),
          contrastRatio(composite(parseColour(c.fill), surface), surface),
        );
        expect(edge, `the edge of “${c.what}”`).toBeGreaterThanOrEqual(3);
        expect(contrastRatio(parseColour(c.focus), surface), 'focus ring').toBeGreaterThanOrEqual(3);
      }

      // Underlines against the reply box's own background; the card's phrase (active) keeps its text readable.
      const box = await boxColours(page, '#\\:r1');
      const looks = await highlightLooks(page);
      const active = looks.find((l) => l.name.endsWith('-active'));
      expect(active?.texts).toEqual([ERROR_PHRASE]);
      for (const look of looks) {
        const ratio = contrastRatio(composite(parseColour(look.color), box.bg), box.bg);
        expect(ratio, `underline of ${look.texts.join(', ')}`).toBeGreaterThanOrEqual(3);
      }
      if (active) {
        const fill = composite(parseColour(active.background), box.bg);
        expect(contrastRatio(box.text, fill), 'text on the active fill').toBeGreaterThanOrEqual(4.5);
      }
      await page.close();
    });
  }

  it('the textarea mirror’s underlines follow a dark textarea and keep 3:1', async () => {
    for (const dark of [false, true]) {
      const page = await openFixture(session.context, 'textarea.html');
      if (dark) await page.addStyleTag({ content: DARK_TEXTAREA });
      await page.locator('#reply').click();
      await page.keyboard.type(DRAFT, { delay: 2 });
      await waitForFlag(page, ERROR_PHRASE, 30_000);
      const tactful = await ui(page);
      const theme = await tactful.evaluateAll<string>('.mirror', 'function () { return this.dataset.theme; }');
      expect(theme[0]).toBe(dark ? 'dark' : 'light');
      const box = await boxColours(page, '#reply');
      const marks = await tactful.evaluateAll<{ text: string; color: string }>(
        '.mirror mark',
        'function () { return { text: this.textContent, color: getComputedStyle(this).textDecorationColor }; }',
      );
      expect(marks.length).toBeGreaterThanOrEqual(3);
      for (const mark of marks) {
        const ratio = contrastRatio(composite(parseColour(mark.color), box.bg), box.bg);
        expect(ratio, `${dark ? 'dark' : 'light'} underline of ${mark.text}`).toBeGreaterThanOrEqual(3);
      }
      await page.close();
    }
  });

  it('an error and a warning look different without colour: line style, and the card says which', async () => {
    const page = await coachedGmail('light page');
    const looks = await highlightLooks(page);
    // A finding may take in the words its rewrite removes with the phrase (", and that's just how it works").
    const styleOf = (phrase: string) => looks.find((l) => l.texts.some((t) => t.includes(phrase)))?.style;
    expect(styleOf(ERROR_PHRASE)).toBe('wavy');
    expect(styleOf(WARNING_PHRASE)).toBe('dashed');
    const tactful = await ui(page);
    await openCardOn(page, ERROR_PHRASE);
    const errorWords = await tactful.text(`${CARD} .severity`);
    await page.mouse.move(2, 2);
    await tactful.waitGone(CARD);
    await openCardOn(page, WARNING_PHRASE);
    const warningWords = await tactful.text(`${CARD} .severity`);
    expect(errorWords).toBe('Must fix');
    expect(warningWords).toBe('Worth a look');
    await page.close();
  });
});
