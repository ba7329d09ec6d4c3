// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { Card, type CardActions } from '../../../editors/card.ts';
import { failureMessage, undoKeysFor } from '../../../editors/session/messages.ts';
import { initialState, update } from '../../../editors/session/state.ts';
import { checked, phraseFinding, run } from './session-helpers.ts';

const TEXT = 'Hello Dana, you ignored our reminder.';
const ignored = phraseFinding(TEXT, 'you ignored');

/** A rewrite chosen on the card, then the editor's outcome. */
function failedWith(reason: 'stale' | 'not-applied' | 'restored' | 'damaged', undoKeys?: string) {
  return run(
    [
      checked(TEXT, [ignored]),
      { type: 'clicked', finding: ignored },
      { type: 'applyRequested', finding: ignored, replacement: 'we missed' },
      { type: 'rewriteFailed', reason },
    ],
    initialState(undoKeys),
  ).state.card?.failure;
}

describe('a rewrite that failed says what happened to the draft', () => {
  it('undone cleanly, or never applied: the draft is as it was', () => {
    for (const reason of ['restored', 'not-applied'] as const) {
      expect(failedWith(reason)?.message).toBe('This editor did not take the change, so your draft is as it was.');
    }
  });

  it('undo failed too: the card says the draft may have changed and how to take the change back', () => {
    const failure = failedWith('damaged');
    expect(failure?.reason).toBe('damaged');
    expect(failure?.message).not.toMatch(/as it was/);
    expect(failure?.message).toMatch(/may have changed/);
    expect(failure?.message).toMatch(/Ctrl\+Z/);
    expect(failedWith('damaged', undoKeysFor('MacIntel'))?.message).toMatch(/⌘Z/);
  });

  it('a rewrite is only reported on the attempt it belongs to', () => {
    const state = update(initialState(), { type: 'rewriteFailed', reason: 'damaged' }).state;
    expect(state.card).toBeNull();
  });
});

const NO_ACTIONS: CardActions = {
  apply() {},
  dismiss() {},
  askTurnOff() {},
  turnOff() {},
  undoTurnOff() {},
  close() {},
  escape() {},
  next() {},
  blurred() {},
};

describe('the card shows the failure', () => {
  const controller = new AbortController();
  afterEach(() => controller.abort());

  it('with the honest message and the rewrite to copy', () => {
    const card = new Card(document, NO_ACTIONS, controller.signal);
    card.open(ignored, new DOMRect(10, 10, 40, 16), 'pointer');
    card.offerCopy('we missed', failureMessage('damaged', 'Ctrl+Z'));
    const status = card.element.querySelector('.status');
    expect(status?.getAttribute('role')).toBe('status');
    expect(status?.textContent).toMatch(/your draft may have changed.*Ctrl\+Z/);
    expect(card.element.querySelector('[data-action="copy"]')?.textContent).toBe('Copy rewrite');
  });
});

it('a second failure on the same card replaces the first one’s message and button', () => {
  const controller = new AbortController();
  const card = new Card(document, NO_ACTIONS, controller.signal);
  card.open(ignored, new DOMRect(10, 10, 40, 16), 'pointer');
  card.offerCopy('we missed', failureMessage('stale', 'Ctrl+Z'));
  card.offerCopy('we missed', failureMessage('damaged', 'Ctrl+Z'));
  expect(card.element.querySelectorAll('.status').length).toBe(1);
  expect(card.element.querySelectorAll('[data-action="copy"]').length).toBe(1);
  expect(card.element.querySelector('.status')?.textContent).toMatch(/may have changed/);
  controller.abort();
});
