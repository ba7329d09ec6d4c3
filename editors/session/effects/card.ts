import { Card } from '../../card.ts';
import type { CardState } from '../state.ts';
import type { EffectModule, SessionContext } from './context.ts';
import { anchorFor } from './geometry.ts';

/**
 * The card follows `state.card`: opened on a finding (rebuilt only when the finding or the way it was opened
 * changes, so the buttons under the pointer stay put), closed when the state closes it, and a failed rewrite's
 * message with the rewrite to copy. Its buttons send events; what they do is the state's decision.
 */
export function cardModule(ctx: SessionContext): EffectModule & { readonly element: HTMLElement } {
  const card = new Card(
    ctx.doc,
    {
      apply: (finding, replacement) => ctx.dispatch({ type: 'applyRequested', finding, replacement }),
      dismiss: (finding) => ctx.dispatch({ type: 'dismissed', finding }),
      turnOff: (finding) => ctx.dispatch({ type: 'turnedOff', finding }),
    },
    ctx.signal,
    ctx.root,
  );
  let drawn: CardState | null = null;

  function draw(next: CardState | null): void {
    const before = drawn;
    drawn = next;
    if (!next) {
      if (before) card.close();
      return;
    }
    // A failure message belongs to its attempt: a card opened again afresh drops it.
    const reopen =
      !before ||
      before.finding !== next.finding ||
      before.mode !== next.mode ||
      (before.failure !== undefined && next.failure === undefined);
    if (reopen) card.open(next.finding, anchorFor(ctx, next.finding), next.mode);
    if (next.failure && (reopen || before?.failure !== next.failure)) {
      card.offerCopy(next.failure.replacement, next.failure.message);
    }
  }

  return {
    element: card.element,
    update({ state }) {
      if (state.card !== drawn) draw(state.removed ? null : state.card);
    },
    place() {
      if (drawn) card.place(anchorFor(ctx, drawn.finding));
    },
  };
}
