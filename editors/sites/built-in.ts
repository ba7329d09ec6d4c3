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

/** The host part of a match pattern: `https://*.zendesk.com/*` → `*.zendesk.com`. */
export function hostOfMatch(match: string): string {
  const start = match.indexOf('://') + 3;
  const end = match.indexOf('/', start);
  return match.slice(start, end === -1 ? undefined : end);
}

/**
 * Whether a match pattern covers a hostname: `https://*.zendesk.com/*` covers zendesk.com and its subdomains.
 * String operations, not a RegExp: the watcher runs this on every page load of a coached site, and a RegExp is
 * compiled afresh in every frame's script world (bench/load-cost.ts measured it as a fifth of the watcher's time).
 */
export function matchCoversHost(match: string, hostname: string): boolean {
  const host = hostOfMatch(match);
  const name = hostname.toLowerCase();
  if (!host.startsWith('*.')) return name === host;
  const base = host.slice(2);
  return name === base || name.endsWith(`.${base}`);
}

/** The built-in sites' hosts as people read them (`mail.google.com`, `*.zendesk.com`), for the pages that list them. */
export function builtInHosts(): string[] {
  return BUILT_IN_MATCH_LIST.map(hostOfMatch);
}

export function isBuiltInHost(hostname: string): boolean {
  return BUILT_IN_MATCH_LIST.some((match) => matchCoversHost(match, hostname));
}
