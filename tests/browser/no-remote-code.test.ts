import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from './dist-files.ts';
import { waitForFlag } from './editors/page-probe.ts';
import { type ExtensionSession, launchWithExtension, openFixture } from './harness.ts';
import { PROD_DIST } from './paths.ts';

/** RELIABILITY B3: no remote code, the default CSP, and nothing that needs eval. */
describe('no remote code', () => {
  it('keeps the default extension CSP and loads every script, style and font from the package', () => {
    const manifest = JSON.parse(readFileSync(join(PROD_DIST, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.content_security_policy).toBeUndefined();
    const remote: string[] = [];
    for (const file of listFiles(PROD_DIST)) {
      const ext = extname(file);
      if (ext !== '.html' && ext !== '.css') continue;
      const text = readFileSync(join(PROD_DIST, file), 'utf8');
      // <script src>, <link href>, CSS url() and @import pointing off the package.
      const refs = [
        ...text.matchAll(/\b(?:src|href)\s*=\s*["']([^"']+)["']/g),
        ...text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g),
        ...text.matchAll(/@import\s+["']([^"']+)["']/g),
      ].map((m) => m[1] as string);
      for (const ref of refs)
        if (/^(?:[a-z]+:)?\/\//i.test(ref) && !ref.startsWith('data:')) remote.push(`${file}: ${ref}`);
    }
    expect(remote).toEqual([]);
  });

  describe('in Chromium, under the MV3 policy', () => {
    let session: ExtensionSession;
    beforeAll(async () => {
      session = await launchWithExtension();
    });
    afterAll(async () => {
      await session?.close();
    });

    /** Every CSP violation the page reports (a refused eval or remote load), and every console error. */
    async function watch(page: Page): Promise<string[]> {
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text());
      });
      await page.exposeFunction('__reportViolation', (text: string) => problems.push(text));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const report = (window as unknown as { __reportViolation(text: string): void }).__reportViolation;
          report(`CSP ${e.violatedDirective} refused ${e.blockedURI || 'inline code'}`);
        });
      });
      return problems;
    }

    /** A page has asked the worker and rendered the answer: its heading is up and no "Loading…" line is left. */
    async function loaded(page: Page): Promise<void> {
      await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 15_000 });
      await expect.poll(() => page.getByText(/^(Loading|Checking) .*…$/).count(), { timeout: 15_000 }).toBe(0);
    }

    for (const name of ['options.html', 'practice.html', 'popup.html']) {
      it(`${name} runs without a CSP violation or console error`, async () => {
        const page = await session.context.newPage();
        const problems = await watch(page);
        await page.goto(`chrome-extension://${session.extensionId}/${name}`);
        await loaded(page);
        expect(await page.locator('body').innerText()).not.toBe('');
        expect(problems).toEqual([]);
        await page.close();
      });
    }

    it('the content script coaches a page without a CSP violation there', async () => {
      const fixture = await openFixture(session.context, 'textarea.html');
      const problems = await watch(fixture);
      // Load again so the watcher is in place before the content script starts.
      await fixture.reload();
      await fixture.locator('textarea').first().click();
      await fixture.keyboard.type('Hi, your problem is simple.');
      await waitForFlag(fixture, 'your problem is');
      expect(problems).toEqual([]);
      await fixture.close();
    });
  });
});
