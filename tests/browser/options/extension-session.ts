import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type ExtensionSession, launchWithExtension } from '../harness.ts';
import { privateTestDist } from './private-dist.ts';

/**
 * The launch boilerplate the options-page browser files share: a private copy of the test build for the file (so a
 * rebuild elsewhere cannot pull options.html from under the browser), and either one browser for the whole file or a
 * fresh profile per test. Call at the top level of a test file; it registers its own beforeAll/afterAll.
 */
export function extensionForFile(): () => ExtensionSession {
  let copy: Awaited<ReturnType<typeof privateTestDist>> | undefined;
  let session: ExtensionSession | undefined;
  beforeAll(async () => {
    copy = await privateTestDist();
    session = await launchWithExtension({ dist: copy.dist });
  });
  afterAll(async () => {
    await session?.close();
    await copy?.remove();
  });
  return () => {
    if (!session) throw new Error('The extension session starts in beforeAll');
    return session;
  };
}

/** A private copy of the test build for the file, and a fresh browser profile for each `asLead` body. */
export function freshProfilePerTest(): { asLead: (body: (s: ExtensionSession) => Promise<void>) => Promise<void> } {
  let copy: Awaited<ReturnType<typeof privateTestDist>> | undefined;
  beforeAll(async () => {
    copy = await privateTestDist();
  });
  afterAll(async () => {
    await copy?.remove();
  });
  return {
    asLead: async (body) => {
      if (!copy) throw new Error('The private build is copied in beforeAll');
      const s = await launchWithExtension({ dist: copy.dist });
      try {
        await body(s);
      } finally {
        await s.close();
      }
    },
  };
}

/** The options page in a new tab, once its rule list has loaded (slowly, on a loaded two-core machine). */
export async function openOptions(s: ExtensionSession): Promise<Page> {
  const page = await s.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${s.extensionId}/options.html`);
  await page.getByRole('heading', { name: 'Rules' }).waitFor({ timeout: 60_000 });
  return page;
}
