import { generic } from './generic.ts';
import { gmail } from './gmail.ts';
import type { Site } from './site.ts';
import { zendesk } from './zendesk.ts';

export type { Site } from './site.ts';

/** Sites with their own knowledge, most specific first. */
export const KNOWN_SITES: Site[] = [gmail, zendesk];

/**
 * The sites whose selectors apply on this host: on Gmail and Zendesk only their own reply boxes (a search box
 * must never be coached); on any other site the agent switched on, the known sites' DOM first (fixtures and
 * embedded widgets) and then every generic editable.
 */
export function sitesFor(hostname: string): Site[] {
  const own = KNOWN_SITES.filter((s) => s.coversHost(hostname));
  return own.length > 0 ? own : [...KNOWN_SITES, generic];
}
