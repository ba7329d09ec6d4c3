import { debouncedIdle } from '../../schedule.ts';
import type { Timer } from '../state.ts';
import type { EffectModule, SessionContext } from './context.ts';

/**
 * Time: the check after a pause (a debounce, then idle time: `schedule.ts`), and the session's named timers (the
 * typing pause the calm bar waits for, the hover grace of the card). No polling: every timer starts from an event.
 */
export function schedulingModule(ctx: SessionContext): EffectModule {
  const { win, signal } = ctx;
  const scheduleCheck = debouncedIdle(win, () => ctx.dispatch({ type: 'checkDue' }), signal);
  const timers = new Map<Timer, number>();
  const fired: Record<Timer, 'paused' | 'graceElapsed'> = { pause: 'paused', grace: 'graceElapsed' };
  const cancel = (timer: Timer) => {
    win.clearTimeout(timers.get(timer));
    timers.delete(timer);
  };
  signal.addEventListener(
    'abort',
    () => {
      for (const timer of [...timers.keys()]) cancel(timer);
    },
    { once: true },
  );

  return {
    update({ effects }) {
      for (const effect of effects) {
        if (effect.type === 'scheduleCheck') scheduleCheck();
        else if (effect.type === 'cancelTimer') cancel(effect.timer);
        else if (effect.type === 'startTimer') {
          const { timer } = effect;
          cancel(timer);
          if (signal.aborted) continue;
          timers.set(
            timer,
            win.setTimeout(() => {
              timers.delete(timer);
              ctx.dispatch({ type: fired[timer] });
            }, effect.ms),
          );
        }
      }
    },
  };
}
