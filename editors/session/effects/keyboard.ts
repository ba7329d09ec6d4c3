import { isTrusted } from '../../trusted.ts';
import type { SessionEvent } from '../state.ts';
import type { EffectModule, SessionContext } from './context.ts';
import { caretOffset, moveCaret } from './geometry.ts';

// Alt+Shift+N: free in Gmail, Zendesk, Chrome and Windows/macOS text fields.
const isNextShortcut = (e: KeyboardEvent) => e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyN';
const MODIFIERS = new Set(['Shift', 'Alt', 'Control', 'Meta']);

/** The key as the state reads it, or null for a modifier alone. */
function keyOf(e: KeyboardEvent): 'enter' | 'escape' | 'other' | null {
  if (e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey && !e.isComposing) return 'enter';
  if (e.key === 'Escape') return 'escape';
  return MODIFIERS.has(e.key) ? null : 'other';
}

/**
 * Keys in the box: Alt+Shift+N jumps to the next finding, and a keyboard-opened card takes Enter (first rewrite)
 * and Esc. The shortcut, Enter and Esc come from the agent's keyboard only, never from a page's dispatchEvent.
 * A key the state handled is kept from the editor and the page.
 */
export function keyboardModule(ctx: SessionContext): EffectModule {
  ctx.win.addEventListener(
    'keydown',
    (e) => {
      if (!isTrusted(e) || !e.composedPath().includes(ctx.root)) return;
      let event: SessionEvent | null = null;
      if (isNextShortcut(e)) event = { type: 'nextRequested', caret: caretOffset(ctx) };
      else if (ctx.state.card?.mode === 'keyboard') {
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

  return {
    update({ effects }) {
      for (const effect of effects) if (effect.type === 'moveCaret') moveCaret(ctx, effect.offset);
    },
  };
}
