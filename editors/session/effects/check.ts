import { IncrementalChecker } from '../../../rules/incremental.ts';
import type { PreparedRulebook } from '../../../rules/prepare.ts';
import { readBox } from '../../box.ts';
import { CHECK_BUDGET_MS, isLongReply, windowAroundCaret } from '../../long-reply.ts';
import type { EffectModule, SessionContext } from './context.ts';
import { caretOffset } from './geometry.ts';

export interface CheckSources {
  /** The rulebook, read on every check, so a new revision applies at once. */
  prepared(): PreparedRulebook | null;
  /** The customer's latest message, read on every check. */
  customer?(): string | undefined;
  /** Rules switched off outside this box, read on every check. */
  disabledRules?(): ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * The check: read the box and run the engine within the frame budget (RELIABILITY D3, D4). A check that runs out of
 * time yields to the page and goes on in the next task from the sentence where it stopped; the findings shown stay
 * until it completes. Runs last among the modules: it sets the reading the next state's findings point into.
 */
export function checkModule(ctx: SessionContext, sources: CheckSources): EffectModule {
  let checker: IncrementalChecker | null = null;
  let continuation: number | undefined;
  const cancel = () => {
    ctx.win.clearTimeout(continuation);
    continuation = undefined;
  };
  ctx.signal.addEventListener('abort', cancel, { once: true });

  function slice(): void {
    if (ctx.signal.aborted || !ctx.root.isConnected) return;
    const started = performance.now();
    const book = sources.prepared();
    const now = readBox(ctx.box);
    const off = sources.disabledRules?.() ?? NONE;
    if (!book) {
      ctx.reading = now;
      ctx.dispatch({ type: 'checkDone', text: now.text, checked: now.checked, findings: [], long: false, off });
      return;
    }
    if (checker?.book !== book) checker = new IncrementalChecker(book);
    const long = isLongReply(now.checked);
    const text = long ? windowAroundCaret(now.checked, caretOffset(ctx, now)) : now.checked;
    const result = checker.check(
      text,
      { customer: sources.customer?.() },
      () => performance.now() - started > CHECK_BUDGET_MS,
    );
    if (!result) {
      ctx.dispatch({ type: 'checkYielded' });
      return;
    }
    ctx.reading = now;
    ctx.dispatch({ type: 'checkDone', text: now.text, checked: now.checked, findings: result.findings, long, off });
  }

  return {
    update({ effects }) {
      for (const effect of effects) {
        if (effect.type === 'check') {
          cancel();
          slice();
        } else if (effect.type === 'cancelCheck') {
          cancel();
        } else if (effect.type === 'continueCheck') {
          cancel();
          continuation = ctx.win.setTimeout(() => ctx.dispatch({ type: 'checkDue' }), 0);
        }
      }
    },
  };
}
