import { browser } from 'wxt/browser';
import { askTab } from './client.ts';
import type { TabResponses } from './protocol.ts';

export type TabStatus = TabResponses['getTabStatus'];

/**
 * Every frame of the tab the extension may script. Running a no-op in each frame is the one way to list them with
 * the permissions Tactful already has (scripting, plus the host access its content script runs under); listing them
 * through webNavigation would ask the user for "read your browsing history". Falls back to the top frame.
 */
async function frameIdsOf(tabId: number): Promise<number[]> {
  try {
    const results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: () => true });
    const ids = [...new Set(results.map((r) => r.frameId))];
    return ids.length > 0 ? ids : [0];
  } catch {
    return [0];
  }
}

/** One status for the tab: frames without the content script (or too slow to answer) are left out. */
export function combineStatuses(answers: (TabStatus | null)[]): TabStatus | null {
  const got = answers.filter((a): a is TabStatus => a !== null);
  if (got.length === 0) return null;
  return {
    active: got.some((a) => a.active),
    findings: got.reduce((n, a) => n + a.findings, 0),
    editors: got.reduce((n, a) => n + a.editors, 0),
  };
}

/**
 * What the coach sees in a tab, over all its frames: an editor inside an iframe (TinyMCE, some helpdesks) is coached
 * by the content script in that frame, so the top frame alone would undercount.
 */
export async function tabStatus(tabId: number): Promise<TabStatus | null> {
  const frames = await frameIdsOf(tabId);
  const answers = await Promise.all(
    frames.map((frameId) => askTab(tabId, { type: 'getTabStatus' }, { frameId, timeoutMs: 1_500 }).catch(() => null)),
  );
  return combineStatuses(answers);
}
