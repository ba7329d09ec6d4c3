import type { BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { withTimeout } from './with-timeout.ts';

/** URL of a fixture page served from tests/fixtures/, e.g. fixtureUrl('gmail.html'). */
export function fixtureUrl(name: string): string {
  return `${inject('fixturesUrl')}/${name}`;
}

/** Opens a fixture page in a new tab and waits until its editor is mounted (window.__ready). */
export function openFixture(context: BrowserContext, name: string, timeoutMs = 30_000): Promise<Page> {
  return openFixtureAt(context, fixtureUrl(name), timeoutMs);
}

/** Opens a fixture page at any URL (e.g. one routed by serveFixturesOn) and waits until its editor is mounted. */
export async function openFixtureAt(context: BrowserContext, url: string, timeoutMs = 30_000): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await withTimeout(
    page.evaluate(() => (window as unknown as { __ready: Promise<unknown> }).__ready),
    timeoutMs,
    `${url} to mount its editor`,
  );
  return page;
}

/**
 * Serves the fixture pages on `origin` as well, e.g. https://evil.zendesk.com/hostile.html, so the shipped build
 * (which coaches only its built-in hosts) runs on them. Every request to that origin is answered from the local
 * fixture server, path for path: Playwright fulfils it inside the browser, so nothing reaches the network (or the
 * recording proxy) and no certificate is involved. Requests to other origins are left alone.
 */
export async function serveFixturesOn(context: BrowserContext, origin: string): Promise<void> {
  const local = inject('fixturesUrl');
  await context.route(`${origin}/**`, async (route) => {
    const { pathname, search } = new URL(route.request().url());
    await route.fulfill({ response: await route.fetch({ url: `${local}${pathname}${search}` }) });
  });
}
