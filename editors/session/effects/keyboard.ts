import { isTrusted } from '../../trusted.ts';
import type { SessionEvent } from '../state.ts';
import type { EffectModule, SessionContext } from './context.ts';
import { caretOffset } from './geometry.ts';

// Alt+Shift+N: free in Gmail, Zendesk, Chrome and Windows/macOS text fields.
const isNextShortcut = (e: KeyboardEvent) => e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyN';
const MODIFIERS = new Set(['Shift', 'Alt', 'Control', 'Meta']);

/** The key as the state reads it, or null for a modifier alone. */
function keyOf(e: KeyboardEvent): 'enter' | 'escape' | 'other' | null {
  if (e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey && !e.isComposing) return 'enter';
  if (e.key === 'Escape') return 'escape';
  return MODIFIERS.has(e.key) ? null : 'other';
}

/** Where the agent was in the editor when the card took the focus. */
type Saved =
  | { kind: 'textarea'; start: number; end: number; direction: 'forward' | 'backward' | 'none' }
  | { kind: 'rich'; ranges: Range[]; focused: HTMLElement | null };

/**
 * Keys in the box: Alt+Shift+N opens the next finding's card and moves the focus into it (the card's own keys are
 * the card's: editors/card.ts); Esc closes any card. The shortcut and Esc come from the agent's keyboard only, never
 * from a page's dispatchEvent. A key the state handled is kept from the editor and the page.
 *
 * Before the card takes the focus, the editor's selection is saved; when the card gives the focus back (Esc, a
 * rewrite, Dismiss, Undo, Close) the editor gets it again with the same selection — in an iframe editor (TinyMCE)
 * the iframe's own document's.
 */
export function keyboardModule(ctx: SessionContext): EffectModule {
  let saved: Saved | null = null;

  ctx.win.addEventListener(
    'keydown',
    (e) => {
      if (!isTrusted(e) || !e.composedPath().includes(ctx.root)) return;
      let event: SessionEvent | null = null;
      if (isNextShortcut(e)) event = { type: 'nextRequested', caret: caretOffset(ctx) };
      else if (ctx.state.card) {
        const key = keyOf(e);
        if (key) event = { type: 'keyPressed', key };
      }
      if (event && ctx.dispatch(event).some((effect) => effect.type === 'keyHandled')) {
        e.preventDefault();
        e.stopImmediatePropagation();
      }
    },
    { capture: true, signal: ctx.signal },
  );

  function save(): void {
    const { box, doc } = ctx;
    if (box.kind === 'textarea') {
      const el = box.el;
      saved = { kind: 'textarea', start: el.selectionStart, end: el.selectionEnd, direction: el.selectionDirection };
      return;
    }
    const sel = doc.getSelection();
    const ranges: Range[] = [];
    for (let i = 0; sel && i < sel.rangeCount; i++) {
      const range = sel.getRangeAt(i);
      if (ctx.root.contains(range.startContainer)) ranges.push(range.cloneRange());
    }
    const active = doc.activeElement as HTMLElement | null;
    saved = { kind: 'rich', ranges, focused: active && ctx.root.contains(active) ? active : null };
  }

  function restore(): void {
    const { box, doc, win } = ctx;
    const was = saved;
    saved = null;
    // An editor in an iframe: its window takes the focus first, or focusing its body does nothing.
    if (win !== win.top) win.focus();
    if (box.kind === 'textarea') {
      box.el.focus({ preventScroll: true });
      if (was?.kind === 'textarea') box.el.setSelectionRange(was.start, was.end, was.direction);
      return;
    }
    const target = was?.kind === 'rich' && was.focused?.isConnected ? was.focused : ctx.root;
    target.focus({ preventScroll: true });
    const ranges = was?.kind === 'rich' ? was.ranges.filter((r) => r.startContainer.isConnected) : [];
    if (ranges.length === 0) return;
    const sel = doc.getSelection();
    sel?.removeAllRanges();
    for (const range of ranges) sel?.addRange(range);
  }

  return {
    update({ effects }) {
      for (const effect of effects) {
        if (effect.type === 'saveSelection') save();
        else if (effect.type === 'restoreFocus') restore();
      }
    },
  };
}
