import type { Finding } from '../../rules/types.ts';
import { LONG_REPLY_NOTICE } from '../long-reply.ts';
import { barOrder, dismissKey, draftDismissKey, inBar, isMissing, sameFinding } from './findings.ts';
import { looksWritten } from './looks-written.ts';
import { type FailureReason, failureMessage } from './messages.ts';

/**
 * One reply box's coaching session as plain data: a state, the events that change it, and the effects a change asks
 * for. `update` is pure (no DOM, no timers, no clock), so every transition has a Node unit test; the modules under
 * `effects/` turn DOM events into events and effects into DOM work, and draw what the state says.
 */

/** How the card was opened: only a keyboard-opened card takes Enter (otherwise Enter is the agent's newline). */
export type CardMode = 'pointer' | 'keyboard';

export interface CardFailure {
  replacement: string;
  reason: FailureReason;
  message: string;
}

/**
 * What the card shows: the finding; the "here only / everywhere" question after "Turn this rule off"; the rule
 * switched off on this site, with Undo; or "everywhere" waiting for its confirmation on an extension page.
 */
export type CardStep = 'finding' | 'chooseOff' | 'offHere' | 'offEverywhere';

/** Where "Turn this rule off" applies: this site at once, or everywhere once confirmed on an extension page. */
export type TurnOffScope = 'here' | 'everywhere';

export interface CardState {
  finding: Finding;
  mode: CardMode;
  /** The focus is in the card (opened by the shortcut); closing it gives the focus back to the editor. */
  focused?: true;
  /** Absent: 'finding'. */
  step?: CardStep;
  /** A rewrite that could not be applied: what happened, and the rewrite offered to copy. */
  failure?: CardFailure;
}

export interface SessionState {
  /** The box's text at the last completed check: every finding's offsets point into it. */
  readonly text: string;
  /** The engine's copy of that text (quotes and signatures blanked). */
  readonly checked: string;
  /** What the last completed check found. */
  readonly all: readonly Finding[];
  readonly notice: string | undefined;
  /** Rules switched off outside this box (options, popup), as read at the last check. */
  readonly off: ReadonlySet<string>;
  /** Rules the agent switched off from this box's card. */
  readonly turnedOff: ReadonlySet<string>;
  readonly dismissed: ReadonlySet<string>;
  /** Dismissals of this draft kept from before a reload (`draftDismissKey`), for the session of the reply. */
  readonly kept: ReadonlySet<string>;
  /** `all` without dismissed and switched-off findings. */
  readonly shown: readonly Finding[];
  /** Rule ids of missing items the bar shows (the calm bar): kept while they are still missing. */
  readonly revealed: readonly string[];
  readonly card: CardState | null;
  /** A rewrite on its way into the editor; nothing else is applied and no check runs meanwhile. */
  readonly applying: { finding: Finding; replacement: string; mode: CardMode } | null;
  /** IME composition: check once the composed text is committed (RELIABILITY A1). */
  readonly composing: boolean;
  /** The text changed since the last completed check. */
  readonly stale: boolean;
  /** No change for `PAUSE_MS`. */
  readonly paused: boolean;
  /** The box has the focus. */
  readonly focused: boolean;
  /** The box left the page: every later event is ignored. */
  readonly removed: boolean;
  /** How this platform says undo, for the failed-undo message. */
  readonly undoKeys: string;
}

