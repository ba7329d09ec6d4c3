/**
 * In-page benchmarks with the built test extension in Debian's Chromium (RELIABILITY E3–E5):
 *  - keystroke-to-paint latency in a 10,000-character reply (CKEditor 5 / Zendesk fixture, Gmail fixture), with vs
 *    without the extension, typing at an agent's pace: checks run in the pause after each word, not between letters;
 *  - content-script bytes (raw and gzip) a page loads even when it has no reply box;
 *  - JS heap after 1,000 edits, with vs without the extension.
 * Run through `npm run bench` (bench/run.ts calls run()); BENCH_KEYS sets the keystrokes per sample run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { buildExtension } from '../tests/browser/build-extension.ts';
import { buildFixtures } from '../tests/browser/build-fixtures.ts';
import { launchBrowser, launchWithExtension } from '../tests/browser/harness.ts';
import { FIXTURES_DIR, ROOT, TEST_DIST } from '../tests/browser/paths.ts';
import { startStaticServer } from '../tests/browser/static-server.ts';
import { ms, percentile, table } from './stats.ts';

export interface KeystrokeRow {
  editor: string;
  p50With: number;
  p95With: number;
  p50Without: number;
  p95Without: number;
  /** p50 with / p50 without; the target is ≤ 1.10. */
  ratio: number;
}

export interface BenchResult {
  keystroke: KeystrokeRow[];
  bundle: { file: string; raw: number; gzip: number };
  heap: { withExt: number; without: number; edits: number };
}

const KEYS = Number(process.env.BENCH_KEYS ?? 120);
// A long, mostly kind reply: two blame phrases in 10,000 characters, as in a real thread.
const SENTENCE = 'Thanks for your patience while we look into this and check every order on your account. ';
const BLAME = 'Your problem is that the cache is full. ';

/** The same launch the browser tests use, so "with" and "without" differ only by the extension. */
function launch(withExtension: boolean): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  return withExtension ? launchWithExtension() : launchBrowser();
}

async function openPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(() => window.__ready);
  return page;
}

/** Fill the reply with ~10,000 characters through the editor's own API, then put the caret at the end. */
async function prefill(page: Page, fixture: 'zendesk' | 'gmail'): Promise<void> {
  const paragraphs = Array.from({ length: 110 }, (_, i) => (i === 5 || i === 60 ? BLAME + SENTENCE : SENTENCE));
  if (fixture === 'zendesk') {
    await page.evaluate((ps) => {
      const editor = (window as unknown as { __editor: { setData(html: string): void } }).__editor;
      editor.setData(ps.map((p) => `<p>${p}</p>`).join(''));
    }, paragraphs);
    await page.locator('[data-entity-is-selected="true"] .ck-editor__editable').click();
  } else {
    await page.evaluate((ps) => {
      const box = document.querySelector('#\\:r1') as HTMLElement;
      const first = box.firstElementChild as HTMLElement;
      first.innerHTML = ps.map((p) => `<div>${p}</div>`).join('');
    }, paragraphs);
    await page.locator('#\\:r1').click({ position: { x: 4, y: 4 } });
  }
  await page.keyboard.press('Control+End');
  await page.waitForTimeout(1_000);
}

/** Per keystroke: from the keydown's timestamp to the first task after the next frame (≈ the paint). */
async function typeAndMeasure(page: Page, keys: number): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[] };
    w.__lat = [];
    addEventListener(
      'keydown',
      (e) => {
        const t0 = e.timeStamp;
        requestAnimationFrame(() => setTimeout(() => w.__lat.push(performance.now() - t0), 0));
      },
      { capture: true },
    );
  });
  const text = 'we will sort this out today for you ';
  for (let i = 0; i < keys; i++) {
    const key = text[i % text.length] as string;
    await page.keyboard.press(key === ' ' ? 'Space' : key);
    // An agent's pace: ~5 keys a second inside a word, which is faster than the extension's debounce plus idle
    // wait, and a short pause after each word, long enough for a check and a redraw before the next key.
    await page.waitForTimeout(key === ' ' ? 500 : 200);
  }
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
}

