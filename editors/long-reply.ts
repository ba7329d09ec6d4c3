import { t } from '../i18n/t.ts';

/**
 * Keeping checks within a frame's budget on any reply. A check is spread over frames (rules/incremental.ts) with
 * this budget per frame; a reply so long that even that would take many frames is coached only near the caret.
 */

/** Main-thread time one slice of a check may take before it yields to the page (half a 60 Hz frame). */
export const CHECK_BUDGET_MS = 8;

/** Above this many non-blank characters, only the paragraphs near the caret are coached. */
export const MAX_COACHED_CHARS = 50_000;

/** How much text either side of the caret is coached in a long reply, widened to whole lines or sentences. */
const WINDOW_RADIUS = 6_000;

export const LONG_REPLY_NOTICE = t('bar_longReplyNotice');

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
  const start = edgeBefore(checked, Math.max(0, at - WINDOW_RADIUS));
  const end = edgeAfter(checked, Math.min(checked.length, at + WINDOW_RADIUS));
  return blankOutside(checked, start, end);
}

/** How far an edge may move to land on a line break or a sentence end, so no sentence is cut in half. */
const EDGE_REACH = 2_000;
const SENTENCE_END = /[.!?…]\s/g;

function edgeBefore(text: string, at: number): number {
  if (at === 0) return 0;
  const lineStart = text.lastIndexOf('\n', at) + 1;
  if (at - lineStart <= EDGE_REACH) return lineStart;
  // One long paragraph: start after the last sentence end before the edge, or at the edge itself.
  let best = at;
  SENTENCE_END.lastIndex = at - EDGE_REACH;
  for (let m = SENTENCE_END.exec(text); m && m.index < at; m = SENTENCE_END.exec(text)) best = m.index + m[0].length;
  return best;
}

function edgeAfter(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const lineEnd = text.indexOf('\n', at);
  if (lineEnd !== -1 && lineEnd - at <= EDGE_REACH) return lineEnd;
  SENTENCE_END.lastIndex = at;
  const m = SENTENCE_END.exec(text);
  return m && m.index - at <= EDGE_REACH ? m.index + 1 : at;
}

function blankOutside(text: string, start: number, end: number): string {
  // Run by run, not character by character: a 200,000-character paste is one run, blanked in one repeat.
  const blank = (s: string) => s.replace(/[^\r\n]+/g, (run) => ' '.repeat(run.length));
  return blank(text.slice(0, start)) + text.slice(start, end) + blank(text.slice(end));
}
