import { describe, expect, it } from 'vitest';
import { LONG_REPLY_NOTICE } from '../../../editors/long-reply.ts';
import {
  barFindings,
  GRACE_MS,
  initialState,
  inlineFindings,
  nextFinding,
  PAUSE_MS,
  update,
  visibleFindings,
} from '../../../editors/session/state.ts';
import { checked, missing, phraseFinding, run, types } from './session-helpers.ts';

const TEXT = 'Hello Dana, you ignored our reminder. Your problem is the cable.';
const ignored = phraseFinding(TEXT, 'you ignored', 'blame/you-ignored');
const problem = phraseFinding(TEXT, 'Your problem is', 'blame/your-problem-is');
const coached = () => run([{ type: 'started', focused: true }, checked(TEXT, [ignored, problem])]).state;

describe('the session state: text and checks', () => {
  it('starts with a check and remembers whether the agent is in the box', () => {
    const step = update(initialState(), { type: 'started', focused: true });
    expect(types(step.effects)).toEqual(['check']);
    expect(step.state.focused).toBe(true);
  });

  it('a text change marks the findings behind the text and schedules a check and the typing pause', () => {
    const step = update(coached(), { type: 'textChanged' });
    expect(step.state.stale).toBe(true);
    expect(step.state.paused).toBe(false);
    expect(step.effects).toEqual([{ type: 'scheduleCheck' }, { type: 'startTimer', timer: 'pause', ms: PAUSE_MS }]);
    // The underlines stay until the check completes.
    expect(inlineFindings(step.state)).toEqual([ignored, problem]);
  });

  it('a due check runs, except during an IME composition, which schedules one when it ends', () => {
    expect(types(update(coached(), { type: 'checkDue' }).effects)).toEqual(['check']);
    const composing = update(coached(), { type: 'compositionStarted' }).state;
    expect(types(update(composing, { type: 'checkDue' }).effects)).toEqual(['cancelCheck']);
    const ended = update(composing, { type: 'compositionEnded' });
    expect(ended.state.composing).toBe(false);
    expect(types(ended.effects)).toEqual(['scheduleCheck']);
  });

  it('a check slice that ran out of time continues in the next task; the findings shown stay', () => {
    const before = coached();
    const step = update(before, { type: 'checkYielded' });
    expect(types(step.effects)).toEqual(['continueCheck']);
    expect(step.state).toBe(before);
  });

  it('findings that arrive replace the old ones and are told to the host', () => {
    const step = update(update(coached(), { type: 'textChanged' }).state, checked(TEXT, [problem]));
    expect(step.state.stale).toBe(false);
    expect(inlineFindings(step.state)).toEqual([problem]);
    expect(types(step.effects)).toEqual(['findingsChanged']);
  });

  it('rules switched off elsewhere are left out', () => {
    const step = update(coached(), checked(TEXT, [ignored, problem], new Set(['blame/you-ignored'])));
    expect(inlineFindings(step.state)).toEqual([problem]);
  });

  it('a long reply, checked near the caret only, shows the notice and no "missing" items', () => {
    const step = update(coached(), {
      type: 'checkDone',
      text: TEXT,
      checked: TEXT,
      findings: [problem, missing('missing-apology')],
      long: true,
      off: new Set(),
    });
    expect(step.state.notice).toBe(LONG_REPLY_NOTICE);
    expect(step.state.shown).toEqual([problem]);
  });

  it('a reply-wide finding (length) is a bar item, not an underline, and shows at once', () => {
    const length = { ...phraseFinding(TEXT, TEXT, 'length/long'), category: 'length', scope: 'reply' as const };
    const state = update(coached(), checked(TEXT, [problem, length])).state;
    expect(inlineFindings(state)).toEqual([problem]);
    expect(barFindings(state)).toEqual([length]);
  });
});

