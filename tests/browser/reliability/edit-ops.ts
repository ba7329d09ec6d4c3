import fc from 'fast-check';
import type { CDPSession, Page } from 'playwright-core';

/** One thing an agent does to a draft. Blame phrases are in the vocabulary so the extension has work to do. */
export type EditOp =
  | { t: 'type'; text: string }
  | { t: 'backspace'; n: number }
  | { t: 'enter' }
  | { t: 'left'; n: number }
  | { t: 'end' }
  | { t: 'selectReplace'; n: number; text: string }
  | { t: 'paste'; text: string }
  | { t: 'undo' }
  | { t: 'ime'; text: string }
  | { t: 'pause' };

// No right-to-left words here: arrow keys over RTL text next to empty paragraphs give different results run to run
// in ProseMirror even without the extension (measured: 2 outcomes in 5 plain runs), which would hide real
// differences. RTL offsets are tested on their own (draft-safety A6).
const WORDS = [
  'your problem is ',
  'Hello Dana, ',
  'you did not read the manual. ',
  'thanks 👋🏽 ',
  'e\u0301te\u0301 ',
  'as I said before, ',
  'We will fix it today. ',
];

const word = fc.constantFrom(...WORDS);
const small = fc.integer({ min: 1, max: 6 });

export const editOp: fc.Arbitrary<EditOp> = fc.oneof(
  { weight: 5, arbitrary: word.map((text) => ({ t: 'type', text }) as const) },
  { weight: 2, arbitrary: small.map((n) => ({ t: 'backspace', n }) as const) },
  { weight: 1, arbitrary: fc.constant({ t: 'enter' } as const) },
  { weight: 1, arbitrary: small.map((n) => ({ t: 'left', n }) as const) },
  { weight: 1, arbitrary: fc.constant({ t: 'end' } as const) },
  { weight: 1, arbitrary: fc.tuple(small, word).map(([n, text]) => ({ t: 'selectReplace', n, text }) as const) },
  { weight: 1, arbitrary: word.map((text) => ({ t: 'paste', text }) as const) },
  { weight: 1, arbitrary: fc.constant({ t: 'undo' } as const) },
  { weight: 1, arbitrary: fc.constantFrom('かな', 'ni hao', '한글').map((text) => ({ t: 'ime', text }) as const) },
  { weight: 2, arbitrary: fc.constant({ t: 'pause' } as const) },
);

/** Seeded, so a failure replays exactly; more runs with TACTFUL_FUZZ_RUNS. */
export function editSequences(runs: number, seed: number): EditOp[][] {
  return fc.sample(fc.array(editOp, { minLength: 3, maxLength: 10 }), { seed, numRuns: runs });
}

/**
 * One animation frame and a task: editors such as ProseMirror sync their selection from the DOM on
 * selectionchange, so keys pressed with no gap at all race that sync (in a plain browser too). A person's
 * keystrokes are always further apart than this.
 */
export const settle = (page: Page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));

/** Press `key` `times` times, letting the editor settle after each press. */
async function pressSettled(page: Page, key: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    await page.keyboard.press(key);
    await settle(page);
  }
}

/** Perform one op with real input events (CDP for IME composition). */
export async function perform(page: Page, cdp: CDPSession, op: EditOp): Promise<void> {
  const k = page.keyboard;
  switch (op.t) {
    case 'type':
      return k.type(op.text);
    case 'backspace':
      return pressSettled(page, 'Backspace', op.n);
    case 'enter':
      return k.press('Enter');
    case 'left':
      return pressSettled(page, 'ArrowLeft', op.n);
    case 'end':
      return k.press('End');
    case 'selectReplace':
      await pressSettled(page, 'Shift+ArrowLeft', op.n);
      return k.type(op.text);
    case 'paste':
      return k.insertText(op.text);
    case 'undo':
      return k.press('Control+z');
    case 'ime':
      // A composition in two steps, then committed: what an input method sends.
      await cdp.send('Input.imeSetComposition', { text: op.text.slice(0, 1), selectionStart: 1, selectionEnd: 1 });
      await cdp.send('Input.imeSetComposition', {
        text: op.text,
        selectionStart: op.text.length,
        selectionEnd: op.text.length,
      });
      await cdp.send('Input.insertText', { text: op.text });
      return;
    case 'pause':
      // Long enough for the extension's debounced check to run mid-sequence.
      return page.waitForTimeout(250);
  }
}
