import { browser } from 'wxt/browser';
import { NO_POLICY, type Policy, policySchema } from '../storage/policy.ts';
import type { PolicyCache } from './policy-source.ts';

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

const CACHE_KEY = 'tactful.lastManagedPolicy';

/** The last policy the browser gave, in storage.local: an answer at the next start, before the browser has one. */
export const storedPolicyCache: PolicyCache = {
  async load() {
    const stored = (await browser.storage.local.get(CACHE_KEY))[CACHE_KEY];
    const parsed = policySchema.safeParse(stored);
    return parsed.success ? parsed.data : undefined;
  },
  async save(policy) {
    await browser.storage.local.set({ [CACHE_KEY]: policy });
  },
};
