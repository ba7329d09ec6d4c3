import type { Frame, Page } from 'playwright-core';
import { TactfulUi } from '../tactful-ui.ts';

/**
 * What the extension shows in a page: highlights read from the page itself (CSS.highlights, which the page can see,
 * as with a spell-checker), and the card, coach bar and textarea mirror read through CDP (closed shadow roots).
 */

export type Where = Page | Frame;

const pageOf = (where: Where): Page =>
  ('page' in where && typeof where.page === 'function' ? where.page() : where) as Page;
const uis = new WeakMap<Page, Promise<TactfulUi>>();

/** Tactful's UI in `where`'s tab (one CDP session per page, kept for the page's life). */
export function ui(where: Where): Promise<TactfulUi> {
  const page = pageOf(where);
  let found = uis.get(page);
  if (!found) {
    found = TactfulUi.of(page);
    uis.set(page, found);
  }
  return found;
}

/** The open card and the shown coach bar, as selectors inside Tactful's shadow root. */
export const CARD = '.card:not([hidden])';
export const BAR = '.bar:not([hidden])';

/** Text under every Tactful highlight (rich editors) and every mirror mark (textareas). */
export async function flaggedTexts(where: Where): Promise<string[]> {
  const out = await where.evaluate(() => {
    const texts: string[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('tactful-') || name.endsWith('-active')) continue;
      for (const range of highlight) texts.push(range.toString());
    }
    return texts;
  });
  const hasTextarea = await where.evaluate(() => document.querySelector('textarea') !== null);
  if (hasTextarea) for (const mark of await (await ui(where)).all('.mirror mark')) out.push(mark.text);
  return out;
}

/** True when any highlight range touches quoted history or a signature. */
export function flagsInsideMasks(where: Where, masks: string): Promise<boolean> {
  return where.evaluate((selector) => {
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('tactful-')) continue;
      for (const range of highlight as unknown as Set<Range>) {
        const nodes = [range.startContainer, range.endContainer, range.commonAncestorContainer];
        for (const node of nodes) {
          const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
          if (el?.closest(selector)) return true;
        }
      }
    }
    return false;
  }, masks);
}

export async function waitForFlag(where: Where, text: string, timeoutMs = 10_000): Promise<string[]> {
  const until = Date.now() + timeoutMs;
  let seen: string[] = [];
  while (Date.now() < until) {
    seen = await flaggedTexts(where);
    if (seen.includes(text)) return seen;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`"${text}" was not flagged within ${timeoutMs} ms; flagged: ${JSON.stringify(seen)}`);
}

/** Spaces the editors swap in (NBSP) and a trailing newline some add do not count as a difference. */
export function norm(text: string): string {
  return text.replace(/\u00a0/g, ' ').replace(/\s+$/, '');
}

/** Moves the real mouse over the underline of exactly `phrase` and waits for its card. */
export async function hoverPhrase(page: Page, phrase: string): Promise<void> {
  const at = await page.evaluate((wanted) => {
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('tactful-')) continue;
      for (const r of h as unknown as Set<Range>) {
        const rect = r.getClientRects()[0];
        if (r.toString() === wanted && rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    return null;
  }, phrase);
  if (!at) throw new Error(`no highlight over "${phrase}"`);
  await page.mouse.move(at.x, at.y);
  await (await ui(page)).waitFor(CARD);
}