export type SessionEvent =
  /** The session starts; `focused` says whether the agent is in the box. */
  | { type: 'started'; focused: boolean }
  /** The box's text changed (a mutation or an input event). */
  | { type: 'textChanged' }
  | { type: 'compositionStarted' }
  | { type: 'compositionEnded' }
  /** Time for a check: after a pause, a new rulebook or customer message, or the next slice of a long check. */
  | { type: 'checkDue' }
  /** A check slice ran out of its frame budget: it goes on in the next task. */
  | { type: 'checkYielded' }
  /** A check completed (findings arrived). `long`: only the text near the caret was checked. */
  | {
      type: 'checkDone';
      text: string;
      checked: string;
      findings: readonly Finding[];
      long: boolean;
      off: ReadonlySet<string>;
    }
  /** The agent stopped typing for `PAUSE_MS`. */
  | { type: 'paused' }
  | { type: 'focused' }
  /** The focus left the box (the agent clicked elsewhere, switched tabs or windows). */
  | { type: 'left' }
  /** The pointer moved: over a flagged phrase (or none), or over the card. */
  | { type: 'pointerOver'; finding: Finding | null; overCard: boolean }
  /** The hover grace ran out (the pointer left the phrase and did not reach the card). */
  | { type: 'graceElapsed' }
  /** A click in the box, on a flagged phrase or not. */
  | { type: 'clicked'; finding: Finding | null }
  /** Alt+Shift+N with the caret at `caret` (-1: unknown); from the card, the card's own finding counts instead. */
  | { type: 'nextRequested'; caret: number }
  /** A key pressed in the box or in a focused card (modifier keys alone are not sent). */
  | { type: 'keyPressed'; key: 'enter' | 'escape' | 'other' }
  /** The focus left the card for somewhere else than the editor. */
  | { type: 'cardBlurred' }
  /** "Close" on the card. */
  | { type: 'cardClosed' }
  /** A rewrite chosen on the card. */
  | { type: 'applyRequested'; finding: Finding; replacement: string }
  /** "Insert" on a bar item: the sentence goes where the latest check says that rule's item goes. */
  | { type: 'insertRequested'; ruleId: string; sentence: string }
  | { type: 'rewriteApplied' }
  | { type: 'rewriteFailed'; reason: FailureReason }
  | { type: 'dismissed'; finding: Finding }
  /** "Turn this rule off": the card asks where. */
  | { type: 'turnOffAsked'; finding: Finding }
  | { type: 'turnedOff'; finding: Finding; scope: TurnOffScope }
  /** "Undo" on the card after turning a rule off here. */
  | { type: 'turnOffUndone'; finding: Finding }
  /** This draft's dismissals, kept from before a reload. */
  | { type: 'dismissalsRestored'; keys: readonly string[] }
  /** The box left the page (or coaching stopped). */
  | { type: 'removed' };

export type Timer = 'pause' | 'grace';

export type Effect =
  /** Check after the agent pauses (debounce, then idle time). */
  | { type: 'scheduleCheck' }
  /** Run a check slice now (cancelling a pending next slice). */
  | { type: 'check' }
  /** Run the next slice in the next task. */
  | { type: 'continueCheck' }
  | { type: 'cancelCheck' }
  | { type: 'startTimer'; timer: Timer; ms: number }
  | { type: 'cancelTimer'; timer: Timer }
  /** Replace the finding's range of `state.text` with `replacement`, verified (editors/replace.ts). */
  | { type: 'replace'; finding: Finding; replacement: string }
  /** The key event was the coach's: keep it from the editor and the page. */
  | { type: 'keyHandled' }
  /** Remember where the selection is, to give it back when the card closes. */
  | { type: 'saveSelection' }
  /** Move the focus into the card (its first rewrite, or first button). */
  | { type: 'focusCard' }
  /** Give the focus back to the editor, with the selection saved. */
  | { type: 'restoreFocus' }
  /** Tell the host a rule was switched off from the card (here), or is to be confirmed off everywhere. */
  | { type: 'ruleTurnedOff'; ruleId: string; scope: TurnOffScope }
  /** Tell the host the agent undid switching a rule off here. */
  | { type: 'ruleTurnedOn'; ruleId: string }
  /** Keep a dismissal of this draft for the session of the reply (`draftDismissKey`). */
  | { type: 'dismissalKept'; key: string }
  /** Tell the host what the agent now sees (`visibleFindings`). */
  | { type: 'findingsChanged' };

export interface Step {
  state: SessionState;
  effects: Effect[];
}

/** How long typing must stop before the bar says what the reply lacks. */
export const PAUSE_MS = 1_500;
/** How long a hover-opened card waits for the pointer to reach it. */
export const GRACE_MS = 400;

export function initialState(undoKeys = 'Ctrl+Z'): SessionState {
  return {
    text: '',
    checked: '',
    all: [],
    notice: undefined,
    off: new Set(),
    turnedOff: new Set(),
    dismissed: new Set(),
    kept: new Set(),
    shown: [],
    revealed: [],
    card: null,
    applying: null,
    composing: false,
    stale: false,
    paused: false,
    focused: false,
    removed: false,
    undoKeys,
  };
}

// ---- What the agent sees (selectors) ----

/** Findings underlined in the text. */
export const inlineFindings = (s: SessionState): Finding[] => s.shown.filter((f) => !inBar(f));

