import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExtension } from './build-extension.ts';
import { ROOT, TEST_OUTPUT } from './paths.ts';
import { zipEntries } from './zip-entries.ts';

/** `npm run zip`'s two commands, into a folder of the tests' own. */
const STORE = join(TEST_OUTPUT, 'store');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const CHROME_ZIP = join(STORE, `tactful-${VERSION}-chrome.zip`);
const FIREFOX_ZIP = join(STORE, `tactful-${VERSION}-firefox.zip`);
const SOURCES_ZIP = join(STORE, `tactful-${VERSION}-sources.zip`);

interface LinterMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}
interface LinterReport {
  errors: LinterMessage[];
  warnings: LinterMessage[];
}

/**
 * Warnings addons-linter raises on code Tactful bundles but did not write, each recognised by the code at the spot it
 * names (README, "Store packages", says why each is safe). Any other warning is ours and fails the test.
 */
const LIBRARY_WARNINGS: { code: string; library: string; near: RegExp }[] = [
  // React DOM's dangerouslySetInnerHTML, which no Tactful component uses (C3: rule text is shown as text).
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    library: 'react-dom',
    near: /dangerouslySetInnerHTML[\s\S]*__html[\s\S]*innerHTML=/,
  },
  // React DOM's markup normaliser for its hydration warnings: a detached element it creates and reads back.
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    library: 'react-dom',
    near: /ownerDocument\.createElement\(\w+\.tagName\),\w+\.innerHTML=\w+,\w+\.innerHTML/,
  },
  // zod's probe for its JIT, skipped because rules/zod-jitless.ts sets jitless before any schema is built.
  { code: 'DANGEROUS_EVAL', library: 'zod', near: /jitless[\s\S]*Function\(``\)/ },
  // decimal.js-light (inside recharts) finding the global object where `self` is missing: never in a page.
  { code: 'DANGEROUS_EVAL', library: 'decimal.js-light', near: /Decimal[\s\S]*Function\(`return this`\)/ },
];

function codeAt(dir: string, message: LinterMessage): string {
  if (!message.file || !message.line) return '';
  const line = readFileSync(join(dir, message.file), 'utf8').split('\n')[message.line - 1] ?? '';
  const column = message.column ?? 0;
  return line.slice(Math.max(0, column - 400), column + 200);
}

describe('npm run zip: the store packages', () => {
  beforeAll(() => {
    rmSync(STORE, { recursive: true, force: true });
    buildExtension({ zip: true, outDir: STORE });
    buildExtension({ zip: true, browser: 'firefox', outDir: STORE });
  }, 300_000);

  it('makes the Chrome/Edge package, the Firefox package and the sources archive AMO asks for', () => {
    expect(
      readdirSync(STORE)
        .filter((f) => f.endsWith('.zip'))
        .sort(),
    ).toEqual([CHROME_ZIP, FIREFOX_ZIP, SOURCES_ZIP].map((p) => p.slice(STORE.length + 1)).sort());
    for (const zip of [CHROME_ZIP, FIREFOX_ZIP]) {
      const entries = zipEntries(zip);
      expect(entries).toEqual(
        expect.arrayContaining(['manifest.json', 'background.js', 'content-scripts/coach.js', 'icon/128.png']),
      );
      expect(entries.filter((e) => /127\.0\.0\.1|localhost|\.map$/.test(e))).toEqual([]);
    }
    const chromeManifest = JSON.parse(readFileSync(join(STORE, 'chrome-mv3', 'manifest.json'), 'utf8'));
    expect(chromeManifest.manifest_version).toBe(3);
    expect(chromeManifest.icons).toMatchObject({ 16: 'icon/16.png', 128: 'icon/128.png' });
  });

  it('puts what a reviewer needs to rebuild in the sources archive, and no build output or tests', () => {
    const entries = zipEntries(SOURCES_ZIP);
    expect(entries).toEqual(
      expect.arrayContaining(['package.json', 'package-lock.json', 'wxt.config.ts', 'README.md', 'assets/icon.svg']),
    );
    expect(entries.some((e) => e.startsWith('rules/'))).toBe(true);
    expect(entries.filter((e) => /^(\.output|\.wxt|node_modules|tests)\//.test(e))).toEqual([]);
  });

  it('passes addons-linter on the Firefox package: no errors, no warnings of our own, nothing collected', () => {
    let out: string;
    try {
      out = execFileSync('npx', ['addons-linter', '--output', 'json', FIREFOX_ZIP], {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
    } catch (error) {
      // addons-linter exits 1 when it finds errors; the report is still on stdout.
      out = String((error as { stdout?: string }).stdout ?? '');
    }
    const report = JSON.parse(out) as LinterReport;
    expect(report.errors).toEqual([]);
    const dir = join(STORE, 'firefox-mv2');
    const ours = report.warnings.filter(
      (w) => !LIBRARY_WARNINGS.some((known) => known.code === w.code && known.near.test(codeAt(dir, w))),
    );
    expect(ours).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
