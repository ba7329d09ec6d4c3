import { z } from 'zod';

/**
 * The shape of the managed policy and what it means for stored data; reading it from the browser is the worker's
 * job (background/read-policy.ts). Managed policy for fleets (storage.managed, schema in public/managed_schema.json). It wins over
 * local settings: a policy URL replaces the user's subscription, `locked` makes team rules and the
 * team layer read-only, `disabledSites` turns coaching off on those sites whatever the user chose.
 */
export const policySchema = z.object({
  rulebookUrl: z.url({ protocol: /^https?$/ }).optional(),
  locked: z.boolean().optional(),
  disabledSites: z.array(z.string().min(1).max(253)).max(1000).optional(),
});
export type Policy = z.infer<typeof policySchema>;

export const NO_POLICY: Policy = {};

/** True when an administrator set anything at all. */
export const hasPolicy = (policy: Policy) =>
  Boolean(policy.rulebookUrl || policy.locked || policy.disabledSites?.length);

/** Does a policy site entry ("example.com") cover this host ("help.example.com")? */
export function policyDisablesHost(policy: Policy, host: string): boolean {
  const h = host.toLowerCase();
  return (policy.disabledSites ?? []).some((site) => {
    const s = site.toLowerCase().replace(/^\*\./, '');
    return h === s || h.endsWith(`.${s}`);
  });
}

/** Stable key for the compiled cache: only what changes the effective rulebook. */
export const policyRulesKey = (policy: Policy) => `locked=${policy.locked === true}`;
