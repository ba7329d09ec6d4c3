/**
 * npm run demo — the README's first command: build the extension, coach the sample replies shipped
 * in samples/replies.jsonl, and (where Chromium is installed) show the built extension at work on the
 * fixture pages, saving screenshots to demo-output/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatFindings } from '../cli/format.ts';
import { coachLine } from '../cli/jsonl.ts';
import { compileAndPrepare, starterRulebook } from '../rules/index.ts';

const root = join(import.meta.dirname, '..');
const step = (title: string) => process.stdout.write(`\n=== ${title} ===\n`);

step('Building the extension (Chrome/Edge MV3)');
const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
process.stdout.write(
  `Built: ${join(root, '.output', 'chrome-mv3')} (load it from chrome://extensions → Load unpacked)\n`,
);

step('Coaching the sample replies (samples/replies.jsonl)');
const ready = compileAndPrepare(starterRulebook);
if (!ready.ok) throw new Error('the starter rulebook does not compile');
const book = ready.value;
const lines = readFileSync(join(root, 'samples', 'replies.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim());
lines.forEach((line, i) => {
  const input = JSON.parse(line) as { id: string; text: string; customer?: string };
  process.stdout.write(
    `\n--- ${input.id} ---\nCustomer: ${input.customer ?? '(none)'}\nReply:\n${input.text.replace(/^/gm, '  | ')}\n\n`,
  );
  process.stdout.write(formatFindings(input.text, coachLine(line, i + 1, book)));
});

const browserDemo = join(root, 'scripts', 'demo-browser.ts');
const chromium = spawnSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).stdout.trim();
if (existsSync(browserDemo) && chromium) {
  step('Browser demo: the built extension on the fixture pages');
  const demo = spawnSync('npx', ['tsx', browserDemo], { cwd: root, stdio: 'inherit' });
  if (demo.status !== 0) process.exit(demo.status ?? 1);
} else if (!chromium) {
  process.stdout.write(
    '\n(Chromium is not installed: skipping the browser demo. `apt-get install chromium` to see it.)\n',
  );
}
