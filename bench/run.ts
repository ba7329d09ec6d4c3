/**
 * npm run bench: prints the benchmark tables. Figures are medians and 95th percentiles on this
 * machine; compare ratios between runs, not absolute numbers between machines.
 */

import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { buildExtension } from '../tests/browser/build-extension.ts';
import { engineRows, languageRows, shapeRows } from './engine.ts';

const machine = `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
process.stdout.write(`# Tactful benchmarks\n\nMachine: ${machine}\nDate: ${new Date().toISOString().slice(0, 10)}\n\n`);

const engine = engineRows(Number(process.env.BENCH_SAMPLES ?? 200));
process.stdout.write(`## E1 engine latency, starter rulebook\n\n${engine.lengths}\n\n`);
process.stdout.write(`## E1 engine latency by rulebook size (2,000-character reply)\n\n${engine.rules}\n\n`);
process.stdout.write(`## E2 incremental re-check\n\n${engine.keystroke}\n\n`);
process.stdout.write(`## E6 reply shapes that once froze the page (starter rulebook)\n\n${shapeRows()}\n\n`);
process.stdout.write(`## E8 reading the reply's language\n\n${languageRows()}\n\n`);

// The in-page benchmarks (keystroke-to-paint, bundle size, heap; what pages and the worker pay before anyone
// writes) need the built extension and Chromium. BENCH_BEFORE_DIST (a built test extension of earlier code) puts
// its E7 figures beside this tree's. The test extension is built afresh first: a build left from earlier code would
// measure that code.
if (process.env.BENCH_SKIP_BROWSER !== '1') buildExtension({ testHosts: true });
for (const file of ['keystroke.ts', 'load-cost.ts']) {
  const browserBench = join(import.meta.dirname, file);
  if (process.env.BENCH_SKIP_BROWSER === '1' || !existsSync(browserBench)) continue;
  const mod = (await import(browserBench)) as { run?: () => Promise<string> };
  if (typeof mod.run === 'function') process.stdout.write(`${await mod.run()}\n\n`);
}
