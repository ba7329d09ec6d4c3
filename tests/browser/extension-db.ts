import type { Worker } from 'playwright-core';
import { evaluateInWorker } from './worker.ts';

/**
 * Every row of Tactful's IndexedDB except caches (compiled rulebook) and practice attempts, read in the service
 * worker with the plain IndexedDB API: what a test compares before and after something that must change nothing.
 */
export function readSettingsRows(worker: Worker): Promise<Record<string, unknown[]>> {
  return evaluateInWorker(
    worker,
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('tactful');
        // Never create the database from here: that would be a version-1 database Dexie did not build.
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames].filter((n) => n !== 'compiled' && n !== 'attempts');
          const out: Record<string, unknown[]> = {};
          if (names.length === 0) {
            db.close();
            resolve(out);
            return;
          }
          const tx = db.transaction(names, 'readonly');
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => {
              out[name] = request.result;
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    undefined,
  );
}
