import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { runCoach } from '../../../cli/run-coach.ts';

/** The project's root, where `npm run coach` runs. */
export const ROOT = join(import.meta.dirname, '..', '..', '..');

/**
 * The CLI's function in-process, with its output collected: a tsx child process costs seconds per case, and the
 * executable itself has one smoke test of its own.
 */
export async function runInProcess(args: string[], input = '') {
  let stdout = '';
  let stderr = '';
  const status = await runCoach(args, {
    stdin: Readable.from([input]),
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { status, stdout, stderr };
}

/** A scratch folder for a test file's inputs; `write` puts a file there (JSON for anything but a string). */
export function scratchFolder(prefix: string): (name: string, value: unknown) => string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return (name, value) => {
    const path = join(dir, name);
    writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
    return path;
  };
}
