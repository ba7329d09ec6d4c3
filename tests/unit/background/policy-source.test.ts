import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createPolicySource, type PolicyCache } from '../../../background/policy-source.ts';
import { storedPolicyCache } from '../../../background/read-policy.ts';
import { NO_POLICY, type Policy } from '../../../storage/policy.ts';

/** A browser read the test answers when it likes (Chromium's policy service starting), or never. */
function pendingRead() {
  const calls: ((policy: Policy) => void)[] = [];
  const read = vi.fn(() => new Promise<Policy>((resolve) => calls.push(resolve)));
  const answer = (policy: Policy) => {
    for (const resolve of calls.splice(0)) resolve(policy);
  };
  return { read, answer };
}

function memoryCache(initial?: Policy): PolicyCache & { saved: Policy[] } {
  let stored = initial;
  const saved: Policy[] = [];
  return {
    saved,
    load: async () => stored,
    save: async (policy) => {
      stored = policy;
      saved.push(policy);
    },
  };
}

const LOCKED: Policy = { locked: true };
const FLEET: Policy = { rulebookUrl: 'https://rules.example.com/book.json', locked: true };

describe('the policy the worker answers with', () => {
  it('is the browser’s when the browser answers in time, and is kept for the next start', async () => {
    const cache = memoryCache();
    const onLate = vi.fn();
    const source = createPolicySource({ read: async () => LOCKED, cache, waitMs: 50, onLate });
    expect(await source.current()).toEqual(LOCKED);
    expect(await source.current()).toEqual(LOCKED);
    // Saved once: an unchanged policy is not written again.
    expect(cache.saved).toEqual([LOCKED]);
    expect(onLate).not.toHaveBeenCalled();
  });

  it('is the last known one while the browser keeps the read waiting, and the late answer is applied', async () => {
    const { read, answer } = pendingRead();
    const onLate = vi.fn();
    const source = createPolicySource({ read, cache: memoryCache(LOCKED), waitMs: 20, onLate });
    // Two requests at once share the one pending read.
    expect(await Promise.all([source.current(), source.current()])).toEqual([LOCKED, LOCKED]);
    expect(read).toHaveBeenCalledTimes(1);
    answer(FLEET);
    await vi.waitFor(() => expect(onLate).toHaveBeenCalledWith(FLEET));
    expect(onLate).toHaveBeenCalledTimes(1);
  });

  it('is no policy when the browser never gave one, and a late empty answer changes nothing', async () => {
    const { read, answer } = pendingRead();
    const onLate = vi.fn();
    const source = createPolicySource({ read, cache: memoryCache(), waitMs: 20, onLate });
    expect(await source.current()).toEqual(NO_POLICY);
    answer({});
    // Once the browser answered, the next request gets its answer straight away.
    expect(await source.current()).toEqual(NO_POLICY);
    expect(onLate).not.toHaveBeenCalled();
  });

  it('keeps the last known policy when a read fails or the cache cannot be read', async () => {
    const source = createPolicySource({
      read: async () => {
        throw new Error('managed storage is unavailable');
      },
      cache: { load: async () => FLEET, save: async () => undefined },
      waitMs: 1_000,
      onLate: vi.fn(),
    });
    expect(await source.current()).toEqual(FLEET);
    const broken = createPolicySource({
      read: () => new Promise<Policy>(() => undefined),
      cache: {
        load: async () => {
          throw new Error('storage is closed');
        },
        save: async () => undefined,
      },
      waitMs: 10,
      onLate: vi.fn(),
    });
    expect(await broken.current()).toEqual(NO_POLICY);
  });
});

describe('the stored copy of the policy (storage.local)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads back what was saved, and nothing from an empty or foreign value', async () => {
    expect(await storedPolicyCache.load()).toBeUndefined();
    await storedPolicyCache.save(FLEET);
    expect(await storedPolicyCache.load()).toEqual(FLEET);
    await fakeBrowser.storage.local.set({ 'tactful.lastManagedPolicy': { rulebookUrl: 'javascript:alert(1)' } });
    expect(await storedPolicyCache.load()).toBeUndefined();
  });
});
