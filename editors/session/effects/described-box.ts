import { visibleFindings } from '../state.ts';
import type { EffectModule, SessionContext } from './context.ts';

/** What a screen reader hears on the reply box, in one place. */
const DESCRIPTION = (n: number) =>
  `Tactful: ${n === 1 ? '1 suggestion' : `${n} suggestions`}. Alt+Shift+N opens the next one.`;

/**
 * The box tells assistive technology how many suggestions it has and the key that opens them. The underlines (CSS
 * highlights) are invisible to it, and `aria-describedby` cannot point from the page into Tactful's shadow root, so
 * the box carries an `aria-description`. The page's own description, if it had one, comes back when coaching stops.
 */
export function describedBoxModule(ctx: SessionContext): EffectModule {
  const { root } = ctx;
  const own = root.getAttribute('aria-description');
  let said = '';
  const put = (text: string) => {
    if (text === said) return;
    said = text;
    if (text) root.setAttribute('aria-description', own ? `${own} ${text}` : text);
    else if (own === null) root.removeAttribute('aria-description');
    else root.setAttribute('aria-description', own);
  };
  ctx.signal.addEventListener('abort', () => put(''), { once: true });
  return {
    update({ state, effects }) {
      if (state.removed || !effects.some((e) => e.type === 'findingsChanged')) return;
      const n = visibleFindings(state).length;
      put(n > 0 ? DESCRIPTION(n) : '');
    },
  };
}
