import { browser } from 'wxt/browser';
import { isBuiltInHost } from '../../editors/sites/built-in.ts';

/** The match pattern that covers one site, e.g. "https://help.example.com/*". */
function originPattern(url: URL): string {
  return `${url.protocol}//${url.hostname}/*`;
}

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
  return browser.permissions.request({ origins: [originPattern(url)] });
}

export async function hasSiteAccess(url: URL): Promise<boolean> {
  if (isBuiltInHost(url.hostname)) return true;
  return browser.permissions.contains({ origins: [originPattern(url)] });
}