/** The bar's items in their fixed order: missing items only once revealed, reply-wide ones (length) at once. */
export const barFindings = (s: SessionState): Finding[] =>
  s.shown.filter((f) => inBar(f) && (!isMissing(f) || s.revealed.includes(f.ruleId))).sort(barOrder);

/** Everything shown now, in the text and in the bar. */
export const visibleFindings = (s: SessionState): Finding[] => [...inlineFindings(s), ...barFindings(s)];

/** The underlined finding over `offset`, if any. */
export const findingAtOffset = (s: SessionState, offset: number): Finding | undefined =>
  s.shown.find((f) => !inBar(f) && f.start <= offset && offset < f.end);

/** Alt+Shift+N: the next underline after the caret (wrapping), then the bar's items. */
export function nextFinding(s: SessionState, caret: number): Finding | undefined {
  const inline = inlineFindings(s).sort((a, b) => a.start - b.start);
  const bar = barFindings(s);
  const current = s.card?.finding;
  return (
    inline.find((f) => f.start > caret || (f.start === caret && !(current && sameFinding(current, f)))) ??
    (current && bar.length > 0 && !inBar(current) ? bar[0] : undefined) ??
    inline[0] ??
    bar[0]
  );
}

// ---- Transitions ----

export function update(s: SessionState, event: SessionEvent): Step {
  if (s.removed) return { state: s, effects: [] };
  switch (event.type) {
    case 'started':
      return { state: { ...s, focused: event.focused }, effects: [{ type: 'check' }] };
    case 'textChanged':
      return {
        state: { ...s, stale: true, paused: false },
        effects: [{ type: 'scheduleCheck' }, { type: 'startTimer', timer: 'pause', ms: PAUSE_MS }],
      };
    case 'compositionStarted':
      return { state: { ...s, composing: true }, effects: [] };
    case 'compositionEnded':
      return { state: { ...s, composing: false }, effects: [{ type: 'scheduleCheck' }] };
    case 'checkDue':
      // A check waits out a composition and a rewrite; each schedules one when it ends.
      return { state: s, effects: [{ type: s.composing || s.applying ? 'cancelCheck' : 'check' }] };
    case 'checkYielded':
      return { state: s, effects: [{ type: 'continueCheck' }] };
    case 'checkDone': {
      const next: SessionState = {
        ...s,
        text: event.text,
        checked: event.checked,
        // Near the caret only, "nothing says sorry" would be a guess about the rest of the reply.
        all: event.long ? event.findings.filter((f) => !inBar(f)) : event.findings,
        notice: event.long ? LONG_REPLY_NOTICE : undefined,
        off: event.off,
        stale: false,
      };
      return refreshed(next);
    }
    case 'paused':
      return revealStep({ ...s, paused: true }, s);
    case 'focused':
      return { state: { ...s, focused: true }, effects: [] };
    case 'left':
      return revealStep({ ...s, focused: false }, s);
    case 'pointerOver': {
      const cancelGrace: Effect = { type: 'cancelTimer', timer: 'grace' };
      // A card with the focus in it stays until the agent leaves it: the pointer passing over other words does not
      // take it away.
      if (event.overCard || s.applying || s.card?.focused) return { state: s, effects: [cancelGrace] };
      if (event.finding) {
        if (s.card && sameFinding(s.card.finding, event.finding)) return { state: s, effects: [cancelGrace] };
        return { state: withCard(s, event.finding, 'pointer'), effects: [cancelGrace] };
      }
      // After "Turn this rule off" the card is the agent's choice, not a hover: it waits for Close, Esc or a click.
      if (s.card?.mode === 'pointer' && !afterChoice(s.card)) {
        return { state: s, effects: [cancelGrace, { type: 'startTimer', timer: 'grace', ms: GRACE_MS }] };
      }
      return { state: s, effects: [] };
    }
    case 'graceElapsed':
      return { state: s.card?.mode === 'pointer' && !afterChoice(s.card) ? closed(s) : s, effects: [] };
    case 'clicked':
      if (event.finding) return { state: withCard(s, event.finding, 'pointer'), effects: [] };
      return { state: s.card && afterChoice(s.card) ? closed(s) : s, effects: [] };
    case 'nextRequested': {
      const handled: Effect = { type: 'keyHandled' };
      const from = s.card?.focused ? cardCaret(s, s.card.finding) : event.caret;
      const next = nextFinding(s, from);
      if (!next) return { state: s, effects: [handled] };
      // The selection to give back is the editor's before the first press, not one moved by the coach.
      const effects: Effect[] = [handled, { type: 'cancelTimer', timer: 'grace' }];
      if (!s.card?.focused) effects.push({ type: 'saveSelection' });
      effects.push({ type: 'focusCard' });
      return { state: { ...s, card: { finding: next, mode: 'keyboard', focused: true } }, effects };
    }
    case 'keyPressed': {
      const card = s.card;
      if (!card) return { state: s, effects: [] };
      if (event.key === 'escape') return closeStep(s, [{ type: 'keyHandled' }]);
      // A hover card takes Esc only; a focused card's keys are its buttons' (Enter presses the focused one).
      if (card.mode !== 'keyboard' || card.focused) return { state: s, effects: [] };
      // A keyboard card the focus went back from (a failed rewrite): Enter tries the first rewrite again.
      if (event.key === 'enter') {
        const first = card.finding.replacements[0];
        if (first === undefined) return { state: s, effects: [] };
        const step = applying(s, card.finding, first);
        return { state: step.state, effects: [{ type: 'keyHandled' }, ...step.effects] };
      }
      return { state: closed(s), effects: [] };
    }
    case 'cardBlurred':
      return { state: s.card?.focused ? closed(s) : s, effects: [] };
    case 'cardClosed':
      return closeStep(s, []);
    case 'applyRequested':
      return applying(s, event.finding, event.replacement);
    case 'insertRequested': {
      // The bar may show a finding from an earlier check: insert where the latest check says the sentence goes.
      const current = s.shown.find((f) => inBar(f) && f.ruleId === event.ruleId);
      return current ? applying(s, current, event.sentence) : { state: s, effects: [] };
    }
    case 'rewriteApplied':
      return { state: closed({ ...s, applying: null }), effects: [{ type: 'scheduleCheck' }] };
    case 'rewriteFailed': {
      const attempt = s.applying;
      if (!attempt) return { state: s, effects: [] };
      const failure: CardFailure = {
        replacement: attempt.replacement,
        reason: event.reason,
        message: failureMessage(event.reason, s.undoKeys),
      };
      return {
        state: { ...s, applying: null, card: { finding: attempt.finding, mode: attempt.mode, failure } },
        effects: [{ type: 'scheduleCheck' }],
      };
    }
    case 'dismissed': {
      const dismissed = new Set(s.dismissed).add(dismissKey(event.finding, s.text));
      const step = refreshed(closed({ ...s, dismissed }));
      const kept: Effect = { type: 'dismissalKept', key: draftDismissKey(event.finding, s.text) };
      return { state: step.state, effects: [...focusBack(s), kept, ...step.effects] };
    }
    case 'turnOffAsked':
      return stepTo(s, event.finding, 'chooseOff');
    case 'turnedOff': {
      const { ruleId } = event.finding;
      const told: Effect = { type: 'ruleTurnedOff', ruleId, scope: event.scope };
      // Everywhere waits for the agent's confirmation on an extension page: the rule stays on until then.
      if (event.scope === 'everywhere') {
        const step = stepTo(s, event.finding, 'offEverywhere');
        return { state: step.state, effects: [told, ...step.effects] };
      }
      const turnedOff = new Set(s.turnedOff).add(ruleId);
      const asked = stepTo({ ...s, turnedOff }, event.finding, 'offHere');
      const step = refreshed(asked.state);
      return { state: step.state, effects: [told, ...asked.effects, ...step.effects] };
    }
    case 'turnOffUndone': {
      const { ruleId } = event.finding;
      if (!s.turnedOff.has(ruleId)) return closeStep(s, []);
      const turnedOff = new Set(s.turnedOff);
      turnedOff.delete(ruleId);
      // The host reads the switches again before the next check, which brings the rule's findings back.
      const step = refreshed(closed({ ...s, turnedOff }));
      return {
        state: step.state,
        effects: [...focusBack(s), { type: 'ruleTurnedOn', ruleId }, { type: 'scheduleCheck' }, ...step.effects],
      };
    }
    case 'dismissalsRestored': {
      if (event.keys.length === 0) return { state: s, effects: [] };
      return refreshed({ ...s, kept: new Set([...s.kept, ...event.keys]) });
    }
    case 'removed':
      return {
        state: { ...s, removed: true, card: null, applying: null },
        effects: [
          { type: 'cancelCheck' },
          { type: 'cancelTimer', timer: 'pause' },
          { type: 'cancelTimer', timer: 'grace' },
        ],
      };
  }
}