describe('the session state: the card', () => {
  it('hovering a phrase opens its card for the pointer; hovering it again changes nothing', () => {
    const open = update(coached(), { type: 'pointerOver', finding: ignored, overCard: false });
    expect(open.state.card).toEqual({ finding: ignored, mode: 'pointer' });
    expect(open.effects).toEqual([{ type: 'cancelTimer', timer: 'grace' }]);
    expect(update(open.state, { type: 'pointerOver', finding: ignored, overCard: false }).state).toBe(open.state);
  });

  it('leaving the phrase starts a grace; reaching the card cancels it; when it runs out the card closes', () => {
    const open = update(coached(), { type: 'pointerOver', finding: ignored, overCard: false }).state;
    const away = update(open, { type: 'pointerOver', finding: null, overCard: false });
    expect(away.effects).toContainEqual({ type: 'startTimer', timer: 'grace', ms: GRACE_MS });
    expect(away.state.card).not.toBeNull();
    const onCard = update(away.state, { type: 'pointerOver', finding: null, overCard: true });
    expect(onCard.effects).toEqual([{ type: 'cancelTimer', timer: 'grace' }]);
    expect(update(away.state, { type: 'graceElapsed' }).state.card).toBeNull();
  });

  it('the grace never closes a card opened from the keyboard', () => {
    const keyboard = update(coached(), { type: 'nextRequested', caret: 0 }).state;
    expect(update(keyboard, { type: 'graceElapsed' }).state.card?.mode).toBe('keyboard');
  });

  it('a click on a phrase opens its card; a click elsewhere changes nothing', () => {
    expect(update(coached(), { type: 'clicked', finding: problem }).state.card).toEqual({
      finding: problem,
      mode: 'pointer',
    });
    const state = coached();
    expect(update(state, { type: 'clicked', finding: null }).state).toBe(state);
  });

  it('Alt+Shift+N opens the next finding after the caret, gives the card the focus, and wraps', () => {
    const step = update(coached(), { type: 'nextRequested', caret: 0 });
    expect(step.state.card).toEqual({ finding: ignored, mode: 'keyboard', focused: true });
    expect(step.effects).toContainEqual({ type: 'keyHandled' });
    expect(step.effects).toContainEqual({ type: 'saveSelection' });
    expect(step.effects).toContainEqual({ type: 'focusCard' });
    // From the card, "next" counts from the card's own finding, and the selection saved first is kept.
    const second = update(step.state, { type: 'nextRequested', caret: -1 });
    expect(second.state.card?.finding).toBe(problem);
    expect(second.effects).not.toContainEqual({ type: 'saveSelection' });
    expect(update(second.state, { type: 'nextRequested', caret: -1 }).state.card?.finding).toBe(ignored);
  });

  it('Alt+Shift+N goes on from the last underline to the bar, but only to items the bar shows', () => {
    const apology = missing('missing-apology', 6);
    const hidden = update(coached(), checked(TEXT, [ignored, apology])).state;
    expect(nextFinding(hidden, ignored.start + 1)).toBe(ignored);
    const shown = update(hidden, { type: 'left' }).state;
    const onPhrase = update(shown, { type: 'nextRequested', caret: ignored.start }).state;
    expect(nextFinding(onPhrase, ignored.start)).toBe(apology);
  });

  it('Alt+Shift+N with nothing to show is still the coach’s key', () => {
    const empty = run([{ type: 'started', focused: true }, checked('Hi', [])]).state;
    const step = update(empty, { type: 'nextRequested', caret: 0 });
    expect(step.effects).toEqual([{ type: 'keyHandled' }]);
    expect(step.state.card).toBeNull();
  });

  it('a focused card: Esc closes it and gives the focus back; other keys are its buttons’ own', () => {
    const keyboard = update(coached(), { type: 'nextRequested', caret: 0 }).state;
    const esc = update(keyboard, { type: 'keyPressed', key: 'escape' });
    expect(esc.state.card).toBeNull();
    expect(esc.effects).toEqual([{ type: 'keyHandled' }, { type: 'restoreFocus' }]);
    for (const key of ['enter', 'other'] as const) {
      const step = update(keyboard, { type: 'keyPressed', key });
      expect(step.state).toBe(keyboard);
      expect(step.effects).toEqual([]);
    }
  });

  it('a keyboard card the focus went back from (a failed rewrite) takes Enter again; another key closes it', () => {
    const keyboard = run(
      [
        { type: 'nextRequested', caret: 0 },
        { type: 'applyRequested', finding: ignored, replacement: 'we missed' },
        { type: 'rewriteFailed', reason: 'not-applied' },
      ],
      coached(),
    ).state;
    expect(keyboard.card?.focused).toBeUndefined();
    const enter = update(keyboard, { type: 'keyPressed', key: 'enter' });
    expect(enter.effects).toEqual([
      { type: 'keyHandled' },
      { type: 'replace', finding: ignored, replacement: 'we missed' },
    ]);
    const other = update(keyboard, { type: 'keyPressed', key: 'other' });
    expect(other.state.card).toBeNull();
    expect(other.effects).toEqual([]);
  });

  it('Enter on a card without rewrites, or on a hover card, is the agent’s newline', () => {
    const advice = { ...ignored, replacements: [] };
    const keyboard = run([checked(TEXT, [advice]), { type: 'nextRequested', caret: 0 }]).state;
    expect(update(keyboard, { type: 'keyPressed', key: 'enter' }).effects).toEqual([]);
    expect(keyboard.card?.focused).toBe(true);
    const hover = update(coached(), { type: 'pointerOver', finding: ignored, overCard: false }).state;
    const step = update(hover, { type: 'keyPressed', key: 'enter' });
    expect(step.effects).toEqual([]);
    expect(step.state).toBe(hover);
  });

  it('a card closes when a check no longer finds its phrase', () => {
    const open = update(coached(), { type: 'clicked', finding: ignored }).state;
    expect(update(open, checked(TEXT, [problem])).state.card).toBeNull();
    // Found again at the same place (a new object from a new check): it stays open.
    expect(update(open, checked(TEXT, [{ ...ignored }, problem])).state.card).toBe(open.card);
  });
});

