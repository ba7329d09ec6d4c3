import { browser } from 'wxt/browser';
import { sitePatternOf } from '../../components/sites/site-address.ts';
import { isBuiltInHost } from '../../editors/sites/built-in.ts';
import { WATCHER_FILE } from '../../messaging/coach-handover.ts';

/** Only web pages can be coached (not chrome://, the Web Store, or extension pages). */
export function coachableUrl(raw: string | undefined): URL | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/** Ask for access to this site (built-in sites need no yes from the agent). Must run inside the click that asked for it (browsers require a user gesture). */
export async function requestSiteAccess(url: URL): Promise<boolean> {
  if (isBuiltInHost(url.hostname)) return true;
  return browser.permissions.request({ origins: [sitePatternOf(url)] });
}

export async function hasSiteAccess(url: URL): Promise<boolean> {
  if (isBuiltInHost(url.hostname)) return true;
  return browser.permissions.contains({ origins: [sitePatternOf(url)] });
}

/**
 * Start the watcher in the tab the agent just switched on, so the reply box there is coached now, not after a reload.
 * A frame that already has the coach keeps just the one (coach-handover.ts); the worker registers the watcher for the site's next pages (background/opt-in-sites.ts).
 */
export async function startCoachInTab(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [WATCHER_FILE] });
}
