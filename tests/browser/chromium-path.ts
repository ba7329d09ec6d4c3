import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * The Debian Chromium binary. Playwright's own browser download cannot work here (no internet), so tests always
 * drive the installed one. CHROMIUM_PATH overrides the lookup.
 */
export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (found && existsSync(found)) return found;
    } catch {
      // `which` exits non-zero when the name is unknown: try the next one.
    }
  }
  throw new Error('No Chromium found. Install it with: apt-get install -y chromium (or set CHROMIUM_PATH).');
}
