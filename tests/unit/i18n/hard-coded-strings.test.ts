import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findHardCodedStrings } from './ui-strings.ts';

const root = join(import.meta.dirname, '..', '..', '..');
/** Where UI lives (ARCHITECTURE.md, "UI language"); rules/ and practice/ are the engine's and stay English. */
const UI_FOLDERS = ['components', 'entrypoints', 'editors'];

/**
 * Literals that look like UI words but are not, each with why. Keep this short: a new entry needs a reason a
 * reviewer would accept.
 */
const ALLOWED: readonly { file: string; text: string; why: string }[] = [
  { file: 'components/options/TryReply.tsx', text: 'Hi Sam,', why: 'a sample draft for the English rules to flag' },
  { file: 'components/options/TryReply.tsx', text: 'My order arrived broken', why: 'a sample customer message' },
  { file: 'components/welcome/welcome-text.ts', text: 'Hi Dana,', why: 'a sample draft for the English rules to flag' },
  { file: 'components/options/Subscription.tsx', text: 'https://example.com/', why: 'an example address' },
  { file: 'editors/adapters/strategies.ts', text: 'The text moved;', why: 'internal: becomes the "stale" failure' },
];

function uiSources(): { file: string; text: string }[] {
  return UI_FOLDERS.flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts'))
      .map((name) => {
        const file = relative(root, join(root, folder, name))
          .split(sep)
          .join('/');
        return { file, text: readFileSync(join(root, file), 'utf8') };
      }),
  );
}

describe('UI strings live in public/_locales, not in code (issue 12, I3)', () => {
  // Parses every UI file with TypeScript's parser: seconds on a busy two-core machine.
  it('no user-facing literal in components/, entrypoints/ or editors/', { timeout: 60_000 }, () => {
    const sources = uiSources();
    expect(sources.length).toBeGreaterThan(50);
    const found = sources
      .flatMap(({ file, text }) => findHardCodedStrings(file, text))
      .filter((hit) => !ALLOWED.some((a) => a.file === hit.file && hit.text.startsWith(a.text)));
    expect(found.map((hit) => `${hit.file}:${hit.line} (${hit.why}) ${hit.text}`)).toEqual([]);
  });

  it('every allowlist entry still matches something, so the list cannot rot', () => {
    const hits = uiSources().flatMap(({ file, text }) => findHardCodedStrings(file, text));
    for (const allowed of ALLOWED)
      expect(
        hits.some((hit) => hit.file === allowed.file && hit.text.startsWith(allowed.text)),
        allowed.text,
      ).toBe(true);
  });

  // The test of the test: each way a string reaches the user, written by hand once, is reported.
  it.each([
    ['JSX text', 'x.tsx', 'export const A = () => <button type="button">Save rule</button>;', 'Save rule'],
    ['aria-label attribute', 'x.tsx', 'export const A = () => <nav aria-label="Sections" />;', 'Sections'],
    ['title attribute', 'x.tsx', "export const A = (label?: string) => <span title={label ?? 'Hidden'} />;", 'Hidden'],
    ['placeholder attribute', 'x.tsx', 'export const A = () => <input placeholder="Search" />;', 'Search'],
    ['JSX child', 'x.tsx', "export const A = (n: number) => <p>{n === 0 ? 'Nothing yet.' : n}</p>;", 'Nothing yet.'],
    [
      'textContent assignment',
      'x.ts',
      "export const f = (el: HTMLElement) => { el.textContent = 'Dismiss'; };",
      'Dismiss',
    ],
    [
      'textContent assignment',
      'x.ts',
      "export const f = (el: HTMLElement, n: number) => { el.textContent = n + ' words'; };",
      'words',
    ],
    [
      'aria-label attribute',
      'x.ts',
      "export const f = (el: HTMLElement) => el.setAttribute('aria-label', 'Rewrites');",
      'Rewrites',
    ],
    [
      'prose literal',
      'x.ts',
      "export const NOTICE = 'This reply is very long, so only part is checked.';",
      'This reply is very long, so only part is checked.',
    ],
  ])('reports a hand-written string: %s', (why, file, source, text) => {
    expect(findHardCodedStrings(file, source)).toEqual([expect.objectContaining({ why, text })]);
  });

  it.each([
    [
      'a message through t()',
      'x.tsx',
      'export const A = () => <button type="button">{t(\'options_saveRule\')}</button>;',
    ],
    ['code and keys', 'x.tsx', 'export const A = () => <p><code>locked: true</code></p>;'],
    [
      'ids, classes and data',
      'x.tsx',
      'export const A = () => <div className="rule off" data-testid="rule-count" id="try-reply" />;',
    ],
    ['symbols', 'x.tsx', "export const A = (ok: boolean) => <span>{ok ? '✓' : '✗'} · </span>;"],
    [
      'console and comparisons',
      'x.ts',
      "if (mode === 'Keyboard mode') console.warn('Tactful practice: a pack is invalid');",
    ],
    ['CSS', 'x.ts', 'export const CSS = `.card { color: black; font: 13px system-ui; }`;'],
  ])('leaves alone what is not UI words: %s', (_what, file, source) => {
    expect(findHardCodedStrings(file, source)).toEqual([]);
  });
});
