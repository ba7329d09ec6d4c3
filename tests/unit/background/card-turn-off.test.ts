import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { SessionArea } from '../../../background/dismissals.ts';
import { createService } from '../../../background/service.ts';
import { askBackground } from '../../../messaging/client.ts';
import { askFromPage } from '../../../messaging/page-client.ts';
import { serveBackground } from '../../../messaging/server.ts';
import type { TactfulDb } from '../../../storage/db.ts';
import { contentScript, optionsPage, sendAs } from '../senders.ts';
import { avoidRule, freshDb, rulebook } from '../storage/helpers.ts';

/** RELIABILITY K4–K7 (worker side): the card's turn-off choices, Undo, kept dismissals and practice's rulebook. */
const starter = rulebook('tactful/starter', [
  avoidRule('starter/calm-down', 'calm down'),
  avoidRule('starter/not-our-fault', 'not our fault'),
]);
const HOSTILE = 'https://evil.zendesk.com/agent/tickets/1';
const GMAIL = 'https://mail.google.com/mail/u/0/';

/**
 * storage.session as a map (the fake browser's areas are shared between tests), keyed as Chromium keys it: cut at
 * the first NUL (seen in Chromium 156; the kept dismissals were all filed under "dismissed" until keys became JSON).
 */
function memoryArea(): SessionArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  const stored = (key: string) => key.split('\u0000')[0] as string;
  return {
    data,
    get: async (key) => (data.has(stored(key)) ? { [key]: data.get(stored(key)) } : {}),
    set: async (items) => {
      for (const [k, v] of Object.entries(items)) data.set(stored(k), v);
    },
  };
}

let db: TactfulDb;
let controller: AbortController;
let opened: string[];
let area: ReturnType<typeof memoryArea>;

beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb();
  controller = new AbortController();
  opened = [];
  area = memoryArea();
  (fakeBrowser.tabs as unknown as { sendMessage: unknown }).sendMessage = vi.fn(async () => undefined);
  serveBackground(
    createService({
      db,
      starter,
      policy: async () => ({}),
      openPage: async (path) => {
        opened.push(path);
      },
      sessionArea: area,
    }).handlers,
    controller.signal,
  );
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

describe('turning a rule off from the card', () => {
  it('K4: Undo from a page turns the rule back on for its own site only', async () => {
    sendAs(contentScript(GMAIL));
    await askBackground({ type: 'turnRuleOffHere', ruleId: 'starter/calm-down' });
    sendAs(contentScript(HOSTILE));
    await askBackground({ type: 'turnRuleOffHere', ruleId: 'starter/calm-down' });
    // The hostile site's Undo, naming another host, reaches its own site's switch only.
    await askBackground({ type: 'turnRuleOnHere', ruleId: 'starter/calm-down', host: 'mail.google.com' } as never);
    expect(await rulesFor(HOSTILE)).toEqual(['starter/calm-down', 'starter/not-our-fault']);
    expect(await rulesFor(GMAIL)).toEqual(['starter/not-our-fault']);
  });

  it('K5: "Everywhere" from a page only opens the extension page to confirm it; the page confirms', async () => {
    sendAs(contentScript(HOSTILE));
    await expect(askBackground({ type: 'askTurnOffEverywhere', ruleId: 'starter/calm-down' })).resolves.toEqual({
      opened: true,
    });
    expect(opened).toEqual(['/turn-off.html?rule=starter%2Fcalm-down']);
    // Nothing is off anywhere until the extension page says so.
    expect(await rulesFor(GMAIL)).toEqual(['starter/calm-down', 'starter/not-our-fault']);
    expect(await rulesFor(HOSTILE)).toEqual(['starter/calm-down', 'starter/not-our-fault']);
    sendAs(contentScript(HOSTILE));
    await expect(
      askBackground({ type: 'setRuleEnabled', ruleId: 'starter/calm-down', enabled: false }),
    ).rejects.toThrow(/not accepted from this sender/);
    sendAs(optionsPage());
    await askFromPage({ type: 'setRuleEnabled', ruleId: 'starter/calm-down', enabled: false });
    expect(await rulesFor(GMAIL)).toEqual(['starter/not-our-fault']);
  });

  it('K7: practice scores with the team’s rules, a rule the agent switched off everywhere included', async () => {
    sendAs(optionsPage());
    await askFromPage({ type: 'setRuleEnabled', ruleId: 'starter/calm-down', enabled: false });
    expect(await rulesFor(GMAIL)).toEqual(['starter/not-our-fault']);
    sendAs(optionsPage());
    const { compiled } = await askFromPage({ type: 'getPracticeRulebook' });
    expect(compiled.rules.map((r) => r.id)).toEqual(['starter/calm-down', 'starter/not-our-fault']);
    // The team's own switches still count there.
    await askFromPage({ type: 'setSwitches', layer: 'team', ruleIds: ['starter/not-our-fault'], enabled: false });
    const after = await askFromPage({ type: 'getPracticeRulebook' });
    expect(after.compiled.rules.map((r) => r.id)).toEqual(['starter/calm-down']);
  });

  it('K7: a page cannot ask for practice’s rulebook', async () => {
    sendAs(contentScript(HOSTILE));
    await expect(askFromPage({ type: 'getPracticeRulebook' })).rejects.toThrow(/not accepted from this sender/);
  });
});

describe('dismissals kept for the session of a reply', () => {
  it('K6: kept per site and draft, read back by the same site only, each once', async () => {
    sendAs(contentScript(GMAIL));
    // Drafts are named as the content script names them: the page's path, a NUL, the box's name.
    const d1 = '/mail#d1\u0000Message Body';
    const d2 = '/mail#d2\u0000Message Body';
    await askBackground({ type: 'keepDismissal', draft: d1, key: 'k1' });
    await askBackground({ type: 'keepDismissal', draft: d1, key: 'k1' });
    await askBackground({ type: 'keepDismissal', draft: d1, key: 'k2' });
    expect(await askBackground({ type: 'listDismissals', draft: d1 })).toEqual(['k1', 'k2']);
    expect(await askBackground({ type: 'listDismissals', draft: d2 })).toEqual([]);
    // Another site naming the same draft reads nothing of Gmail's.
    sendAs(contentScript(HOSTILE));
    expect(await askBackground({ type: 'listDismissals', draft: d1 })).toEqual([]);
    expect([...area.data.keys()].every((k) => k.includes('mail.google.com'))).toBe(true);
  });
});
