import { CoachBar } from '../../coach-bar.ts';
import { barFindings, type SessionState } from '../state.ts';
import type { EffectModule, SessionContext } from './context.ts';

/**
 * The coach bar under the box shows `barFindings(state)` and the notice, in the state's order; "Insert" sends an
 * event. Redrawn only when its items change: where a missing sentence goes is looked up when it is inserted.
 */
export function barModule(ctx: SessionContext): EffectModule {
  const bar = new CoachBar(
    ctx.doc,
    (finding, sentence) => ctx.dispatch({ type: 'insertRequested', ruleId: finding.ruleId, sentence }),
    ctx.signal,
    ctx.root,
  );
  let drawn = '';
  let shownIds = new Set<string>();
  let shownNotice: string | undefined;
  const keyOf = (s: SessionState) =>
    JSON.stringify([s.notice, barFindings(s).map((f) => [f.ruleId, f.replacements[0]])]);

  return {
    update({ prev, state }) {
      if (state.removed) return;
      if (drawn && prev.shown === state.shown && prev.revealed === state.revealed && prev.notice === state.notice)
        return;
      const key = keyOf(state);
      if (key === drawn) return;
      drawn = key;
      const items = barFindings(state);
      bar.show(items, state.notice, ctx.root.getBoundingClientRect());
      // Said aloud: an item that was not in the bar before, and a notice that is new; not the redraw itself.
      bar.announce(
        items.filter((f) => !shownIds.has(f.ruleId)),
        state.notice !== shownNotice ? state.notice : undefined,
      );
      shownIds = new Set(items.map((f) => f.ruleId));
      shownNotice = state.notice;
    },
    place() {
      bar.place(ctx.root.getBoundingClientRect());
    },
  };
}
