import { browser } from 'wxt/browser';
import { NO_POLICY, type Policy, policySchema } from '../storage/policy.ts';

/**
 * Read the managed policy. No policy (or a browser without managed storage, e.g. Firefox without
 * an enterprise policy, which throws) means none. Invalid entries are dropped one by one, not the whole policy.
 */
export async function readPolicy(): Promise<Policy> {
  let raw: Record<string, unknown>;
  try {
    raw = (await browser.storage.managed.get(null)) ?? {};
  } catch {
    return NO_POLICY;
  }
  const policy: Policy = {};
  for (const key of Object.keys(policySchema.shape) as (keyof Policy)[]) {
    const field = policySchema.shape[key].safeParse(raw[key]);
    if (field.success && field.data !== undefined) Object.assign(policy, { [key]: field.data });
  }
  return policy;
}
