import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionSession,
  launchWithExtension,
  stopServiceWorker,
  type WorkerGlobals,
  wakeServiceWorker,
  withTimeout,
} from './harness.ts';
import { privateTestDist } from './options/private-dist.ts';
import { avoid, bigBook, book } from './options/rulebooks.ts';

/**
 * RELIABILITY C1: an import is one transaction. Start importing a big rulebook from the options page, stop the
 * service worker part-way (CDP ServiceWorker.stopAllWorkers) at several moments, and look at what is stored:
 * always the whole old rulebook or the whole new one, with the revision counter matching, and the rulebook the
 * content scripts receive built from that same book.
 */
let s: ExtensionSession;
let removeDist: (() => Promise<void>) | undefined;
let options: Page;

const OLD = book('acme/old', 'Old rules', [
  avoid('team/old-a', 'old phrase one'),
  avoid('team/old-b', 'old phrase two'),
]);
const NEW = bigBook('acme/new', 2000);

interface Stored {
  id: string | undefined;
  count: number;
  rulesVersion: number;
}

/** Read the team rulebook straight from IndexedDB in the extension origin (no extension code involved). */
function readStored(page: Page): Promise<Stored> {
  return page.evaluate(
    () =>
      new Promise<Stored>((resolve, reject) => {
        const open = indexedDB.open('tactful');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['rulebooks', 'settings'], 'readonly');
          const team = tx.objectStore('rulebooks').get('team');
          const version = tx.objectStore('settings').get('rulesVersion');
          tx.oncomplete = () => {
            db.close();
            resolve({
              id: team.result?.book?.id,
              count: team.result?.book?.rules?.length ?? 0,
              rulesVersion: version.result?.value ?? 0,
            });
          };
        };
      }),
  );
}

type Sent = { ok: boolean; value?: unknown; error?: string };
const send = (page: Page, message: unknown, timeoutMs = 60_000) =>
  withTimeout(
    page.evaluate(
      (m) => (globalThis as unknown as WorkerGlobals).chrome.runtime.sendMessage(m) as Promise<Sent>,
      message,
    ),
    timeoutMs,
    'the background to answer',
  );

const importMessage = (text: string) => ({ type: 'importRulebook', layer: 'team', format: 'json', text });

beforeAll(async () => {
  const copy = await privateTestDist();
  removeDist = copy.remove;
  s = await launchWithExtension({ dist: copy.dist });
  options = await s.context.newPage();
  await options.goto(`chrome-extension://${s.extensionId}/options.html`);
});
afterAll(async () => {
  await s?.close();
  await removeDist?.();
});

describe('import survives the service worker being killed (C1)', () => {
  it('stores the old rulebook or the new one, never a mix', { timeout: 400_000 }, async () => {
    const oldText = JSON.stringify(OLD);
    const newText = JSON.stringify(NEW);

    // How long does a full import of the big book take here? Kill points are spread across that time.
    // The first import is cold (compromise loads); time a warm one.
    expect((await send(options, importMessage(newText), 120_000)).ok).toBe(true);
    expect((await send(options, importMessage(oldText))).ok).toBe(true);
    const started = Date.now();
    const full = await send(options, importMessage(newText), 120_000);
    expect(full).toMatchObject({ ok: true, value: { ok: true, ruleCount: NEW.rules.length } });
    const duration = Date.now() - started;
    console.log(`C1: a full import of ${NEW.rules.length} rules takes ${duration} ms in the worker`);

    const cdp = await s.context.newCDPSession(options);
    await cdp.send('ServiceWorker.enable');
    const outcomes: string[] = [];
    // Kill points: fixed delays for a fast worker, and fractions of the measured import for a slow or loaded one.
    const delays = [
      ...new Set([10, 25, 50, 100, 200, 400, ...[0.1, 0.25, 0.45, 1.2].map((f) => Math.round(duration * f))]),
    ].sort((a, b) => a - b);
    for (const delay of delays) {
      // Start from the old rulebook each time.
      expect((await send(options, importMessage(oldText), 120_000)).ok).toBe(true);
      const before = await readStored(options);
      expect(before).toMatchObject({ id: 'acme/old', count: OLD.rules.length });

      // Fire the import without waiting for it, then stop the worker part-way.
      const pending = options
        .evaluate(
          (m) =>
            (globalThis as unknown as WorkerGlobals).chrome.runtime.sendMessage(m).then(
              () => 'answered',
              (e: Error) => `failed: ${e.message}`,
            ),
          importMessage(newText),
        )
        .catch((e: Error) => `page: ${e.message}`);
      await new Promise((r) => setTimeout(r, delay));
      // Stop at once through a CDP session opened beforehand, then wait until Chrome reports it stopped.
      await cdp.send('ServiceWorker.stopAllWorkers');
      await stopServiceWorker(s.context);
      await withTimeout(pending, 30_000, 'the interrupted import to settle');

      const after = await readStored(options);
      const outcome =
        after.id === 'acme/new' ? 'new' : after.id === 'acme/old' ? 'old' : `mix: ${JSON.stringify(after)}`;
      outcomes.push(`${delay} ms: ${outcome}`);
      if (outcome === 'new') {
        expect(after).toEqual({ id: 'acme/new', count: NEW.rules.length, rulesVersion: before.rulesVersion + 1 });
      } else {
        expect(after).toEqual(before);
      }

      // The worker wakes up and serves a compiled rulebook built from exactly what is stored.
      await wakeServiceWorker(s, 'options.html');
      const state = (await send(options, { type: 'getCoachState', host: 'mail.google.com' })) as {
        ok: boolean;
        value: { compiled: { rules: { id: string }[] } };
      };
      const ids = new Set(state.value.compiled.rules.map((r) => r.id));
      expect(ids.has('team/big-0')).toBe(outcome === 'new');
      expect(ids.has('team/old-a')).toBe(outcome === 'old');
    }
    console.log(`C1 outcomes by kill point (ms after the import was sent): ${outcomes.join(', ')}`);
    // Stopping early must have interrupted at least one import (otherwise the test proved nothing).
    expect(outcomes.some((o) => o.endsWith('old'))).toBe(true);
  });
});
