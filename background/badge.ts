/**
 * The toolbar badge: how many suggestions the coach shows in a tab. A content script only says "my count changed"
 * (editors/badge-report.ts); the worker then asks every frame of that tab (messaging/tab-status.ts) and writes the
 * sum. Nothing is kept here: a worker that slept and woke counts again from the frames, and a frame that went away
 * simply no longer answers.
 */
export interface BadgeAction {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
  setBadgeTextColor?(details: { color: string }): Promise<void>;
}

/** White on this green measures 6.1:1. */
export const BADGE_COLOR = '#0b6e5f';

export function badgeText(count: number): string {
  if (!(count > 0)) return '';
  return count > 99 ? '99+' : String(count);
}

/**
 * `recount(tabId)` updates the tab's badge from `countTab`. Reports that arrive while a count is running are folded
 * into one more count after it, so a burst of edits costs two counts, not one per edit.
 */
export function createBadge(action: BadgeAction, countTab: (tabId: number) => Promise<number | null>) {
  const running = new Map<number, { again: boolean }>();

  async function recount(tabId: number): Promise<void> {
    const run = running.get(tabId);
    if (run) {
      run.again = true;
      return;
    }
    const state = { again: false };
    running.set(tabId, state);
    try {
      do {
        state.again = false;
        const count = await countTab(tabId).catch(() => null);
        // The tab may have closed meanwhile: nothing to show then.
        await action.setBadgeText({ tabId, text: badgeText(count ?? 0) }).catch(() => undefined);
      } while (state.again);
    } finally {
      running.delete(tabId);
    }
  }

  async function style(): Promise<void> {
    await action.setBadgeBackgroundColor({ color: BADGE_COLOR });
    await action.setBadgeTextColor?.({ color: '#ffffff' });
  }

  return { recount, style };
}
