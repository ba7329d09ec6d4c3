import type { Worker } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';
import { withTimeout } from './with-timeout.ts';

/**
 * The extension API as seen inside evaluateInWorker() callbacks, which run in the worker and cannot import:
 * `const { chrome } = globalThis as unknown as WorkerGlobals;`
 */
export interface WorkerGlobals {
  chrome: WxtBrowser;
}

/**
 * Runs `fn` inside the extension's service worker (where `chrome.*` is available) with a timeout, because a call
 * into a stopped worker never returns.
 */
export async function evaluateInWorker<R, A>(
  worker: Worker,
  fn: (arg: A) => R | Promise<R>,
  arg: A,
  timeoutMs = 10_000,
): Promise<R> {
  // Playwright's typing wants a PageFunction; a plain function with one argument is one.
  return withTimeout(worker.evaluate(fn as never, arg) as Promise<R>, timeoutMs, 'code in the service worker');
}
