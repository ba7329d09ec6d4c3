import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { DEMO_OUTPUT_DIR } from './paths.ts';

/**
 * Saves a PNG of a page (or of one element) to demo-output/<name>.png and returns its path. `name` may hold folders
 * ("fixtures/gmail"). For the demo and for
 * looking at what a test saw; tests never compare pixels.
 */
export async function saveScreenshot(
  target: Page | Locator,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<string> {
  const safe = name
    .split('/')
    .map((part) => part.replace(/[^\w.-]+/g, '-').replace(/^\.+/, ''))
    .filter(Boolean)
    .join('/');
  const path = `${DEMO_OUTPUT_DIR}/${safe}.png`;
  await mkdir(dirname(path), { recursive: true });
  if ('goto' in target) await target.screenshot({ path, fullPage: options.fullPage ?? false });
  else await target.screenshot({ path });
  return path;
}