describe('the session state: rewrites, dismissals, switches', () => {
  it('a chosen rewrite is replaced once: a second choice while it runs, and checks, wait', () => {
    const step = update(coached(), { type: 'applyRequested', finding: problem, replacement: 'The cable is' });
    expect(step.effects).toEqual([{ type: 'replace', finding: problem, replacement: 'The cable is' }]);
    expect(update(step.state, { type: 'applyRequested', finding: ignored, replacement: 'x' }).effects).toEqual([]);
    expect(types(update(step.state, { type: 'checkDue' }).effects)).toEqual(['cancelCheck']);
    // A hover meanwhile opens nothing.
    expect(update(step.state, { type: 'pointerOver', finding: ignored, overCard: false }).state.card).toBeNull();
  });

  it('an applied rewrite closes the card and checks again', () => {
    const open = update(coached(), { type: 'clicked', finding: problem }).state;
    const applying = update(open, { type: 'applyRequested', finding: problem, replacement: 'The cable is' }).state;
    const done = update(applying, { type: 'rewriteApplied' });
    expect(done.state.card).toBeNull();
    expect(done.state.applying).toBeNull();
    expect(types(done.effects)).toEqual(['scheduleCheck']);
  });

  it('a rewrite refused because the text moved says so and offers the rewrite to copy', () => {
    const open = update(coached(), { type: 'nextRequested', caret: 0 }).state;
    // Enter on the focused card's first rewrite: the editor gets the focus back before the rewrite goes in.
    const apply = update(open, { type: 'applyRequested', finding: ignored, replacement: 'we missed' });
    expect(types(apply.effects)).toEqual(['restoreFocus', 'replace']);
    const applying = apply.state;
    const failed = update(applying, { type: 'rewriteFailed', reason: 'stale' });
    expect(failed.state.card?.finding).toBe(ignored);
    expect(failed.state.card?.mode).toBe('keyboard');
    expect(failed.state.card?.failure).toMatchObject({ replacement: 'we missed', reason: 'stale' });
    expect(failed.state.card?.failure?.message).toMatch(/changed since this was checked, so nothing was replaced/);
    expect(types(failed.effects)).toEqual(['scheduleCheck']);
  });

  it('"Insert" on a bar item inserts where the latest check says that item goes', () => {
    const early = missing('missing-next-step', 10);
    const late = missing('missing-next-step', TEXT.length);
    const state = run([{ type: 'left' }, checked(TEXT, [early]), checked(TEXT, [late])]).state;
    const step = update(state, { type: 'insertRequested', ruleId: early.ruleId, sentence: ' We will write.' });
    expect(step.effects).toEqual([{ type: 'replace', finding: late, replacement: ' We will write.' }]);
    expect(update(state, { type: 'insertRequested', ruleId: 'gone', sentence: 'x' }).effects).toEqual([]);
  });

  it('a dismissed phrase stays dismissed while its words stay (moved or not), and comes back when they change', () => {
    const dismissed = update(update(coached(), { type: 'clicked', finding: ignored }).state, {
      type: 'dismissed',
      finding: ignored,
    });
    expect(dismissed.state.card).toBeNull();
    expect(inlineFindings(dismissed.state)).toEqual([problem]);
    expect(types(dismissed.effects)).toEqual(['dismissalKept', 'findingsChanged']);
    const moved = `Oh. ${TEXT}`;
    const again = phraseFinding(moved, 'you ignored', ignored.ruleId);
    expect(inlineFindings(update(dismissed.state, checked(moved, [again])).state)).toEqual([]);
    const reworded = TEXT.replace('you ignored', 'you skipped');
    const other = phraseFinding(reworded, 'you skipped', ignored.ruleId);
    expect(inlineFindings(update(dismissed.state, checked(reworded, [other])).state)).toEqual([other]);
  });

  it('a dismissed bar item stays dismissed while the reply changes', () => {
    const apology = missing('missing-apology');
    const state = run([{ type: 'left' }, checked(TEXT, [apology]), { type: 'dismissed', finding: apology }]).state;
    expect(barFindings(state)).toEqual([]);
    expect(barFindings(update(state, checked(`${TEXT} More.`, [missing('missing-apology', 3)])).state)).toEqual([]);
  });

  it('"Turn this rule off" → "Here only" hides the rule, tells the host, keeps it off, and offers Undo', () => {
    const open = update(coached(), { type: 'clicked', finding: problem }).state;
    const asked = update(open, { type: 'turnOffAsked', finding: problem });
    expect(asked.state.card).toEqual({ finding: problem, mode: 'pointer', step: 'chooseOff' });
    expect(inlineFindings(asked.state)).toEqual([ignored, problem]);
    const step = update(asked.state, { type: 'turnedOff', finding: problem, scope: 'here' });
    expect(step.effects[0]).toEqual({ type: 'ruleTurnedOff', ruleId: problem.ruleId, scope: 'here' });
    expect(step.state.card).toEqual({ finding: problem, mode: 'pointer', step: 'offHere' });
    expect(inlineFindings(update(step.state, checked(TEXT, [ignored, problem])).state)).toEqual([ignored]);
  });

  it('once the box is removed, timers and checks are cancelled and nothing more happens', () => {
    const open = update(coached(), { type: 'clicked', finding: problem }).state;
    const removed = update(open, { type: 'removed' });
    expect(removed.state.card).toBeNull();
    expect(removed.effects).toEqual([
      { type: 'cancelCheck' },
      { type: 'cancelTimer', timer: 'pause' },
      { type: 'cancelTimer', timer: 'grace' },
    ]);
    for (const event of [{ type: 'textChanged' }, { type: 'checkDue' }, checked(TEXT, [problem])] as const) {
      const after = update(removed.state, event);
      expect(after.state).toBe(removed.state);
      expect(after.effects).toEqual([]);
    }
    expect(visibleFindings(removed.state)).toEqual([ignored, problem]);
  });
});
