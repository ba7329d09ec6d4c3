import type { Page } from 'playwright-core';
import type { ExtensionSession } from './harness.ts';

/**
 * The browser's own extension settings (chrome://extensions, "Site access → On specific sites → Add"), driven from a
 * test. The permission prompt that a switch or the "Add site" button opens is browser UI that a headless test cannot
 * click; granting the same site here first stands in for the agent's "Allow": the extension's
 * permissions.request() then resolves yes at once, through the same code path.
 */
export interface SiteSettings {
  grant(pattern: string): Promise<void>;
  close(): Promise<void>;
}

/** Open it before the toolbar popup: bringing another page forward later would close the popup. */
export async function openSiteSettings(session: ExtensionSession): Promise<SiteSettings> {
  const page: Page = await session.context.newPage();
  await page.goto(`chrome://extensions/?id=${session.extensionId}`);
  return {
    grant: async (pattern) => {
      await page.evaluate(
        async ([id, host]) => {
          const { chrome } = globalThis as unknown as {
            chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } };
          };
          await chrome.developerPrivate.addHostPermission(id, host);
        },
        [session.extensionId, pattern] as const,
      );
    },
    close: () => page.close(),
  };
}
