import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionSession,
  evaluateInWorker,
  launchWithExtension,
  stopServiceWorker,
  wakeServiceWorker,
} from './harness.ts';

// Reliability tests (C1, D1) stop the service worker mid-flight; show that the harness really stops and restarts it.
describe('stopping and waking the service worker', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchWithExtension();
  });
  afterAll(() => session?.close());

  it('stops the worker: its globals are gone and a fresh one starts on the next event', async () => {
    const before = session.serviceWorker;
    await evaluateInWorker(
      before,
      () => {
        (globalThis as unknown as { tactfulProbe: string }).tactfulProbe = 'still here';
      },
      undefined,
    );
    await stopServiceWorker(session.context);
    // The old handle either fails (its worker is gone) or, if an event already woke a fresh worker behind the same
    // handle, answers from that fresh worker. Either way the probe must not survive; only a worker that never
    // stopped would still answer 'still here'.
    const afterStop = await evaluateInWorker(
      before,
      () => (globalThis as unknown as { tactfulProbe?: string }).tactfulProbe ?? 'gone',
      undefined,
      2_000,
    ).catch(() => 'gone');
    expect(afterStop).toBe('gone');
    const after = await wakeServiceWorker(session);
    expect(after.url()).toBe(before.url());
    const probe = await evaluateInWorker(
      after,
      () => (globalThis as unknown as { tactfulProbe?: string }).tactfulProbe,
      undefined,
    );
    expect(probe).toBeUndefined();
  });
});
