import { isTrusted } from '../../trusted.ts';
import { isCoachUi } from '../../ui-host.ts';
import type { EffectModule, SessionContext } from './context.ts';

/**
 * What happens to the box itself, as session events: its text changes, IME composition, the focus coming and going.
 * Text changes come from mutations on the box, not input events alone: macros, templates and restored drafts insert
 * text through the editor's API with no input event (a textarea's value changes with no mutation, hence both).
 */
export function boxEventsModule(ctx: SessionContext): EffectModule {
  const { root, signal } = ctx;
  const changed = () => ctx.dispatch({ type: 'textChanged' });
  const observer = new MutationObserver(changed);
  observer.observe(root, { characterData: true, childList: true, subtree: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  root.addEventListener('input', changed, { signal });
  root.addEventListener('compositionstart', () => ctx.dispatch({ type: 'compositionStarted' }), { signal });
  root.addEventListener('compositionend', () => ctx.dispatch({ type: 'compositionEnded' }), { signal });
  // Focus moving inside the box (a nested editable) is not leaving it. A page's synthetic focus events count for
  // nothing, like every other event it can forge.
  root.addEventListener(
    'focusin',
    (e) => {
      if (isTrusted(e)) ctx.dispatch({ type: 'focused' });
    },
    { signal },
  );
  root.addEventListener(
    'focusout',
    (e) => {
      const to = e.relatedTarget as Node | null;
      // The card taking the focus (the shortcut) is not leaving the box either: the agent is still on this reply.
      const inside = to !== null && typeof to.nodeType === 'number' && (root.contains(to) || isCoachUi(to));
      if (isTrusted(e) && !inside) ctx.dispatch({ type: 'left' });
    },
    { signal },
  );
  return {};
}

/** Whether the agent is in the box now (for a box found while the agent is already typing in it). */
export function hasFocus(ctx: SessionContext): boolean {
  const active = ctx.doc.activeElement;
  return ctx.doc.hasFocus() && active !== null && (active === ctx.root || ctx.root.contains(active));
}
