import { execFileSync } from 'node:child_process';
import { ROOT, TEST_OUTPUT, TEST_SHIPPED_OUTPUT } from './paths.ts';

export interface BuildOptions {
  /** The test build (see wxt.config.ts): also coaches 127.0.0.1/localhost and lands in .output/test/. */
  testHosts?: boolean;
  browser?: 'chrome' | 'firefox';
  /** `wxt zip` instead of `wxt build`: the build plus the store archives, next to it in `outDir`. */
  zip?: boolean;
  /**
   * Where the build goes (WXT's outDir). Tests never build into .output/ itself: that is `npm run build`'s folder,
   * the one people load. Defaults to .output/test/ for the test build and .output/test/shipped/ for the shipped one.
   */
  outDir?: string;
}

/** Builds the extension with WXT. Builds run one after another: they share .wxt/. */
export function buildExtension({
  testHosts = false,
  browser = 'chrome',
  zip = false,
  outDir,
}: BuildOptions = {}): void {
  execFileSync('npx', ['wxt', zip ? 'zip' : 'build', '-b', browser], {
    cwd: ROOT,
    // The build's log goes to stderr: `npm run bench` prints its tables on stdout.
    stdio: ['ignore', 2, 'inherit'],
    env: {
      ...process.env,
      // Vitest sets NODE_ENV=test, which would build React's development bundle (twice the size of the popup's):
      // tests and benchmarks load the same production code people install.
      NODE_ENV: 'production',
      TACTFUL_TEST_HOSTS: testHosts ? '1' : '0',
      TACTFUL_OUT_DIR: outDir ?? (testHosts ? TEST_OUTPUT : TEST_SHIPPED_OUTPUT),
    },
  });
}
