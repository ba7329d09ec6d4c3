import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ImportEdge, importsOf, type SourceFile } from './import-rules.ts';

const root = join(import.meta.dirname, '..', '..', '..');

function sourceFiles(folders: string[]): Map<string, SourceFile> {
  const files = new Map<string, SourceFile>();
  for (const folder of folders)
    for (const name of readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })) {
      if (!/\.(ts|tsx)$/.test(name) || name.endsWith('.d.ts')) continue;
      const path = relative(root, join(root, folder, name))
        .split(sep)
        .join('/');
      files.set(path, { path, text: readFileSync(join(root, path), 'utf8') });
    }
  return files;
}

/** Every package a file reaches through value imports (type-only imports are erased and weigh nothing). */
function packagesReached(start: string, files: Map<string, SourceFile>): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const seen = new Set<string>();
  const walk = (path: string, chain: string[]) => {
    if (seen.has(path)) return;
    seen.add(path);
    const file = files.get(path);
    if (!file) return;
    for (const edge of importsOf(file).filter((e: ImportEdge) => !e.typeOnly)) {
      if (files.has(edge.to)) walk(edge.to, [...chain, edge.to]);
      else if (!reached.has(edge.to)) reached.set(edge.to, chain);
    }
  };
  walk(start, [start]);
  return reached;
}

// The coach runs in every page with a reply box and matches precompiled rules only: compromise (word families, used
// when a rulebook is compiled) must not ride along. It once did, through the kind modules' compile steps (565 kB).
describe('what the content scripts bundle', () => {
  const files = sourceFiles([
    'rules',
    'editors',
    'entrypoints',
    'messaging',
    'components',
    'background',
    'storage',
    'i18n',
  ]);

  it('the coach reaches no compromise, recheck or dexie', { timeout: 60_000 }, () => {
    const reached = packagesReached('entrypoints/coach.content/index.ts', files);
    for (const heavy of ['compromise', 'recheck', 'dexie']) expect(reached.get(heavy), heavy).toBeUndefined();
  });

  it('the test sees compromise where it is imported: compiling a rulebook reaches it', () => {
    const reached = packagesReached('rules/compile.ts', files);
    expect(reached.get('compromise')).toEqual(['rules/compile.ts', 'rules/families.ts']);
  });
});
