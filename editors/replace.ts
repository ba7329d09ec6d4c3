import { placeholderIn } from '../rules/rewrite/placeholder.ts';
import { editorKind, STRATEGIES } from './adapters/index.ts';
import { settle, undoLastStep } from './adapters/strategies.ts';
import { type Box, readBox, sameText } from './box.ts';
import { rangeFor } from './text-model.ts';

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
  const reached = watchForText(box, expected);
  try {
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
      if (sameText(after, before) && !reached.seen()) {
        await new Promise((resolve) => box.el.ownerDocument.defaultView?.setTimeout(resolve, 120));
        after = readBox(box).text;
      }
      if (sameText(after, expected)) {
        if (!selectPlaceholder(box, text, start)) collapseAfter(box);
        return { ok: true };
      }
      // The rewrite was in place and the agent has pressed a key since: they undid it or went on typing while this
      // was being checked (a quick Ctrl+Z under load). That is the agent's draft now; another path would put the
      // rewrite back over their undo. (A text that moved with no key pressed is the editor's doing: checked below.)
      if (reached.agentMovedOn()) return { ok: true };
      if (sameText(after, before)) continue;
      await undoLastStep(box);
      return sameText(readBox(box).text, before) ? { ok: false, reason: 'restored' } : { ok: false, reason: 'damaged' };
    }
    return { ok: false, reason: 'not-applied' };
  } finally {
    reached.stop();
  }
}

/**
 * Whether the box held `text` at any moment since the call (each change to it is read), and whether the agent
 * pressed a real key after that, until stop().
 */
function watchForText(box: Box, text: string): { seen(): boolean; agentMovedOn(): boolean; stop(): void } {
  let seen = false;
  let keyAfter = false;
  const look = () => {
    if (!seen && sameText(readBox(box).text, text)) seen = true;
  };
  // The editor's own key handlers (an undo among them) run after this capture listener: read the text first, so a
  // rewrite that landed a moment ago is seen before the key takes it back.
  const key = (event: KeyboardEvent) => {
    if (!event.isTrusted) return;
    look();
    if (seen) keyAfter = true;
  };
  // A rich editor changes its DOM; a textarea changes its value with no mutation, but with an input event.
  const observer = new MutationObserver(look);
  observer.observe(box.el, { characterData: true, childList: true, subtree: true });
  box.el.addEventListener('input', look);
  const doc = box.el.ownerDocument;
  doc.addEventListener('keydown', key, true);
  return {
    seen: () => {
      look();
      return seen;
    },
    agentMovedOn: () => seen && keyAfter,
    stop: () => {
      observer.disconnect();
      box.el.removeEventListener('input', look);
      doc.removeEventListener('keydown', key, true);
    },
  };
}

/** Leave the caret after the new text, where the agent expects to continue. */
function collapseAfter(box: Box): void {
  if (box.kind === 'textarea') return;
  const selection = box.el.ownerDocument.getSelection();
  if (selection && selection.rangeCount > 0 && !selection.isCollapsed) selection.collapseToEnd();
}

/**
 * An inserted sentence with a slot ("by [day/time]") has the slot selected, so what the agent types next replaces it
 * (issue 9). The slot is looked for in the text as the editor now holds it, from a little before where the sentence
 * went: a rich editor may have turned a line break into two.
 */
function selectPlaceholder(box: Box, inserted: string, start: number): boolean {
  if (!placeholderIn(inserted)) return false;
  const now = readBox(box);
  const slot = placeholderIn(now.text, Math.max(0, start - 2));
  if (!slot) return false;
  if (box.kind === 'textarea') {
    box.el.focus();
    box.el.setSelectionRange(slot.start, slot.end);
    return true;
  }
  const range = now.rich ? rangeFor(now.rich, slot.start, slot.end) : null;
  const selection = box.el.ownerDocument.getSelection();
  if (!range || !selection) return false;
  box.el.focus();
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}
