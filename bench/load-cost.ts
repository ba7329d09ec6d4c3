/**
 * What Tactful costs before anyone writes a reply (RELIABILITY E4, E7), with the built test extension in Debian's
 * Chromium:
 *  - the bundles each part loads (content scripts, worker, options, practice), raw and gzip;
 *  - script time on a page of a coached site without a reply box, with and without the extension;
 *  - the service worker's cold start: from a stopped worker to the first answer (`getCoachState`);
 *  - the first rule check after the worker wakes (`checkRule` on a rule with a regex: the regex-safety path).
 * Run through `npm run bench`; `npx tsx bench/load-cost.ts` runs it alone. BENCH_LOADS sets the samples.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { buildExtension } from '../tests/browser/build-extension.ts';
import {
  type ExtensionSession,
  launchBrowser,
  launchWithExtension,
  stopServiceWorker,
} from '../tests/browser/harness.ts';
import { FIXTURES_DIR, TEST_DIST } from '../tests/browser/paths.ts';
import { startStaticServer } from '../tests/browser/static-server.ts';
import { ms, percentile, table } from './stats.ts';

const LOADS = Number(process.env.BENCH_LOADS ?? 15);

export interface BundleRow {
  part: string;
  files: string[];
  raw: number;
  gzip: number;
}

export interface LoadCost {
  bundles: BundleRow[];
  /** Median script time (ms) on a page without a reply box. */
  noReplyBox: { withExt: number; without: number };
  /** Median ms from a stopped worker to the answer of its first request. */
  coldStart: number;
  /** Median ms from a stopped worker to the answer of a rule check with a regex. */
  firstCheck: number;
}

const sizeOf = (dist: string, files: string[]) => {
  const code = Buffer.concat(files.map((f) => readFileSync(join(dist, f))));
  return { raw: code.length, gzip: gzipSync(code).length };
};

/** The JS an extension page loads: its scripts and every chunk they import, followed through the built files. */
function pageScripts(dist: string, html: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(join(dist, file))) return;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const [, rel] of code.matchAll(/from\s*["']\.\.?\/?((?:chunks\/)?[\w.-]+\.js)["']/g))
      visit(rel?.startsWith('chunks/') ? rel : `chunks/${rel}`);
    for (const [, rel] of code.matchAll(/import\s*["']\.\.?\/?((?:chunks\/)?[\w.-]+\.js)["']/g))
      visit(rel?.startsWith('chunks/') ? rel : `chunks/${rel}`);
  };
  const page = readFileSync(join(dist, html), 'utf8');
  for (const [, src] of page.matchAll(/(?:src|href)="\/?([\w/.-]+\.js)"/g)) if (src) visit(src);
  return [...seen];
}

function bundleRows(dist: string): BundleRow[] {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[] }[];
    background?: { service_worker?: string };
  };
  const declared = new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []));
  // The watcher is an unlisted script at the root that the manifest lists; the coach is WXT's content script.
  const contentScripts = [
    ...declared,
    ...readdirSync(join(dist, 'content-scripts'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => `content-scripts/${f}`),
  ].filter((f, i, all) => all.indexOf(f) === i);
  const rows: BundleRow[] = contentScripts.map((file) => ({
    part: declared.has(file)
      ? 'content script on every matching page'
      : `content script started where a reply box appears (${file})`,
    files: [file],
    ...sizeOf(dist, [file]),
  }));
  const worker = manifest.background?.service_worker ?? 'background.js';
  rows.push({ part: 'service worker', files: [worker], ...sizeOf(dist, [worker]) });
  for (const page of ['options', 'practice', 'popup']) {
    const files = pageScripts(dist, `${page}.html`);
    rows.push({ part: `${page} page`, files, ...sizeOf(dist, files) });
  }
  return rows;
}

/** Script time (CDP ScriptDuration: page scripts plus content scripts) of one fresh load, once the page settles. */
async function scriptTimeOfLoad(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  // document_idle content scripts run after load; two frames later they have run (the watcher does not defer).
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForTimeout(300);
  const { metrics } = await cdp.send('Performance.getMetrics');
  await page.close();
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
}

/** From an extension page: stop the worker, then time one request until its answer. */
async function timeAfterStop(session: ExtensionSession, page: Page, request: object): Promise<number> {
  await stopServiceWorker(session.context);
  return page.evaluate(async (req) => {
    const t0 = performance.now();
    const answer = (await chrome.runtime.sendMessage(req)) as { ok?: boolean; error?: string };
    if (!answer?.ok) throw new Error(`the worker refused ${JSON.stringify(req)}: ${answer?.error}`);
    return performance.now() - t0;
  }, request);
}

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const regexRule = (i: number) => ({
  id: `bench/regex-${i}`,
  kind: 'avoid',
  category: 'blame',
  severity: 'warning',
  message: 'Say what you will do instead.',
  patterns: [],
  // A fresh pattern each time, so nothing is cached.
  regex: [`\\bnot our (fault|problem) ${i}\\b`],
  replacements: ['Let me sort this out'],
  examples: { bad: [`This is not our fault ${i}.`], good: ['Let me sort this out.'] },
});

