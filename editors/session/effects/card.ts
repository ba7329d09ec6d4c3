import { Card } from '../../card.ts';
import type { CardState } from '../state.ts';
import type { EffectModule, SessionContext } from './context.ts';
import { anchorFor } from './geometry.ts';

export interface CardModuleOptions {
  /** The host keeps "turn this rule off" (the content script; not practice or the welcome page's sample). */
  turnOff: boolean;
  /** The host can have a rule confirmed off everywhere (the content script: on an extension page). */
  everywhere: boolean;
}

/**
 * The card follows `state.card`: opened on a finding (rebuilt only when the finding, the way it was opened or its
 * step changes, so the buttons under the pointer stay put), closed when the state closes it, and a failed rewrite's
 * message with the rewrite to copy. A card the state gives the focus gets it on its first button. Its buttons and
 * keys send events; what they do is the state's decision.
 */
export function cardModule(
  ctx: SessionContext,
  options: CardModuleOptions = { turnOff: true, everywhere: false },
): EffectModule & { readonly element: HTMLElement } {
  const card = new Card(
    ctx.doc,
    {
      apply: (finding, replacement) => ctx.dispatch({ type: 'applyRequested', finding, replacement }),
      dismiss: (finding) => ctx.dispatch({ type: 'dismissed', finding }),
      askTurnOff: (finding) => ctx.dispatch({ type: 'turnOffAsked', finding }),
      turnOff: (finding, scope) => ctx.dispatch({ type: 'turnedOff', finding, scope }),
      undoTurnOff: (finding) => ctx.dispatch({ type: 'turnOffUndone', finding }),
      close: () => ctx.dispatch({ type: 'cardClosed' }),
      escape: () => ctx.dispatch({ type: 'keyPressed', key: 'escape' }),
      next: () => ctx.dispatch({ type: 'nextRequested', caret: -1 }),
      blurred: () => ctx.dispatch({ type: 'cardBlurred' }),
    },
    ctx.signal,
    options,
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
      before.step !== next.step ||
      (before.failure !== undefined && next.failure === undefined);
    if (reopen) card.open(next.finding, anchorFor(ctx, next.finding), next.mode, next.step);
    if (next.failure && (reopen || before?.failure !== next.failure)) {
      card.offerCopy(next.failure.replacement, next.failure.message);
    }
  }

  return {
    element: card.element,
    update({ state, effects }) {
      if (state.card !== drawn) draw(state.removed ? null : state.card);
      if (state.card?.focused && effects.some((e) => e.type === 'focusCard')) card.focusFirst();
    },
    place() {
      if (drawn) card.place(anchorFor(ctx, drawn.finding));
    },
  };
}
