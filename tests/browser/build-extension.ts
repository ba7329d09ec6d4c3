import { execFileSync } from 'node:child_process';
import { ROOT } from './paths.ts';

export interface BuildOptions {
  /** The test build (see wxt.config.ts): also coaches 127.0.0.1/localhost and lands in .output/test/. */
  testHosts?: boolean;
  browser?: 'chrome' | 'firefox';
}

/** Builds the extension with WXT. Builds run one after another: they share .wxt/. */
export function buildExtension({ testHosts = false, browser = 'chrome' }: BuildOptions = {}): void {
  execFileSync('npx', ['wxt', 'build', '-b', browser], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, TACTFUL_TEST_HOSTS: testHosts ? '1' : '0' },
  });
}
