import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_EDITORS, type FixtureEditor, replyBox } from '../fixture-editors.ts';
import { type BrowserSession, launchBrowser, launchWithExtension, openFixture } from '../harness.ts';
import { editSequences, perform, settle } from './edit-ops.ts';

/**
 * RELIABILITY A1: the same random edit sequences (typing, deleting, paste, undo, IME composition, select-and-replace)
 * in every editor, in a browser with the extension and in one without; the editor's own text must be the same
 * character for character. Seeded: a failure names its sequence and replays exactly.
 */
// CI runs the first 8 of the same seeded sequences (fc.sample gives the same prefix for any count): the clean-clone
// run reached 29.8 of its 30 minutes, and this file is its slowest (about 2 s a sequence in each of nine editors).
// Locally all 12; TACTFUL_FUZZ_RUNS=200 for a long soak.
const RUNS = Number(process.env.TACTFUL_FUZZ_RUNS ?? (process.env.CI ? 8 : 12));
const SEED = Number(process.env.TACTFUL_FUZZ_SEED ?? 20261123);

interface Side {
  session: BrowserSession;
  page: Page;
  cdp: CDPSession;
}

async function open(session: BrowserSession, fixture: FixtureEditor): Promise<Side> {
  const page = await openFixture(session.context, fixture.page);
  const cdp = await session.context.newCDPSession(page);
  return { session, page, cdp };
}

async function runSequence(side: Side, fixture: FixtureEditor, ops: Parameters<typeof perform>[2][]): Promise<string> {
  await side.page.reload();
  await side.page.evaluate(() => window.__ready);
  await replyBox(side.page, fixture).click({ position: { x: 4, y: 4 } });
  await side.page.keyboard.press('Control+Home');
  for (const op of ops) {
    await perform(side.page, side.cdp, op);
    // Editors sync their selection from the DOM asynchronously (ProseMirror on selectionchange); without a frame
    // between ops, bidi caret moves race that sync and the same sequence differs even between two plain browsers.
    await settle(side.page);
  }
  await side.page.waitForTimeout(300);
  return side.page.evaluate(() => window.__getText(0));
}

describe('A1 draft fuzz: same edits, same draft, with and without the extension', () => {
  let withExt: BrowserSession;
  let without: BrowserSession;

  beforeAll(async () => {
    [withExt, without] = await Promise.all([launchWithExtension(), launchBrowser()]);
  });
  afterAll(async () => {
    await Promise.all([withExt?.close(), without?.close()]);
  });

  const sequences = editSequences(RUNS, SEED);

  for (const fixture of FIXTURE_EDITORS) {
    it(`${fixture.page}: ${RUNS} random sequences`, { timeout: 60_000 + RUNS * 15_000 }, async () => {
      const [a, b] = await Promise.all([open(withExt, fixture), open(without, fixture)]);
      try {
        for (const [i, ops] of sequences.entries()) {
          const [got, want] = await Promise.all([runSequence(a, fixture, ops), runSequence(b, fixture, ops)]);
          expect(JSON.stringify(got), `sequence #${i} (seed ${SEED}): ${JSON.stringify(ops)}`).toBe(
            JSON.stringify(want),
          );
        }
      } finally {
        await Promise.all([a.page.close(), b.page.close()]);
      }
    });
  }
});
