import { editorKind, STRATEGIES } from './adapters/index.ts';
import { settle, undoLastStep } from './adapters/strategies.ts';
import { type Box, readBox, sameText } from './box.ts';

export type ReplaceOutcome =
  | { ok: true }
  /** Nothing was changed: the text moved since the check, or no path worked. */
  | { ok: false; reason: 'stale' | 'not-applied' }
  /** A path changed the wrong thing and was undone: the draft is as it was. */
  | { ok: false; reason: 'restored' }
  /** A path changed the wrong thing and undo could not bring the draft back (never seen in tests; reported). */
  | { ok: false; reason: 'damaged' };

/**
 * Replace [start, end) of the text the finding was computed on with `text`, the way this editor accepts it, and
 * prove it: the whole text afterwards must equal the old text with exactly that range swapped.
 */
export async function replaceVerified(
  box: Box,
  checkedText: string,
  start: number,
  end: number,
  text: string,
): Promise<ReplaceOutcome> {
  const before = readBox(box).text;
  // Refuse a stale finding: any change since the check could have moved the offsets.
  if (before !== checkedText) return { ok: false, reason: 'stale' };
  const expected = before.slice(0, start) + text + before.slice(end);
  for (const strategy of STRATEGIES[editorKind(box)]) {
    try {
      await strategy(box, start, end, text);
    } catch {
      // A path that throws has not touched the editor (selection only); try the next.
    }
    await settle(box);
    let after = readBox(box).text;
    // An editor may apply an edit a little later (under load, after its own scheduling): before trying another
    // path — which would apply the text a second time — give this one a moment more.
    if (sameText(after, before)) {
      await new Promise((resolve) => box.el.ownerDocument.defaultView?.setTimeout(resolve, 120));
      after = readBox(box).text;
    }
    if (sameText(after, expected)) {
      collapseAfter(box);
      return { ok: true };
    }
    if (sameText(after, before)) continue;
    await undoLastStep(box);
    return sameText(readBox(box).text, before) ? { ok: false, reason: 'restored' } : { ok: false, reason: 'damaged' };
  }
  return { ok: false, reason: 'not-applied' };
}

/** Leave the caret after the new text, where the agent expects to continue. */
function collapseAfter(box: Box): void {
  if (box.kind === 'textarea') return;
  const selection = box.el.ownerDocument.getSelection();
  if (selection && selection.rangeCount > 0 && !selection.isCollapsed) selection.collapseToEnd();
}
