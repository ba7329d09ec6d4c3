import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { onBroadcast } from '../../../messaging/broadcast.ts';
import { askBackground, MessagingError } from '../../../messaging/client.ts';
import type { CoachState } from '../../../messaging/protocol.ts';
import { type BackgroundHandlers, serveBackground } from '../../../messaging/server.ts';

const state: CoachState = {
  revision: 3,
  compiled: { format: 1, id: 'x', name: 'X', rules: [] },
  siteEnabled: true,
  disabledRules: ['blame/a'],
};

function handlers(overrides: Partial<BackgroundHandlers> = {}): BackgroundHandlers {
  const fail = () => {
    throw new Error('not used in this test');
  };
  return {
    getCoachState: () => state,
    startCoach: fail,
    setRuleEnabled: fail,
    turnRuleOffHere: fail,
    turnRuleOnHere: fail,
    askTurnOffEverywhere: fail,
    keepDismissal: fail,
    listDismissals: fail,
    setSiteRuleEnabled: fail,
    listSwitchedOff: fail,
    setSiteEnabled: fail,
    importRulebook: fail,
    loadOptions: fail,
    checkRule: fail,
    saveRule: fail,
    deleteRule: fail,
    restoreRule: fail,
    setRuleSeverity: fail,
    exportLayer: fail,
    previewImport: fail,
    previewSubscription: fail,
    listVersions: fail,
    restoreVersion: fail,
    setSwitches: fail,
    listStoredRulebooks: fail,
    addAttempt: fail,
    listAttempts: fail,
    getPracticeRulebook: fail,
    setSubscription: fail,
    syncNow: fail,
    reportFindings: fail,
    ...overrides,
  };
}

describe('background messaging', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers a typed request with a validated value', async () => {
    const controller = new AbortController();
    const seen = vi.fn();
    serveBackground(
      handlers({
        getCoachState: (request) => {
          seen(request.host);
          return state;
        },
      }),
      controller.signal,
    );
    await expect(askBackground({ type: 'getCoachState', host: 'mail.google.com' })).resolves.toEqual(state);
    expect(seen).toHaveBeenCalledWith('mail.google.com');
    controller.abort();
  });

  it('rejects a malformed request at the receiving end', async () => {
    const controller = new AbortController();
    const setRule = vi.fn(() => ({ revision: 1 }));
    serveBackground(handlers({ setRuleEnabled: setRule }), controller.signal);
    const answer = await browser.runtime.sendMessage({ type: 'setRuleEnabled', ruleId: 42, enabled: 'yes' });
    expect(answer).toMatchObject({ ok: false });
    expect(setRule).not.toHaveBeenCalled();
    controller.abort();
  });

  it('turns a handler error into a MessagingError for the caller', async () => {
    const controller = new AbortController();
    serveBackground(
      handlers({
        setRuleEnabled: () => {
          throw new Error('this rule is locked by your team');
        },
      }),
      controller.signal,
    );
    await expect(askBackground({ type: 'setRuleEnabled', ruleId: 'blame/a', enabled: false })).rejects.toThrow(
      /locked by your team/,
    );
    controller.abort();
  });

  it('rejects an answer of the wrong shape on the caller side', async () => {
    const controller = new AbortController();
    serveBackground(
      handlers({ getCoachState: () => ({ ...state, compiled: { format: 99 } }) as unknown as CoachState }),
      controller.signal,
    );
    await expect(askBackground({ type: 'getCoachState', host: 'a.example' })).rejects.toBeInstanceOf(MessagingError);
    controller.abort();
  });

  it('stops answering once its signal aborts', async () => {
    const controller = new AbortController();
    serveBackground(handlers(), controller.signal);
    controller.abort();
    await expect(
      askBackground({ type: 'getCoachState', host: 'a.example' }, { timeoutMs: 200 }),
    ).rejects.toBeInstanceOf(MessagingError);
  });
});

describe('broadcasts', () => {
  beforeEach(() => fakeBrowser.reset());

  it('passes valid broadcasts to the handler and drops others', async () => {
    const controller = new AbortController();
    const got = vi.fn();
    onBroadcast(got, controller.signal);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'coachStateChanged', revision: 7 }, {});
    await fakeBrowser.runtime.onMessage.trigger({ type: 'coachStateChanged', revision: 'seven' }, {});
    await fakeBrowser.runtime.onMessage.trigger({ type: 'somethingElse' }, {});
    expect(got).toHaveBeenCalledTimes(1);
    expect(got).toHaveBeenCalledWith({ type: 'coachStateChanged', revision: 7 });
    controller.abort();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'coachStateChanged', revision: 8 }, {});
    expect(got).toHaveBeenCalledTimes(1);
  });
});
