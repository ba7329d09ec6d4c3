import { generic } from './generic.ts';
import { gmail } from './gmail.ts';
import { type SiteId, siteIdsFor } from './reply-boxes.ts';
import type { Site } from './site.ts';
import { zendesk } from './zendesk.ts';

export type { Site } from './site.ts';

const SITES: Readonly<Record<SiteId, Site>> = { gmail, zendesk, generic };

/** The sites whose knowledge applies on this host, most specific first (which ones: `siteIdsFor`). */
export function sitesFor(hostname: string): Site[] {
  return siteIdsFor(hostname).map((id) => SITES[id]);
}
