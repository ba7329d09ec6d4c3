import { execFileSync } from 'node:child_process';
import { ROOT } from './paths.ts';

/**
 * Builds the Chrome MV3 extension with WXT. `testHosts` makes the test build (see wxt.config.ts): it also coaches
 * 127.0.0.1/localhost and lands in .output/test/chrome-mv3. Builds run one after another: they share .wxt/.
 */
export function buildExtension({ testHosts }: { testHosts: boolean }): void {
  execFileSync('npx', ['wxt', 'build', '-b', 'chrome'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, TACTFUL_TEST_HOSTS: testHosts ? '1' : '0' },
  });
}
