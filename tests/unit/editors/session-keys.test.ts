import { describe, expect, it } from 'vitest';
import { draftDismissKey } from '../../../editors/session/findings.ts';
import { inlineFindings, update } from '../../../editors/session/state.ts';
import { checked, missing, phraseFinding, run, types } from './session-helpers.ts';

/** RELIABILITY K9: the keyboard model, the card's turn-off steps and kept dismissals, as state transitions. */
const TEXT = 'Hello Dana, you ignored our reminder. Your problem is the cable.';
const ignored = phraseFinding(TEXT, 'you ignored', 'blame/you-ignored');
const problem = phraseFinding(TEXT, 'Your problem is', 'blame/your-problem-is');
const coached = () => run([{ type: 'started', focused: true }, checked(TEXT, [ignored, problem])]).state;
const focusedCard = () => update(coached(), { type: 'nextRequested', caret: 0 }).state;
const hoverCard = () => update(coached(), { type: 'pointerOver', finding: ignored, overCard: false }).state;

describe('the keyboard model', () => {
  it('a hover card closes on Esc, which is the coach’s key, and the focus stays where it is', () => {
    const step = update(hoverCard(), { type: 'keyPressed', key: 'escape' });
    expect(step.state.card).toBeNull();
    expect(step.effects).toEqual([{ type: 'keyHandled' }]);
  });

  it('Esc with no card open is the editor’s', () => {
    const state = coached();
    const step = update(state, { type: 'keyPressed', key: 'escape' });
    expect(step.state).toBe(state);
    expect(step.effects).toEqual([]);
  });

  it('a focused card stays while the pointer passes over other phrases or the grace runs out', () => {
    const card = focusedCard();
    expect(update(card, { type: 'pointerOver', finding: problem, overCard: false }).state.card).toBe(card.card);
    expect(update(card, { type: 'pointerOver', finding: null, overCard: false }).state.card).toBe(card.card);
    expect(update(card, { type: 'graceElapsed' }).state.card).toBe(card.card);
  });

  it('the focus leaving a focused card closes it without taking the focus back; a hover card ignores it', () => {
    const blurred = update(focusedCard(), { type: 'cardBlurred' });
    expect(blurred.state.card).toBeNull();
    expect(blurred.effects).toEqual([]);
    const hover = hoverCard();
    expect(update(hover, { type: 'cardBlurred' }).state).toBe(hover);
  });

  it('a rewrite, Dismiss or Close on a focused card gives the focus back to the editor first', () => {
    const apply = update(focusedCard(), { type: 'applyRequested', finding: ignored, replacement: 'we missed' });
    expect(types(apply.effects)).toEqual(['restoreFocus', 'replace']);
    // The card waits for the rewrite without the focus, so the focus leaving it does not close it early.
    expect(apply.state.card?.focused).toBeUndefined();
    const dismiss = update(focusedCard(), { type: 'dismissed', finding: ignored });
    expect(types(dismiss.effects)).toEqual(['restoreFocus', 'dismissalKept', 'findingsChanged']);
    const close = update(focusedCard(), { type: 'cardClosed' });
    expect(close.state.card).toBeNull();
    expect(close.effects).toEqual([{ type: 'restoreFocus' }]);
  });

  it('on a hover card the same buttons leave the focus alone', () => {
    expect(types(update(hoverCard(), { type: 'dismissed', finding: ignored }).effects)).not.toContain('restoreFocus');
    expect(types(update(hoverCard(), { type: 'applyRequested', finding: ignored, replacement: 'x' }).effects)).toEqual([
      'replace',
    ]);
  });

  it('from a bar item on the card, Alt+Shift+N wraps to the first underline', () => {
    const apology = missing('missing-apology', 6);
    const shown = run([checked(TEXT, [ignored, apology]), { type: 'left' }], coached()).state;
    const onBar = run(
      [
        { type: 'nextRequested', caret: 0 },
        { type: 'nextRequested', caret: -1 },
      ],
      shown,
    ).state;
    expect(onBar.card?.finding).toBe(apology);
    expect(update(onBar, { type: 'nextRequested', caret: -1 }).state.card?.finding).toBe(ignored);
  });
});

