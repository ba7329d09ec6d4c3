import { describe, expect, it } from 'vitest';
import { type ImportEdge, importsOf, type SourceFile } from './import-rules.ts';
import { sourceFiles } from './source-files.ts';

/** The files of `folders` by path, for following imports from one to the next. */
function filesByPath(folders: string[]): Map<string, SourceFile> {
  return new Map(folders.flatMap((folder) => sourceFiles(folder)).map((file) => [file.path, file]));
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
  const files = filesByPath([
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
