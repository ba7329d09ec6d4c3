import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SHIPPED_FOLDERS, sourceFiles } from './source-files.ts';

/**
 * Comments and test titles cite reliability tests by ID ("RELIABILITY E7", "(A8)"). A newcomer must find each one
 * written up in docs/design/, so an ID cited in code but defined nowhere fails here.
 */

/** Shipped code, and the tests, benchmarks and scripts whose comments cite IDs too. */
const CODE_FOLDERS = [...SHIPPED_FOLDERS, 'tests', 'bench', 'scripts'];

/** An ID as cited: a capital and one or two digits, not a CSS class (`.M9`) and not a quoted tag name (`'H1'`). */
const CITED_ID = /(?<![.'"\w])([A-Z]\d{1,2})(?![\w'"])/g;
/** An ID as defined in a design note: its bold heading at the start of a list item. */
const DEFINED_ID = /^- \*\*([A-Z]\d{1,2})\*\*/gm;

function citedIds(text: string): Set<string> {
  return new Set([...text.matchAll(CITED_ID)].map((m) => m[1] as string));
}

function definedIds(markdown: string): Set<string> {
  return new Set([...markdown.matchAll(DEFINED_ID)].map((m) => m[1] as string));
}

const codeFiles = () => CODE_FOLDERS.flatMap((folder) => sourceFiles(folder, /\.(ts|tsx|mjs)$/));

describe('test IDs cited in code (docs/design/)', () => {
  it('are each written up in a design note of this repository', () => {
    const notes = readdirSync(join(ROOT, 'docs', 'design')).filter((n) => n.endsWith('.md'));
    const defined = new Set(
      notes.flatMap((n) => [...definedIds(readFileSync(join(ROOT, 'docs', 'design', n), 'utf8'))]),
    );
    const others = codeFiles().filter(({ path }) => !path.endsWith('test-ids.test.ts'));
    const missing = others.flatMap(({ path, text }) =>
      [...citedIds(text)].filter((id) => !defined.has(id)).map((id) => `${path}: ${id}`),
    );
    expect(defined.size).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });

  // The test of the test (this file cites made-up IDs, so the check above leaves it out): a cited ID is seen; class names and quoted tag names are not IDs.
  it('finds an ID in a comment and a title, and skips class names and quoted tags', () => {
    const ids = citedIds(
      "// RELIABILITY Z9 and (Q4)\nit('keeps edits (K6)');\nconst css = '.M9 {}'; const tag = 'H1';",
    );
    expect([...ids].sort()).toEqual(['K6', 'Q4', 'Z9']);
    expect([...definedIds('- **A1** Typing\n  - **A2** nested is not a heading\n- **B3** More')]).toEqual(['A1', 'B3']);
  });
});
