import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExtension } from './build-extension.ts';
import { encodingProblem, listFiles } from './dist-files.ts';
import { FIREFOX_DIST } from './paths.ts';

interface FirefoxManifest {
  manifest_version: number;
  browser_specific_settings?: { gecko?: { id?: string } };
  content_scripts?: { matches?: string[] }[];
  host_permissions?: string[];
  permissions?: string[];
  optional_permissions?: string[];
}

// No Firefox on the test machine: check the build output instead. Firefox needs a gecko id for storage.managed
// (enterprise rulebooks) and for signing.
describe('the Firefox build', () => {
  let manifest: FirefoxManifest;
  beforeAll(() => {
    if (process.env.TACTFUL_SKIP_BUILD !== '1' || !existsSync(`${FIREFOX_DIST}/manifest.json`)) {
      buildExtension({ browser: 'firefox' });
    }
    manifest = JSON.parse(readFileSync(`${FIREFOX_DIST}/manifest.json`, 'utf8'));
  });

  it('has browser_specific_settings.gecko.id', () => {
    expect(manifest.browser_specific_settings?.gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
  });

  it('coaches Gmail and Zendesk, and never localhost', () => {
    const matches = (manifest.content_scripts ?? []).flatMap((s) => s.matches ?? []);
    expect(matches).toEqual(expect.arrayContaining(['https://mail.google.com/*', 'https://*.zendesk.com/*']));
    // MV2 lists host permissions under `permissions`.
    const patterns = [...matches, ...(manifest.host_permissions ?? []), ...(manifest.permissions ?? [])];
    expect(patterns.filter((p) => /127\.0\.0\.1|localhost/.test(p))).toEqual([]);
  });

  it('lets the agent opt in to other sites (MV2 keeps optional hosts in optional_permissions)', () => {
    expect(manifest.optional_permissions).toEqual(expect.arrayContaining(['https://*/*', 'http://*/*']));
  });

  it('has only valid UTF-8 text files', () => {
    expect(
      listFiles(FIREFOX_DIST)
        .map((f) => encodingProblem(FIREFOX_DIST, f))
        .filter(Boolean),
    ).toEqual([]);
  });
});