describe('turning a rule off from the card', () => {
  it('asking where keeps the card (and its focus) on the same finding', () => {
    const step = update(focusedCard(), { type: 'turnOffAsked', finding: ignored });
    expect(step.state.card).toEqual({ finding: ignored, mode: 'keyboard', focused: true, step: 'chooseOff' });
    expect(step.effects).toEqual([{ type: 'focusCard' }]);
  });

  it('"Here only" survives the next check with the Undo card open; Undo brings the rule back and checks', () => {
    const off = run(
      [
        { type: 'turnOffAsked', finding: ignored },
        { type: 'turnedOff', finding: ignored, scope: 'here' },
      ],
      focusedCard(),
    );
    expect(off.state.card?.step).toBe('offHere');
    expect(off.all).toContainEqual({ type: 'focusCard' });
    const later = update(off.state, checked(TEXT, [ignored, problem])).state;
    expect(inlineFindings(later)).toEqual([problem]);
    expect(later.card?.step).toBe('offHere');
    const undo = update(later, { type: 'turnOffUndone', finding: ignored });
    expect(undo.state.card).toBeNull();
    expect(types(undo.effects)).toEqual(['restoreFocus', 'ruleTurnedOn', 'scheduleCheck', 'findingsChanged']);
    expect(inlineFindings(undo.state)).toEqual([ignored, problem]);
  });

  it('"Everywhere" only tells the host (which asks on an extension page): the rule stays on here meanwhile', () => {
    const step = update(hoverCard(), { type: 'turnedOff', finding: ignored, scope: 'everywhere' });
    expect(step.effects).toEqual([{ type: 'ruleTurnedOff', ruleId: ignored.ruleId, scope: 'everywhere' }]);
    expect(step.state.card?.step).toBe('offEverywhere');
    expect(step.state.turnedOff.size).toBe(0);
    expect(inlineFindings(step.state)).toEqual([ignored, problem]);
  });

  it('after "Turn this rule off" the card is no hover: the grace does not close it, a click in the text does', () => {
    const asked = update(hoverCard(), { type: 'turnOffAsked', finding: ignored }).state;
    const away = update(asked, { type: 'pointerOver', finding: null, overCard: false });
    expect(away.effects).toEqual([]);
    expect(update(asked, { type: 'graceElapsed' }).state.card).toBe(asked.card);
    expect(update(asked, { type: 'clicked', finding: null }).state.card).toBeNull();
  });

  it('Undo for a rule that is not off just closes the card', () => {
    const step = update(hoverCard(), { type: 'turnOffUndone', finding: ignored });
    expect(step.state.card).toBeNull();
    expect(types(step.effects)).toEqual([]);
  });
});

describe('dismissals kept for the session of a reply', () => {
  it('a dismissal is kept with the text around the phrase; restored, it hides that phrase in that draft only', () => {
    const key = draftDismissKey(ignored, TEXT);
    const dismissed = update(coached(), { type: 'dismissed', finding: ignored });
    expect(dismissed.effects).toContainEqual({ type: 'dismissalKept', key });
    // The same draft loaded again: a fresh session restores the key and the phrase is not shown.
    const reloaded = run([{ type: 'dismissalsRestored', keys: [key] }, checked(TEXT, [ignored, problem])]).state;
    expect(inlineFindings(reloaded)).toEqual([problem]);
    // The same words in another reply are flagged.
    const other = 'Hi Sam, you ignored the second reminder too.';
    const elsewhere = phraseFinding(other, 'you ignored', ignored.ruleId);
    const fresh = run([{ type: 'dismissalsRestored', keys: [key] }, checked(other, [elsewhere])]).state;
    expect(inlineFindings(fresh)).toEqual([elsewhere]);
  });

  it('the key ignores how the text around is spaced, and a bar item is kept by its rule', () => {
    const spaced = TEXT.replace('Hello Dana,', 'Hello  Dana,\n');
    expect(draftDismissKey(phraseFinding(spaced, 'you ignored', ignored.ruleId), spaced)).toBe(
      draftDismissKey(ignored, TEXT),
    );
    expect(draftDismissKey(missing('missing-apology', 3), TEXT)).toBe('missing-apology/test');
  });

  it('no kept dismissals change nothing', () => {
    const state = coached();
    const step = update(state, { type: 'dismissalsRestored', keys: [] });
    expect(step.state).toBe(state);
    expect(step.effects).toEqual([]);
  });
});
