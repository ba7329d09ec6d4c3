import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createService } from '../../../background/service.ts';
import { askBackground } from '../../../messaging/client.ts';
import { askFromPage } from '../../../messaging/page-client.ts';
import { serveBackground } from '../../../messaging/server.ts';
import type { TactfulDb } from '../../../storage/db.ts';
import { contentScript, optionsPage, popupPage, sendAs } from '../senders.ts';
import { avoidRule, freshDb, rulebook } from '../storage/helpers.ts';

/** RELIABILITY F5–F6: who may switch a rule off where, decided from the sender the browser fills in. */
const starter = rulebook('tactful/starter', [
  avoidRule('starter/calm-down', 'calm down'),
  avoidRule('starter/not-our-fault', 'not our fault'),
]);
const HOSTILE = 'https://evil.zendesk.com/agent/tickets/1';
const GMAIL = 'https://mail.google.com/mail/u/0/';

let db: TactfulDb;
let controller: AbortController;

beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb();
  controller = new AbortController();
  (fakeBrowser.tabs as unknown as { sendMessage: unknown }).sendMessage = vi.fn(async () => undefined);
  serveBackground(createService({ db, starter, policy: async () => ({}) }).handlers, controller.signal);
});
afterEach(async () => {
  controller.abort();
  await db.delete();
});

async function rulesFor(url: string): Promise<string[]> {
  sendAs(contentScript(url));
  const state = await askBackground({ type: 'getCoachState', host: new URL(url).hostname });
  return state.compiled.rules.map((r) => r.id);
}

describe('rule switches and their senders', () => {
  it('F5: a content script switches a rule off on its own site only, whatever host the message names', async () => {
    sendAs(contentScript(HOSTILE));
    // Unknown keys (a forged host) are dropped by the schema: the site comes from the sender.
    await askBackground({ type: 'turnRuleOffHere', ruleId: 'starter/calm-down', host: 'mail.google.com' } as never);
    expect(await db.siteRules.toArray()).toEqual([
      { host: 'evil.zendesk.com', ruleId: 'starter/calm-down', at: expect.any(Number) },
    ]);
    expect(await rulesFor(HOSTILE)).toEqual(['starter/not-our-fault']);
    expect(await rulesFor(GMAIL)).toEqual(['starter/calm-down', 'starter/not-our-fault']);
    sendAs(contentScript(HOSTILE));
    expect((await askBackground({ type: 'getCoachState', host: 'evil.zendesk.com' })).disabledRules).toEqual([
      'starter/calm-down',
    ]);
  });

  it('F5: an about:blank frame counts as the site it inherits its origin from', async () => {
    sendAs({ ...contentScript('about:blank', GMAIL, 3), origin: 'https://help.example.com' });
    await askBackground({ type: 'turnRuleOffHere', ruleId: 'starter/calm-down' });
    expect((await db.siteRules.toArray()).map((r) => r.host)).toEqual(['help.example.com']);
  });

  it('F6: a content script cannot switch a rule off everywhere, undo, list, or change anything else', async () => {
    sendAs(contentScript(HOSTILE));
    const refused = [
      askBackground({ type: 'setRuleEnabled', ruleId: 'starter/calm-down', enabled: false }),
      askBackground({
        type: 'setSiteRuleEnabled',
        host: 'mail.google.com',
        ruleId: 'starter/calm-down',
        enabled: false,
      }),
      askBackground({ type: 'listSwitchedOff' }),
      askBackground({ type: 'setSiteEnabled', host: 'mail.google.com', enabled: false }),
      askFromPage({ type: 'saveRule', layer: 'personal', rule: { id: 'me/x', kind: 'avoid' } }),
      askFromPage({ type: 'loadOptions' }),
      askBackground({ type: 'setSubscription', url: 'https://evil.example/rules.json' }),
      askBackground({ type: 'importRulebook', layer: 'personal', format: 'csv', text: 'phrase,rewrite\n' }),
    ];
    for (const attempt of refused) await expect(attempt).rejects.toThrow(/not accepted from this sender/);
    expect(await db.overrides.count()).toBe(0);
    expect(await db.siteRules.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
  });

  it('F6: an extension page framed inside a web page, or another extension, is not an extension page', async () => {
    const framed = { ...optionsPage(), frameId: 2, tab: { url: HOSTILE } };
    const other = { ...optionsPage(), id: 'someone-else' };
    for (const sender of [framed, other, {}]) {
      sendAs(sender);
      await expect(
        askBackground({ type: 'setRuleEnabled', ruleId: 'starter/calm-down', enabled: false }),
      ).rejects.toThrow(/not accepted/);
    }
    expect(await db.overrides.count()).toBe(0);
  });

  it('F4: the popup lists what was switched off, with its site, and turns it back on; the options switch it off everywhere', async () => {
    sendAs(contentScript(HOSTILE));
    await askBackground({ type: 'turnRuleOffHere', ruleId: 'starter/calm-down' });
    sendAs(optionsPage());
    await askBackground({ type: 'setRuleEnabled', ruleId: 'starter/not-our-fault', enabled: false });

    sendAs(popupPage());
    const list = await askBackground({ type: 'listSwitchedOff' });
    expect(list).toEqual([
      {
        ruleId: 'starter/calm-down',
        message: 'Try not to say "calm down".',
        site: 'evil.zendesk.com',
        at: expect.any(Number),
      },
      { ruleId: 'starter/not-our-fault', message: 'Try not to say "not our fault".', site: null },
    ]);
    expect(await rulesFor(GMAIL)).toEqual(['starter/calm-down']);

    sendAs(popupPage());
    await askBackground({
      type: 'setSiteRuleEnabled',
      host: 'evil.zendesk.com',
      ruleId: 'starter/calm-down',
      enabled: true,
    });
    await askBackground({ type: 'setRuleEnabled', ruleId: 'starter/not-our-fault', enabled: true });
    expect(await askBackground({ type: 'listSwitchedOff' })).toEqual([]);
    expect(await rulesFor(HOSTILE)).toEqual(['starter/calm-down', 'starter/not-our-fault']);
  });
});
