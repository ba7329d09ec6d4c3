import { mkdir } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { DEMO_OUTPUT_DIR } from './paths.ts';

/**
 * Saves a PNG of a page (or of one element) to demo-output/<name>.png and returns its path. For the demo and for
 * looking at what a test saw; tests never compare pixels.
 */
export async function saveScreenshot(
  target: Page | Locator,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<string> {
  await mkdir(DEMO_OUTPUT_DIR, { recursive: true });
  const path = `${DEMO_OUTPUT_DIR}/${name.replace(/[^\w.-]+/g, '-')}.png`;
  if ('goto' in target) await target.screenshot({ path, fullPage: options.fullPage ?? false });
  else await target.screenshot({ path });
  return path;
}
