import type { Finding } from '../../../rules/types.ts';
import type { BoxText } from '../../box.ts';
import { pointToOffset, rangeFor } from '../../text-model.ts';
import { inBar } from '../findings.ts';
import { inlineFindings } from '../state.ts';
import type { SessionContext } from './context.ts';

/** Where things are on screen and in the text: shared by the card, pointer and keyboard modules. */

/** The text offset under the caret in a reading of the box (the last checked one by default), or -1. */
export function caretOffset(ctx: SessionContext, reading: BoxText = ctx.reading): number {
  const { box } = ctx;
  if (box.kind === 'textarea') return box.el.selectionStart;
  const sel = ctx.doc.getSelection();
  if (!sel || sel.rangeCount === 0 || !reading.rich) return -1;
  return sel.focusNode ? (pointToOffset(reading.rich, sel.focusNode, sel.focusOffset) ?? -1) : -1;
}

export function moveCaret(ctx: SessionContext, offset: number): void {
  const { box } = ctx;
  if (box.kind === 'textarea') {
    box.el.setSelectionRange(offset, offset);
    return;
  }
  const range = ctx.reading.rich ? rangeFor(ctx.reading.rich, offset, offset) : null;
  if (!range) return;
  const sel = ctx.doc.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
}

/** What the card points at: the flagged words, or the box for a bar item. */
export function anchorFor(ctx: SessionContext, f: Finding): DOMRect {
  if (!inBar(f)) {
    if (ctx.reading.rich) {
      const rect = rangeFor(ctx.reading.rich, f.start, f.end)?.getBoundingClientRect();
      if (rect && (rect.width > 0 || rect.height > 0)) return rect;
    }
    const rect = ctx.mirror?.rectOf(f.start);
    if (rect) return rect;
  }
  return ctx.root.getBoundingClientRect();
}

/** The underlined finding under the pointer, if any. */
export function findingAtPoint(ctx: SessionContext, x: number, y: number): Finding | undefined {
  const inline = inlineFindings(ctx.state);
  if (ctx.mirror) {
    const mark = ctx.mirror.markAt(x, y);
    return mark ? inline.find((f) => f.start === mark.start && f.end === mark.end) : undefined;
  }
  const snap = ctx.reading.rich;
  const caret = ctx.doc.caretRangeFromPoint?.(x, y);
  if (!snap || !caret || !ctx.root.contains(caret.startContainer)) return undefined;
  const offset = pointToOffset(snap, caret.startContainer, caret.startOffset);
  if (offset === null) return undefined;
  // The caret lands beside the nearest character: accept either side, then check the pointer is over the text.
  for (const f of inline) {
    if (offset < f.start || offset > f.end) continue;
    const rects = rangeFor(snap, f.start, f.end)?.getClientRects() ?? [];
    for (const r of rects) if (x >= r.left && x <= r.right && y >= r.top - 2 && y <= r.bottom + 2) return f;
  }
  return undefined;
}
