import type { ExtensionSession } from './harness.ts';
import { evaluateInWorker, type WorkerGlobals } from './worker.ts';

export interface TabAnswer {
  /** Only known when the extension has host permission for the tab. */
  url: string | undefined;
  answered: boolean;
  /** The content script's reply, e.g. {ok: true, value: {active, editors, findings}}, or the error text. */
  value: unknown;
}

/**
 * Asks the content script of every open tab for its status ({type:'getTabStatus'}, agreed with the editors helper),
 * from the service worker. Without host permission a tab's URL is hidden, hence "every tab". With several frames
 * the first frame to answer wins.
 */
export function askEveryTab(session: ExtensionSession): Promise<TabAnswer[]> {
  return evaluateInWorker(
    session.serviceWorker,
    async () => {
      const { chrome } = globalThis as unknown as WorkerGlobals;
      const tabs = await chrome.tabs.query({});
      return Promise.all(
        tabs.map(async (tab) => {
          try {
            const value = await chrome.tabs.sendMessage(tab.id ?? -1, { type: 'getTabStatus' });
            return { url: tab.url, answered: true, value };
          } catch (error) {
            return { url: tab.url, answered: false, value: String(error) };
          }
        }),
      );
    },
    undefined,
  );
}
