import { editRange } from '../../../rules/apply.ts';
import { replaceVerified } from '../../replace.ts';
import type { EffectModule, SessionContext } from './context.ts';

/**
 * Puts a chosen rewrite or inserted sentence into the editor through its own input path, verified
 * (`editors/replace.ts`), and reports how it went. The state makes sure only one runs at a time.
 */
export function replacementModule(ctx: SessionContext): EffectModule {
  return {
    update({ state, effects }) {
      for (const effect of effects) {
        if (effect.type !== 'replace') continue;
        const { finding, replacement } = effect;
        const { start, end } = editRange(finding);
        replaceVerified(ctx.box, state.text, start, end, replacement).then(
          (outcome) =>
            ctx.dispatch(outcome.ok ? { type: 'rewriteApplied' } : { type: 'rewriteFailed', reason: outcome.reason }),
          // Broken off midway: nothing says the draft is as it was.
          () => ctx.dispatch({ type: 'rewriteFailed', reason: 'damaged' }),
        );
      }
    },
  };
}
