import { BUILT_IN_MATCH_LIST, isBuiltInHost } from '../../editors/sites/built-in.ts';
import { SITES_TEXT } from './sites-text.ts';

/** A site the agent can switch Tactful on for: the host name shown, and the match pattern the browser grants. */
export interface SiteAddress {
  /** e.g. "help.example.com", or "*.freshdesk.com" for every subdomain. */
  host: string;
  /** e.g. "https://help.example.com/*": what the optional host permission asks for. */
  pattern: string;
}

const ADDRESS_TEXT = SITES_TEXT.address;

const HOST_LABELS = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * What the agent typed ("help.example.com", "https://help.example.com/agent/tickets/12", "*.freshdesk.com") as the
 * site to ask for, or a message saying what is wrong with it. The path is dropped: access is per site.
 */
export function parseSiteAddress(raw: string): SiteAddress | { problem: string } {
  const typed = raw.trim();
  if (!typed) return { problem: ADDRESS_TEXT.empty };
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(typed) && !/^[^:/]+:\d+/.test(typed);
  if (hasScheme && !/^https?:\/\//i.test(typed)) return { problem: ADDRESS_TEXT.scheme };
  const withScheme = hasScheme ? typed : `https://${typed}`;
  const scheme = withScheme.slice(0, withScheme.indexOf(':')).toLowerCase();
  // URL would turn "*." into "%2A.": read the wildcard off first.
  const afterScheme = withScheme.slice(scheme.length + 3);
  const wildcard = afterScheme.startsWith('*.');
  let url: URL;
  try {
    url = new URL(`${scheme}://${wildcard ? afterScheme.slice(2) : afterScheme}`);
  } catch {
    return { problem: ADDRESS_TEXT.invalid(typed) };
  }
  const host = `${wildcard ? '*.' : ''}${url.hostname.toLowerCase()}`;
  if (url.username || url.password || !HOST_LABELS.test(host) || (!host.includes('.') && host !== 'localhost')) {
    return { problem: ADDRESS_TEXT.invalid(typed) };
  }
  if (!wildcard && isBuiltInHost(host)) return { problem: ADDRESS_TEXT.builtIn(host) };
  return { host, pattern: `${scheme}://${host}/*` };
}

/** The pattern that covers the site of one page the agent is on (the popup's tab). */
export function sitePatternOf(url: URL): string {
  return `${url.protocol}//${url.hostname}/*`;
}

/** The sites the agent added (granted origins), as hosts, leaving out the built-in ones and "every site" grants. */
export function addedSites(grantedOrigins: readonly string[]): string[] {
  const hosts = grantedOrigins
    // "https://*/*" is the whole optional grant (never asked for by Tactful, but a browser may show it granted).
    .filter((o) => !BUILT_IN_MATCH_LIST.includes(o) && /^https?:\/\/[^/]+\/\*$/.test(o) && !/^https?:\/\/\*\//.test(o))
    .map((o) => /^https?:\/\/([^/]+)\//.exec(o)?.[1] ?? '')
    .filter((host) => host && !isBuiltInHost(host.replace(/^\*\./, '')));
  return [...new Set(hosts)].sort();
}

/** Every pattern granted for `host` (its https and http forms), for removing the site. */
export function patternsOfHost(host: string, grantedOrigins: readonly string[]): string[] {
  return grantedOrigins.filter((o) => o === `https://${host}/*` || o === `http://${host}/*`);
}
