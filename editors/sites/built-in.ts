/**
 * The sites coached out of the box, written once. The manifest's host permissions (wxt.config.ts), the content
 * script's matches, the popup's "no permission needed here" and each site's own host test all read this list;
 * every other site is opt-in from the popup.
 */
export const BUILT_IN_MATCHES = {
  gmail: 'https://mail.google.com/*',
  zendesk: 'https://*.zendesk.com/*',
} as const;

export const BUILT_IN_MATCH_LIST: string[] = Object.values(BUILT_IN_MATCHES);

/** The hostnames a match pattern covers, as a test: `https://*.zendesk.com/*` → zendesk.com and its subdomains. */
export function hostsOfMatch(match: string): RegExp {
  const host = /^[a-z*]+:\/\/([^/]+)\//.exec(match)?.[1] ?? '';
  const wildcard = host.startsWith('*.');
  const name = (wildcard ? host.slice(2) : host).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(wildcard ? `(^|\\.)${name}$` : `^${name}$`);
}

const BUILT_IN_HOSTS = BUILT_IN_MATCH_LIST.map(hostsOfMatch);

export function isBuiltInHost(hostname: string): boolean {
  return BUILT_IN_HOSTS.some((re) => re.test(hostname));
}
