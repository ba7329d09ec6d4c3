import type { Frame, Page } from 'playwright-core';

/** What the extension shows in a page, read from the page itself (CSS.highlights and Tactful's shadow root). */

export type Where = Page | Frame;

/** Text under every Tactful highlight (rich editors) and every mirror mark (textareas). */
export function flaggedTexts(where: Where): Promise<string[]> {
  return where.evaluate(() => {
    const out: string[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('tactful-') || name.endsWith('-active')) continue;
      for (const range of highlight) out.push(range.toString());
    }
    const root = document.querySelector('tactful-coach')?.shadowRoot;
    for (const mark of root?.querySelectorAll('.mirror mark') ?? []) out.push(mark.textContent ?? '');
    return out;
  });
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

/** The open card (Playwright's CSS engine pierces open shadow roots). */
export const openCard = (where: Where) => where.locator('tactful-coach .card:not([hidden])');
export const coachBar = (where: Where) => where.locator('tactful-coach .bar:not([hidden])');

/** Spaces the editors swap in (NBSP) and a trailing newline some add do not count as a difference. */
export function norm(text: string): string {
  return text.replace(/\u00a0/g, ' ').replace(/\s+$/, '');
}