/**
 * The figures for each built test extension in `dists` (TACTFUL_TEST_HOSTS=1 builds; this tree's by default). The
 * extensions (and a browser without one) take turns sample by sample, so a busy spell of a shared machine lands on
 * all of them rather than skewing one.
 */
export async function loadCosts(dists: string[] = [TEST_DIST]): Promise<LoadCost[]> {
  if (dists.includes(TEST_DIST) && !existsSync(join(TEST_DIST, 'manifest.json'))) buildExtension({ testHosts: true });
  const server = await startStaticServer({ '/': FIXTURES_DIR });
  const url = `${server.url}/no-reply-box.html`;
  const sessions: ExtensionSession[] = [];
  const without = await launchBrowser();
  try {
    for (const dist of dists) sessions.push(await launchWithExtension({ dist }));
    const script = sessions.map(() => [] as number[]);
    const bare: number[] = [];
    // One warm-up load each: the first load also compiles the content script, which Chrome then caches.
    for (const s of sessions) await scriptTimeOfLoad(s.context, url);
    await scriptTimeOfLoad(without.context, url);
    for (let i = 0; i < LOADS; i++) {
      for (const [k, s] of sessions.entries()) script[k]?.push(await scriptTimeOfLoad(s.context, url));
      bare.push(await scriptTimeOfLoad(without.context, url));
    }
    const pages: Page[] = [];
    for (const s of sessions) {
      const page = await s.context.newPage();
      await page.goto(`chrome-extension://${s.extensionId}/popup.html`);
      await page.waitForLoadState('load');
      pages.push(page);
    }
    const cold = sessions.map(() => [] as number[]);
    const check = sessions.map(() => [] as number[]);
    for (let i = 0; i < Math.max(5, Math.round(LOADS / 2)); i++) {
      for (const [k, s] of sessions.entries()) {
        const page = pages[k] as Page;
        cold[k]?.push(await timeAfterStop(s, page, { type: 'getCoachState', host: 'example.com' }));
        check[k]?.push(await timeAfterStop(s, page, { type: 'checkRule', rule: regexRule(i) }));
      }
    }
    return dists.map((dist, k) => ({
      bundles: bundleRows(dist),
      noReplyBox: { withExt: percentile(script[k] ?? [], 50), without: percentile(bare, 50) },
      coldStart: percentile(cold[k] ?? [], 50),
      firstCheck: percentile(check[k] ?? [], 50),
    }));
  } finally {
    for (const s of sessions) await s.close();
    await without.close();
    await server.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

const sizes = (rows: BundleRow[], part: string) => {
  const row = rows.find((b) => b.part === part);
  return row ? `${kb(row.raw)} / ${kb(row.gzip)}` : '–';
};

/**
 * Markdown tables for `npm run bench`. With BENCH_BEFORE_DIST set to another built test extension (e.g. main's,
 * built with TACTFUL_TEST_HOSTS=1), the same figures are measured on it in the same run and shown beside.
 */
export async function run(): Promise<string> {
  const beforeDist = process.env.BENCH_BEFORE_DIST;
  const [r, before] = (await loadCosts(beforeDist ? [TEST_DIST, beforeDist] : [TEST_DIST])) as [
    LoadCost,
    LoadCost | undefined,
  ];
  const was = (pick: (c: LoadCost) => number) => (before ? ms(pick(before)) : '–');
  const parts = [...new Set([...r.bundles, ...(before?.bundles ?? [])].map((b) => b.part))];
  const bundles = table(
    ['bundle', 'now: raw / gzip', 'before: raw / gzip'],
    parts.map((part) => [part, sizes(r.bundles, part), before ? sizes(before.bundles, part) : '–']),
  );
  const costs = table(
    ['cost', 'now (ms)', 'before (ms)'],
    [
      [
        `script time at load, page without a reply box (median of ${LOADS})`,
        ms(r.noReplyBox.withExt),
        was((c) => c.noReplyBox.withExt),
      ],
      ['  the same page without the extension', ms(r.noReplyBox.without), was((c) => c.noReplyBox.without)],
      [
        '  what the extension adds (target ≤ 2 ms)',
        ms(r.noReplyBox.withExt - r.noReplyBox.without),
        was((c) => c.noReplyBox.withExt - c.noReplyBox.without),
      ],
      ['worker cold start to first answer (getCoachState), median', ms(r.coldStart), was((c) => c.coldStart)],
      ['first rule check with a regex after the worker wakes, median', ms(r.firstCheck), was((c) => c.firstCheck)],
    ],
  );
  return `## E7 what a page and the worker pay before anyone writes\n\n${costs}\n\n### Bundles (content scripts: target ≤ 5 kB gzip on every matching page)\n\n${bundles}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  run().then((out) => process.stdout.write(`${out}\n`));
}
