import { browser } from 'wxt/browser';
import { addedSites, patternsOfHost, type SiteAddress } from './site-address.ts';

/**
 * The sites the agent added, read from the browser's own grants: the permission is the one record of them (the
 * worker registers the coach wherever it is granted, background/opt-in-sites.ts), so removing a site in the
 * browser's settings removes it here too.
 */
export async function listAddedSites(): Promise<string[]> {
  return addedSites((await browser.permissions.getAll()).origins ?? []);
}

/**
 * Ask the browser for the site. Call it first thing in the click or submit handler, before any other await: the
 * browser shows its prompt only inside the user's gesture.
 */
export function requestSite(site: SiteAddress): Promise<boolean> {
  return browser.permissions.request({ origins: [site.pattern] });
}

export async function removeSite(host: string): Promise<void> {
  const origins = patternsOfHost(host, (await browser.permissions.getAll()).origins ?? []);
  if (origins.length > 0) await browser.permissions.remove({ origins });
}
