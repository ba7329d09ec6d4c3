import type { PreparedRulebook } from '../rules/prepare.ts';
import type { Finding } from '../rules/types.ts';
import { reportFindingCount } from './badge-report.ts';
import { boxFor } from './box.ts';
import { barModule } from './session/effects/bar.ts';
import { boxEventsModule, hasFocus } from './session/effects/box-events.ts';
import { cardModule } from './session/effects/card.ts';
import { checkModule } from './session/effects/check.ts';
import type { EffectModule, SessionContext } from './session/effects/context.ts';
import { describedBoxModule } from './session/effects/described-box.ts';
import { highlightsModule } from './session/effects/highlights.ts';
import { keyboardModule } from './session/effects/keyboard.ts';
import { pointerModule } from './session/effects/pointer.ts';
import { replacementModule } from './session/effects/replacement.ts';
import { schedulingModule } from './session/effects/scheduling.ts';
import { undoKeysFor } from './session/messages.ts';
import {
  type Effect,
  initialState,
  type SessionEvent,
  type SessionState,
  type TurnOffScope,
  update,
  visibleFindings,
} from './session/state.ts';
import { TextareaMirror } from './textarea-mirror.ts';

/** Quoted history and signatures, for callers that do not know the site. */
export const DEFAULT_MASKS = '.gmail_quote, blockquote, .gmail_signature, [data-smartmail="gmail_signature"]';

export interface CoachOptions {
  /** The rulebook to check with; a function is read on every check, so a new revision applies at once. */
  prepared: PreparedRulebook | (() => PreparedRulebook | null);
  /** The customer's latest message, read on every check. */
  customer?: () => string | undefined;
  /** Removes every listener, observer, highlight and element this session added. */
  signal: AbortSignal;
  /** Elements inside the box whose text is never coached. */
  maskSelector?: string;
  /** Rules the agent switched off (read on every check). */
  disabledRules?: () => ReadonlySet<string>;
  /**
   * The agent turned a rule off from the card: on this site, at once (`here`), or everywhere (`everywhere`: only
   * ever applied once the agent confirms it on an extension page, since a web page must never switch the coach off
   * everywhere).
   */
  onTurnOff?: (ruleId: string, scope: TurnOffScope) => void;
  /** The agent chose Undo after turning a rule off here. */
  onTurnOn?: (ruleId: string) => void;
  /** Offer "Everywhere" when turning a rule off (the host has it confirmed on an extension page). */
  offerEverywhere?: boolean;
  /** This draft's dismissals, kept for the session of the reply so they survive a reload of the same draft. */
  dismissals?: DraftDismissals;
  /** What the agent now sees, after every check and whenever the bar shows or drops an item. */
  onFindings?: (findings: Finding[]) => void;
}

export interface DraftDismissals {
  /** The dismissals kept for this draft (keys from `draftDismissKey`). */
  load(): Promise<readonly string[]>;
  keep(key: string): void;
}

export interface CoachSession {
  /** Findings shown now (dismissed, switched-off and not yet revealed ones left out). */
  readonly findings: Finding[];
  /** Check again now (new rulebook revision, new customer message). */
  recheck(): void;
}

/**
 * Coach one reply box: check on every pause, show findings in place, open the card, apply rewrites.
 * Used by the content script for every reply box it finds, and by the practice page for its own editor.
 *
 * The session is a state (`session/state.ts`: pure transitions, unit-tested in Node) and effect modules
 * (`session/effects/`: one concern of the page each). Events go in through `dispatch`; after every transition each
 * module does its own effects and draws what the new state says.
 */
export function startCoaching(root: HTMLElement | HTMLTextAreaElement, opts: CoachOptions): CoachSession {
  const { signal } = opts;
  const doc = root.ownerDocument;
  const win = doc.defaultView as Window & typeof globalThis;
  const box = boxFor(root, opts.maskSelector ?? DEFAULT_MASKS);
  let state: SessionState = initialState(undoKeysFor(win.navigator.platform));
  const queue: SessionEvent[] = [];
  let handling = false;
  const modules: EffectModule[] = [];

  /** Events sent while one is being handled wait their turn, so every module sees every transition in order. */
  function dispatch(event: SessionEvent): readonly Effect[] {
    queue.push(event);
    if (handling) return [];
    handling = true;
    let own: readonly Effect[] | null = null;
    try {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const prev = state;
        const step = update(prev, next);
        state = step.state;
        own ??= step.effects;
        const transition = { prev, state, effects: step.effects };
        for (const m of modules) m.update?.(transition);
        host(step.effects);
      }
    } finally {
      handling = false;
      queue.length = 0;
    }
    return own ?? [];
  }

  function host(effects: readonly Effect[]): void {
    for (const effect of effects) {
      if (effect.type === 'ruleTurnedOff') opts.onTurnOff?.(effect.ruleId, effect.scope);
      else if (effect.type === 'ruleTurnedOn') opts.onTurnOn?.(effect.ruleId);
      else if (effect.type === 'dismissalKept') opts.dismissals?.keep(effect.key);
      else if (effect.type === 'findingsChanged') {
        const shown = visibleFindings(state);
        opts.onFindings?.(shown);
        reportFindingCount(root, shown.length, signal);
      }
    }
  }

  const ctx: SessionContext = {
    root,
    box,
    doc,
    win,
    signal,
    mirror: box.kind === 'textarea' ? new TextareaMirror(box.el, signal) : null,
    reading: { text: '', checked: '' },
    get state() {
      return state;
    },
    dispatch,
  };

  const prepared = () => (typeof opts.prepared === 'function' ? opts.prepared() : opts.prepared);
  const card = cardModule(ctx, { turnOff: opts.onTurnOff !== undefined, everywhere: opts.offerEverywhere === true });
  modules.push(
    highlightsModule(ctx),
    // Before the card: the editor's selection is saved before the card takes the focus.
    keyboardModule(ctx),
    card,
    barModule(ctx),
    pointerModule(ctx, card),
    replacementModule(ctx),
    boxEventsModule(ctx),
    schedulingModule(ctx),
    describedBoxModule(ctx),
    // Last: a check sets the reading the next transition's findings point into.
    checkModule(ctx, { prepared, customer: opts.customer, disabledRules: opts.disabledRules }),
  );
  followTheBox(ctx, modules);
  signal.addEventListener('abort', () => dispatch({ type: 'removed' }), { once: true });

  dispatch({ type: 'started', focused: hasFocus(ctx) });
  opts.dismissals?.load().then(
    (keys) => dispatch({ type: 'dismissalsRestored', keys }),
    () => {
      // Kept dismissals could not be read (the worker restarting): this draft's phrases are flagged again.
    },
  );

  return {
    get findings() {
      return visibleFindings(state);
    },
    recheck: () => void dispatch({ type: 'checkDue' }),
  };
}

/** Keep the bar, mirror and card beside the box when the page scrolls or the box resizes. */
function followTheBox(ctx: SessionContext, modules: EffectModule[]): void {
  const { win, signal } = ctx;
  const follow = () => {
    for (const m of modules) m.place?.();
  };
  win.addEventListener('scroll', follow, { capture: true, passive: true, signal });
  win.addEventListener('resize', follow, { passive: true, signal });
  const resize = new ResizeObserver(follow);
  resize.observe(ctx.root);
  signal.addEventListener('abort', () => resize.disconnect(), { once: true });
}
