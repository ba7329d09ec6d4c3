import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SourceFile } from './import-rules.ts';

/** The repository's root, from this folder. */
export const ROOT = join(import.meta.dirname, '..', '..', '..');

/** Shipped code; tests, benchmarks and scripts may import anything (ARCHITECTURE.md). */
export const SHIPPED_FOLDERS = [
  'rules',
  'storage',
  'background',
  'messaging',
  'editors',
  'components',
  'entrypoints',
  'practice',
  'cli',
  'i18n',
];

/** Every source file under `folder` whose name matches `names` (declaration files left out), read whole. */
export function sourceFiles(folder: string, names: RegExp = /\.(ts|tsx)$/): SourceFile[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => names.test(name) && !name.endsWith('.d.ts'))
    .map((name) => {
      const path = relative(ROOT, join(ROOT, folder, name))
        .split(sep)
        .join('/');
      return { path, text: readFileSync(join(ROOT, path), 'utf8') };
    });
}
