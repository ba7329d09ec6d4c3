import { readdirSync } from 'node:fs';
import { build } from 'esbuild';
import { FIXTURES_BUILD_DIR, FIXTURES_DIR } from './paths.ts';

/**
 * Bundles each fixture page's script (tests/fixtures/src/*.ts: one per page, named like the page) with the real
 * editor from node_modules into tests/fixtures/.build/<page>.js (+ <page>.css when the editor ships CSS).
 * esbuild comes with WXT and Vite; it takes about a second for all pages.
 */
export async function buildFixtures(): Promise<void> {
  const src = `${FIXTURES_DIR}/src`;
  const entryPoints = readdirSync(src)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
    .map((name) => `${src}/${name}`);
  await build({
    entryPoints,
    outdir: FIXTURES_BUILD_DIR,
    bundle: true,
    format: 'esm',
    target: 'chrome120',
    platform: 'browser',
    // ASCII output for the same reason as the extension build: no raw U+FFFF in served scripts.
    charset: 'ascii',
    sourcemap: 'linked',
    logLevel: 'warning',
    // Editors read process.env.NODE_ENV to pick their production paths (Lexical, Quill's deps).
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.svg': 'text', '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.png': 'file' },
  });
}
