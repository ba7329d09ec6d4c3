import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { chromiumPath } from './chromium-path.ts';
import { type OutboundRequest, startOutboundRecorder } from './outbound-recorder.ts';
import { TEST_DIST } from './paths.ts';
import { withTimeout } from './with-timeout.ts';
import { evaluateInWorker } from './worker.ts';

export { fixtureUrl, openFixture, openFixtureAt, serveFixturesOn } from './fixtures.ts';
export { type NetworkLog, recordNetwork } from './network.ts';
export { saveScreenshot } from './screenshot.ts';
export { askEveryTab, type TabAnswer } from './tab-status.ts';
export { withTimeout } from './with-timeout.ts';
export { evaluateInWorker, type WorkerGlobals } from './worker.ts';

export interface ExtensionSession extends BrowserSession {
  /** Read from the service worker's URL: an unpacked extension's id depends on its folder, never hard-code it. */
  extensionId: string;
  /** The worker seen at start-up. After stopServiceWorker() use currentServiceWorker() instead. */
  serviceWorker: Worker;
}

export interface LaunchOptions {
  /** The unpacked extension folder; defaults to the test build, which also coaches the fixture server. */
  dist?: string;
  /** Extra Chromium switches, e.g. '--enable-logging=stderr' to see why an extension does not load. */
  args?: string[];
  /** How long to wait for the extension's service worker to start. */
  timeoutMs?: number;
  /**
   * The shipped build opens its welcome page on install, in a new tab that takes the focus (and would close a toolbar
   * popup). Unless a test keeps it, it is closed as soon as it loads.
   */
  keepWelcome?: boolean;
}

const EXTENSION_WORKER = /^chrome-extension:\/\/([a-p]{32})\//;

export interface BrowserSession {
  context: BrowserContext;
  /** Every request that tried to leave the machine (any sender: page, extension or the browser itself). */
  outbound: OutboundRequest[];
  close(): Promise<void>;
}

/**
 * Starts Debian's Chromium (new headless mode) in a fresh profile. All non-loopback traffic goes to a recording
 * proxy that forwards nothing. `extensionDir` loads an unpacked extension.
 */
async function launch(extensionDir: string | undefined, extraArgs: string[]): Promise<BrowserSession> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'tactful-chromium-'));
  const recorder = await startOutboundRecorder();
  const cleanUp = async () => {
    await recorder.close();
    await rm(userDataDir, { recursive: true, force: true });
  };
  try {
    const context = await chromium.launchPersistentContext(userDataDir, {
      headless: true,
      executablePath: chromiumPath(),
      // Playwright adds --disable-extensions by default.
      ignoreDefaultArgs: extensionDir ? ['--disable-extensions'] : [],
      args: [
        ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        // Given as a switch, not Playwright's `proxy` option: Playwright would also proxy loopback, and the
        // fixture server must stay direct.
        `--proxy-server=${recorder.proxyUrl}`,
        ...extraArgs,
      ],
    });
    return {
      context,
      outbound: recorder.requests,
      close: async () => {
        await withTimeout(context.close(), 30_000, 'Chromium to close').catch(() => undefined);
        await cleanUp();
      },
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

/** Chromium without the extension: the baseline for "same result with and without Tactful" tests, and fixtures. */
export function launchBrowser(options: Pick<LaunchOptions, 'args'> = {}): Promise<BrowserSession> {
  return launch(undefined, options.args ?? []);
}

/** Chromium with the extension loaded (the test build unless `dist` says otherwise), once its service worker runs. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const browser = await launch(options.dist ?? TEST_DIST, options.args ?? []);
  if (!options.keepWelcome) {
    browser.context.on('page', (page) => {
      void page.waitForURL(/^chrome-extension:\/\/[a-p]{32}\/welcome\.html/, { timeout: 60_000 }).then(
        () => page.close(),
        () => undefined,
      );
    });
  }
  try {
    const serviceWorker = await waitForServiceWorker(browser.context, options.timeoutMs ?? 30_000);
    const extensionId = EXTENSION_WORKER.exec(serviceWorker.url())?.[1];
    if (!extensionId) throw new Error(`Unexpected service worker URL: ${serviceWorker.url()}`);
    return { ...browser, extensionId, serviceWorker };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** The extension's running service worker, or the next one to start (e.g. woken by a message). */
export async function waitForServiceWorker(context: BrowserContext, timeoutMs = 30_000): Promise<Worker> {
  const running = context.serviceWorkers().find((w) => EXTENSION_WORKER.test(w.url()));
  if (running) return running;
  return context.waitForEvent('serviceworker', {
    predicate: (w) => EXTENSION_WORKER.test(w.url()),
    timeout: timeoutMs,
  });
}

/** Same as waitForServiceWorker; reads better after stopServiceWorker(). */
export const currentServiceWorker = waitForServiceWorker;

interface WorkerVersion {
  scriptURL: string;
  runningStatus: 'stopped' | 'starting' | 'running' | 'stopping';
}

/**
 * Stops every service worker in the profile through CDP (ServiceWorker.stopAllWorkers), as Chrome does to an idle
 * extension worker, and waits until CDP reports the extension's worker stopped. Playwright notices late, so its old
 * Worker object lingers in context.serviceWorkers(): never call into it (it hangs); use wakeServiceWorker().
 */
export async function stopServiceWorker(context: BrowserContext, timeoutMs = 15_000): Promise<void> {
  // A CDP session needs a page; a blank one of our own keeps the tests' pages untouched.
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const statuses = new Map<string, WorkerVersion['runningStatus']>();
    let onUpdate = () => {};
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: WorkerVersion[] }) => {
      for (const v of versions) if (EXTENSION_WORKER.test(v.scriptURL)) statuses.set(v.scriptURL, v.runningStatus);
      onUpdate();
    });
    const allStopped = new Promise<void>((resolve) => {
      onUpdate = () => {
        if ([...statuses.values()].every((status) => status === 'stopped')) resolve();
      };
    });
    await withTimeout(cdp.send('ServiceWorker.enable'), timeoutMs, 'ServiceWorker.enable');
    await withTimeout(cdp.send('ServiceWorker.stopAllWorkers'), timeoutMs, 'ServiceWorker.stopAllWorkers');
    onUpdate();
    await withTimeout(allStopped, timeoutMs, 'the extension service worker to stop');
    await cdp.detach().catch(() => undefined);
  } finally {
    await page.close();
  }
}

/**
 * Starts the extension's service worker again after stopServiceWorker(), the way Chrome does when an event arrives:
 * an extension page posts a message to it. Returns a Worker that answers (Playwright may reuse the old object for
 * the restarted worker, or report a new one).
 */
export async function wakeServiceWorker(
  session: ExtensionSession,
  page = 'popup.html',
  timeoutMs = 15_000,
): Promise<Worker> {
  const tab = await session.context.newPage();
  try {
    await tab.goto(`chrome-extension://${session.extensionId}/${page}`);
    await withTimeout(
      tab.evaluate(async () => (await navigator.serviceWorker.ready).active?.postMessage({ type: 'wake' })),
      timeoutMs,
      'the service worker registration',
    );
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      for (const worker of session.context.serviceWorkers().filter((w) => EXTENSION_WORKER.test(w.url()))) {
        const alive = await evaluateInWorker(worker, () => true, undefined, 1_000).catch(() => false);
        if (alive) return worker;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`The service worker did not start again within ${timeoutMs} ms`);
  } finally {
    await tab.close();
  }
}
