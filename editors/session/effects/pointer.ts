import { isTrusted, trusted } from '../../trusted.ts';
import { findingAtOffset } from '../state.ts';
import type { EffectModule, SessionContext } from './context.ts';
import { caretOffset, findingAtPoint } from './geometry.ts';

/**
 * The pointer: hovering a flagged phrase opens its card (hit-tested once a frame: `::highlight` has no events), and
 * a click on one opens it too. A hover-opened card takes no keys, so a synthetic hover could do no harm; it is
 * ignored all the same.
 */
export function pointerModule(ctx: SessionContext, card: { readonly element: HTMLElement }): EffectModule {
  const { doc, win, signal } = ctx;
  let frame = 0;
  // The pointer's latest place: several moves can arrive before a frame, and the one it rests at is what counts (a
  // quick move that stops within a frame used to be hit-tested where it started, so no card opened).
  let latest = { x: 0, y: 0, overCard: false };
  signal.addEventListener('abort', () => win.cancelAnimationFrame(frame), { once: true });
  doc.addEventListener(
    'pointermove',
    (e) => {
      if (!isTrusted(e)) return;
      latest = { x: e.clientX, y: e.clientY, overCard: e.composedPath().includes(card.element) };
      if (frame) return;
      frame = win.requestAnimationFrame(() => {
        frame = 0;
        const { x, y, overCard } = latest;
        const finding = overCard ? null : (findingAtPoint(ctx, x, y) ?? null);
        ctx.dispatch({ type: 'pointerOver', finding, overCard });
      });
    },
    { passive: true, signal },
  );
  ctx.root.addEventListener(
    'click',
    trusted(() => ctx.dispatch({ type: 'clicked', finding: findingAtOffset(ctx.state, caretOffset(ctx)) ?? null })),
    { signal },
  );
  return {};
}