function withCard(s: SessionState, finding: Finding, mode: CardMode): SessionState {
  return { ...s, card: { finding, mode } };
}

function closed(s: SessionState): SessionState {
  return s.card ? { ...s, card: null } : s;
}

function applying(s: SessionState, finding: Finding, replacement: string): Step {
  if (s.applying) return { state: s, effects: [] };
  // From a focused card the editor gets the focus (and its selection) back first: the rewrite goes in through the
  // editor's own input path, and one Ctrl+Z then undoes it.
  const card = s.card?.focused ? { finding: s.card.finding, mode: s.card.mode } : s.card;
  return {
    state: { ...s, card, applying: { finding, replacement, mode: s.card?.mode ?? 'pointer' } },
    effects: [...focusBack(s), { type: 'replace', finding, replacement }],
  };
}

/** A card past its finding (the turn-off question, or what was done): no hover grace closes it. */
const afterChoice = (card: CardState): boolean => card.step !== undefined && card.step !== 'finding';

/** Where "next" counts from when the focus is in the card: its own finding (a bar item: after the text). */
const cardCaret = (s: SessionState, f: Finding): number => (inBar(f) ? s.text.length : f.start);

/** Closing a focused card gives the focus back to the editor. */
const focusBack = (s: SessionState): Effect[] => (s.card?.focused ? [{ type: 'restoreFocus' }] : []);

