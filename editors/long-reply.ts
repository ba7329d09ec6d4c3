/**
 * Keeping checks within a frame's budget on any reply. A check is spread over frames (rules/incremental.ts) with
 * this budget per frame; a reply so long that even that would take many frames is coached only near the caret.
 */

/** Main-thread time one slice of a check may take before it yields to the page (half a 60 Hz frame). */
export const CHECK_BUDGET_MS = 8;

/** Above this many non-blank characters, only the paragraphs near the caret are coached. */
export const MAX_COACHED_CHARS = 50_000;

/** How much text either side of the caret is coached in a long reply, widened to whole lines. */
const WINDOW_RADIUS = 6_000;

export const LONG_REPLY_NOTICE =
  'This reply is very long, so Tactful checks only the paragraphs near your cursor. Missing apology and next-step hints are paused.';

const nonBlankCount = (text: string): number => {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) n++;
  }
  return n;
};

export const isLongReply = (checked: string): boolean =>
  checked.length > MAX_COACHED_CHARS && nonBlankCount(checked) > MAX_COACHED_CHARS;

/**
 * The engine's copy with everything but the lines around `caret` blanked to spaces (line breaks kept), so every
 * offset still points into the reply. A caret of -1 (unknown) keeps the end, where agents usually type.
 */
export function windowAroundCaret(checked: string, caret: number): string {
  const at = caret < 0 || caret > checked.length ? checked.length : caret;
  let start = Math.max(0, at - WINDOW_RADIUS);
  let end = Math.min(checked.length, at + WINDOW_RADIUS);
  // Whole lines only, so no sentence is cut in half at the window's edge.
  if (start > 0) start = checked.lastIndexOf('\n', start) + 1;
  const nextBreak = checked.indexOf('\n', end);
  end = nextBreak === -1 ? checked.length : nextBreak;
  return blankOutside(checked, start, end);
}

function blankOutside(text: string, start: number, end: number): string {
  const blank = (s: string) => s.replace(/[^\r\n]/g, ' ');
  return blank(text.slice(0, start)) + text.slice(start, end) + blank(text.slice(end));
}
