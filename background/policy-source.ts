import { NO_POLICY, type Policy } from '../storage/policy.ts';

/** Where the last policy read is kept across browser restarts (the real one: storage.local). */
export interface PolicyCache {
  load(): Promise<Policy | undefined>;
  save(policy: Policy): Promise<void>;
}

export interface PolicySourceOptions {
  /** Reads the browser's managed policy (background/read-policy.ts). */
  read: () => Promise<Policy>;
  cache: PolicyCache;
  /** How long an answer waits for the browser before it goes with the last known policy. */
  waitMs?: number;
  /** A read that came too late differed from the policy already answered with: apply it now. */
  onLate: (policy: Policy) => void;
}

/**
 * Chromium's policy service can take seconds to start with a fresh browser, and `storage.managed.get` waits for it:
 * 2-8 s is common and some builds never answer (docs/design/RELIABILITY.md, C7). Every request the worker answers reads
 * the policy, so a page's first ask for the rulebook used to wait with it, past its own 10 s limit, and that page
 * never coached. Reads here share one pending call, wait `waitMs` at most, and then answer with the last policy the
 * browser gave (kept across restarts), or none if it never gave one; the late read is applied through `onLate`.
 */
export function createPolicySource({ read, cache, waitMs = 1_000, onLate }: PolicySourceOptions) {
  let pending: Promise<Policy> | null = null;
  let known: Policy | undefined;
  /** The pending read already watched for a late answer: requests waiting on the same read report it once. */
  let watched: Promise<Policy> | null = null;

  const readFresh = (): Promise<Policy> => {
    pending ??= read()
      .then(async (policy) => {
        const changed = known === undefined || !samePolicy(known, policy);
        known = policy;
        if (changed) await cache.save(policy).catch(() => undefined);
        return policy;
      })
      .finally(() => {
        pending = null;
      });
    return pending;
  };

  const lastKnown = async (): Promise<Policy> => {
    known ??= await cache.load().catch(() => undefined);
    return known ?? NO_POLICY;
  };

  return {
    /** The current policy, or the last known one once the browser has kept us waiting `waitMs`. */
    async current(): Promise<Policy> {
      const fresh = readFresh();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<'late'>((resolve) => {
        timer = setTimeout(() => resolve('late'), waitMs);
      });
      // A read that fails is treated as one that never came: the last known policy still holds.
      const first = await Promise.race([fresh.catch(() => 'late' as const), late]).finally(() => clearTimeout(timer));
      if (first !== 'late') return first;
      const answered = await lastKnown();
      if (watched === fresh) return answered;
      watched = fresh;
      void fresh.then(
        (policy) => {
          if (!samePolicy(policy, answered)) onLate(policy);
        },
        () => undefined,
      );
      return answered;
    },
  };
}

/** Policies are built in the schema's key order (readPolicy), so their JSON compares them. */
function samePolicy(a: Policy, b: Policy): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
