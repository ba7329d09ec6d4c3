import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_DIST } from '../paths.ts';

/**
 * A private copy of the test build for one long test file: other agents (or a watch build) rebuilding
 * .output/test/ mid-run would otherwise pull options.html out from under the running browser.
 */
export async function privateTestDist(): Promise<{ dist: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'tactful-dist-'));
  const dist = join(dir, 'chrome-mv3');
  await cp(TEST_DIST, dist, { recursive: true });
  return { dist, remove: () => rm(dir, { recursive: true, force: true }) };
}
