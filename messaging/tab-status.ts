import { browser } from 'wxt/browser';
import { askTab } from './client.ts';
import { type FrameRole, frameRole } from './coach-handover.ts';
import type { TabResponses } from './protocol.ts';

export type TabStatus = TabResponses['getTabStatus'];

/**
 * What runs in each frame of the tab the extension may script. Running a function in each frame is the one way to
 * list them with the permissions Tactful already has (scripting, plus the host access its content script runs
 * under); listing them through webNavigation would ask the user for "read your browsing history". Falls back to
 * asking the top frame.
 */
async function frameRoles(tabId: number): Promise<{ frameId: number; role: FrameRole }[]> {
  try {
    const results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: frameRole });
    const seen = new Map<number, FrameRole>();
    for (const r of results) seen.set(r.frameId, (r.result as FrameRole | undefined) ?? 'none');
    return seen.size > 0 ? [...seen].map(([frameId, role]) => ({ frameId, role })) : [{ frameId: 0, role: 'coach' }];
  } catch {
    return [{ frameId: 0, role: 'coach' }];
  }
}

/** A frame where only the watcher runs: coaching is on there, with no reply box yet and so no finding. */
const WATCHING_ONLY: TabStatus = { active: true, findings: 0, editors: 0 };

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
  const frames = await frameRoles(tabId);
  const answers = await Promise.all(
    frames.map(({ frameId, role }) =>
      role === 'watcher'
        ? WATCHING_ONLY
        : role === 'coach'
          ? askTab(tabId, { type: 'getTabStatus' }, { frameId, timeoutMs: 1_500 }).catch(() => null)
          : null,
    ),
  );
  return combineStatuses(answers);
}
