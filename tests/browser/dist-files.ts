import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';

const TEXT_EXTENSIONS = new Set(['.js', '.mjs', '.css', '.html', '.json', '.txt', '.svg', '.map']);

/** Every file under `dir`, as paths relative to it. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/**
 * Why Chrome would refuse a text file of the build, or undefined when it is fine. Chrome rejects a script that is not
 * valid UTF-8 or holds a noncharacter (U+FFFE, U+FFFF, U+FDD0–U+FDEF, …): see the U+FFFF note in TOOLCHAIN.md.
 * The build's `charset: 'ascii'` escapes most non-ASCII, but not inside String.raw templates (escaping would change
 * their value), so scripts may still hold valid UTF-8 such as an en dash.
 */
export function encodingProblem(dir: string, file: string): string | undefined {
  if (!TEXT_EXTENSIONS.has(extname(file))) return undefined;
  const bytes = readFileSync(join(dir, file));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return `${file}: not valid UTF-8`;
  }
  const nonchar =
    /[\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/.exec(
      text,
    );
  if (nonchar)
    return `${file}: noncharacter U+${nonchar[0].codePointAt(0)?.toString(16).toUpperCase()} at ${nonchar.index}`;
  return undefined;
}