function closeStep(s: SessionState, effects: Effect[]): Step {
  return { state: closed(s), effects: [...effects, ...focusBack(s)] };
}

/** The card moves on to another step on the same finding (a focused card keeps the focus on its new buttons). */
function stepTo(s: SessionState, finding: Finding, step: CardStep): Step {
  const card = s.card;
  const mode = card?.mode ?? 'pointer';
  const next: CardState = { finding, mode, step, ...(card?.focused ? { focused: true as const } : {}) };
  return { state: { ...s, card: next }, effects: card?.focused ? [{ type: 'focusCard' }] : [] };
}

/** Apply dismissals and switched-off rules; close a card whose finding is gone; tell the host. */
function refreshed(s: SessionState): Step {
  const shown = s.all.filter(
    (f) =>
      !s.off.has(f.ruleId) &&
      !s.turnedOff.has(f.ruleId) &&
      !s.dismissed.has(dismissKey(f, s.text)) &&
      !s.kept.has(draftDismissKey(f, s.text)),
  );
  // A card saying its rule is off (with Undo) stays although the rule's findings are gone.
  const afterOff = s.card !== null && afterChoice(s.card) && s.card.step !== 'chooseOff';
  const card = s.card && (afterOff || shown.some((f) => sameFinding(f, (s.card as CardState).finding))) ? s.card : null;
  return { state: revealed({ ...s, shown, card }), effects: [{ type: 'findingsChanged' }] };
}

/** The calm bar after a pause or a blur: tell the host only when what it shows changed. */
function revealStep(next: SessionState, prev: SessionState): Step {
  const state = revealed(next);
  return { state, effects: state.revealed === prev.revealed ? [] : [{ type: 'findingsChanged' }] };
}

/**
 * The calm bar (issue 10): what the reply lacks shows once the reply looks written and the agent pauses, or once the
 * agent leaves the box; never for a check that is behind the text. A shown item stays while typing goes on, until
 * the reply no longer lacks it.
 */
function revealed(s: SessionState): SessionState {
  const missing = s.shown.filter(isMissing).map((f) => f.ruleId);
  let ids = s.revealed.filter((id) => missing.includes(id));
  if (ids.length < missing.length && calmOver(s)) ids = [...ids, ...missing.filter((id) => !ids.includes(id))];
  const same = ids.length === s.revealed.length && ids.every((id, i) => id === s.revealed[i]);
  return same ? s : { ...s, revealed: ids };
}

const calmOver = (s: SessionState): boolean =>
  !s.stale && (!s.focused || s.paused) && /\S/.test(s.checked) && (!s.focused || looksWritten(s.checked));