async function heapAfterEdits(context: BrowserContext, url: string, edits: number): Promise<number> {
  const page = await openPage(context, url);
  const cdp = await context.newCDPSession(page);
  await page.locator('#reply').click({ position: { x: 4, y: 4 } });
  for (let i = 0; i < edits; i++) {
    // Typing with a blame phrase now and then, deleting, and pausing so checks run: 1,000 edits in all.
    if (i % 50 === 49) await page.waitForTimeout(250);
    if (i % 10 === 9) await page.keyboard.press('Backspace');
    else await page.keyboard.insertText(i % 100 === 0 ? 'your problem is ' : 'a');
  }
  await page.waitForTimeout(500);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await page.close();
  return usedSize;
}

export async function keystrokeBench(): Promise<BenchResult> {
  if (!existsSync(join(TEST_DIST, 'manifest.json'))) buildExtension({ testHosts: true });
  await buildFixtures();
  const server = await startStaticServer({ '/vendor/tinymce/': `${ROOT}node_modules/tinymce`, '/': FIXTURES_DIR });
  try {
    const keystroke: KeystrokeRow[] = [];
    const heap = { withExt: 0, without: 0, edits: 1_000 };
    for (const withExt of [true, false]) {
      const browser = await launch(withExt);
      try {
        for (const fixture of ['zendesk', 'gmail'] as const) {
          const page = await openPage(browser.context, `${server.url}/${fixture}.html`);
          await prefill(page, fixture);
          const samples = await typeAndMeasure(page, KEYS);
          await page.close();
          const name = fixture === 'zendesk' ? 'CKEditor 5 (Zendesk fixture), 10k chars' : 'Gmail fixture, 10k chars';
          let row = keystroke.find((r) => r.editor === name);
          if (!row) {
            row = { editor: name, p50With: 0, p95With: 0, p50Without: 0, p95Without: 0, ratio: 0 };
            keystroke.push(row);
          }
          if (withExt) {
            row.p50With = percentile(samples, 50);
            row.p95With = percentile(samples, 95);
          } else {
            row.p50Without = percentile(samples, 50);
            row.p95Without = percentile(samples, 95);
            row.ratio = row.p50With / row.p50Without;
          }
        }
        const used = await heapAfterEdits(browser.context, `${server.url}/contenteditable.html`, heap.edits);
        if (withExt) heap.withExt = used;
        else heap.without = used;
      } finally {
        await browser.close();
      }
    }
    const file = join(TEST_DIST, 'content-scripts', 'coach.js');
    const code = readFileSync(file);
    return {
      keystroke,
      bundle: { file: 'content-scripts/coach.js', raw: code.length, gzip: gzipSync(code).length },
      heap,
    };
  } finally {
    await server.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/** Markdown tables for `npm run bench`. */
export async function run(): Promise<string> {
  const r = await keystrokeBench();
  const latency = table(
    [
      'reply box',
      'p50 with (ms)',
      'p95 with (ms)',
      'p50 without (ms)',
      'p95 without (ms)',
      'ratio p50 (target ≤ 1.10)',
    ],
    r.keystroke.map((k) => [
      k.editor,
      ms(k.p50With),
      ms(k.p95With),
      ms(k.p50Without),
      ms(k.p95Without),
      k.ratio.toFixed(2),
    ]),
  );
  const bundle = table(
    ['file', 'raw', 'gzip (target ≤ 40 kB)'],
    [[r.bundle.file, kb(r.bundle.raw), kb(r.bundle.gzip)]],
  );
  const heap = table(
    ['page', 'JS heap with extension', 'without', 'difference'],
    [
      [
        `contenteditable, after ${r.heap.edits} edits`,
        mb(r.heap.withExt),
        mb(r.heap.without),
        mb(r.heap.withExt - r.heap.without),
      ],
    ],
  );
  return [
    `## E3 keystroke-to-paint, ${KEYS} keys at ~5 keys/s with a pause after each word\n\n${latency}`,
    `## E4 content script loaded on every matching page (also without a reply box)\n\n${bundle}`,
    `## E5 heap after edits (page + content script, after GC)\n\n${heap}`,
  ].join('\n\n');
}

// `npx tsx bench/keystroke.ts` runs this benchmark alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  run().then((out) => process.stdout.write(`${out}\n`));
}
