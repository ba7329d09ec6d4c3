import type { BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { withTimeout } from './with-timeout.ts';

/** URL of a fixture page served from tests/fixtures/, e.g. fixtureUrl('gmail.html'). */
export function fixtureUrl(name: string): string {
  return `${inject('fixturesUrl')}/${name}`;
}

/** Opens a fixture page in a new tab and waits until its editor is mounted (window.__ready). */
export async function openFixture(context: BrowserContext, name: string, timeoutMs = 30_000): Promise<Page> {
  const page = await context.newPage();
  await page.goto(fixtureUrl(name));
  await withTimeout(
    page.evaluate(() => (window as unknown as { __ready: Promise<unknown> }).__ready),
    timeoutMs,
    `${name} to mount its editor`,
  );
  return page;
}
