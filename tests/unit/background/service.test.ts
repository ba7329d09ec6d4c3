import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readPolicy } from '../../../background/read-policy.ts';
import { createService } from '../../../background/service.ts';
import { SYNC_ALARM } from '../../../background/subscription.ts';
import { askBackground } from '../../../messaging/client.ts';
import { serveBackground } from '../../../messaging/server.ts';
import { check, prepareRulebook } from '../../../rules/index.ts';
import type { TactfulDb } from '../../../storage/db.ts';
import { optionsPage, sendAs } from '../senders.ts';
import { avoidRule, freshDb, json, rulebook } from '../storage/helpers.ts';

const starter = rulebook('tactful/starter', [avoidRule('starter/calm-down', 'calm down')]);
const team = rulebook('acme/voice', [
  avoidRule('team/not-our-fault', 'not our fault'),
  avoidRule('team/locked', 'per our policy', { locked: true }),
]);

let db: TactfulDb;
let controller: AbortController;
let sent: ReturnType<typeof vi.fn>;

beforeEach(async () => {
  fakeBrowser.reset();
  // Everything in these tests comes from an extension page; content-script senders are tested on their own.
  sendAs(optionsPage());
  db = freshDb();
  controller = new AbortController();
  sent = vi.fn(async () => undefined);
  // The fake browser has no tabs.sendMessage: record broadcasts instead.
  (fakeBrowser.tabs as unknown as { sendMessage: unknown }).sendMessage = sent;
  await fakeBrowser.tabs.create({ url: 'https://mail.google.com/' });
  serveBackground(createService({ db, starter, policy: readPolicy }).handlers, controller.signal);
});
afterEach(async () => {
  controller.abort();
  await db.delete();
});

const state = (host = 'mail.google.com') => askBackground({ type: 'getCoachState', host });
const ruleIds = async () => (await state()).compiled.rules.map((r) => r.id);
const flags = async (text: string) =>
  check(text, prepareRulebook((await state()).compiled), {}).findings.map((f) => f.ruleId);

describe('background service over messaging', () => {
  it('coaches with the starter rulebook on a fresh install and caches the compiled form', async () => {
    const first = await state();
    expect(first.siteEnabled).toBe(true);
    expect(first.compiled.rules.map((r) => r.id)).toEqual(['starter/calm-down']);
    const cached = await db.compiled.get('effective');
    expect(cached?.compiled).toEqual(first.compiled);
    await state();
    expect((await db.compiled.get('effective'))?.builtAt).toBe(cached?.builtAt);
  });

  it('imports a team rulebook, bumps the revision, broadcasts, and the new rule coaches', async () => {
    const before = await state();
    const result = await askBackground({ type: 'importRulebook', layer: 'team', format: 'json', text: json(team) });
    expect(result).toMatchObject({ ok: true, ruleCount: 2 });
    const after = await state();
    expect(after.revision).toBeGreaterThan(before.revision);
    expect(sent).toHaveBeenCalledWith(expect.any(Number), { type: 'coachStateChanged', revision: after.revision });
    expect(await flags("Honestly, that's not our fault.")).toEqual(['team/not-our-fault']);
  });

  it('keeps the language a team book states: its rules judge that language, the starter’s English', async () => {
    const hebrew = { ...rulebook('acme/he', [avoidRule('team/your-fault', 'זו אשמתך')]), language: 'he' };
    const result = await askBackground({ type: 'importRulebook', layer: 'team', format: 'json', text: json(hebrew) });
    expect(result).toMatchObject({ ok: true, ruleCount: 1 });
    const languages = (await state()).compiled.rules.map((r) => [r.id, r.language]);
    expect(languages).toEqual([
      ['starter/calm-down', 'en'],
      ['team/your-fault', 'he'],
    ]);
    expect(await flags('שלום, זו אשמתך שההזמנה התעכבה. Please calm down, it ships today.')).toEqual([
      'team/your-fault',
      'starter/calm-down',
    ]);
    expect(await flags('אנא calm down, זו אשמתך שההזמנה התעכבה ולא שלנו.')).toEqual(['team/your-fault']);
  });

  it('a bad import changes nothing and broadcasts nothing', async () => {
    await askBackground({ type: 'importRulebook', layer: 'team', format: 'json', text: json(team) });
    sent.mockClear();
    const revision = (await state()).revision;
    const result = await askBackground({
      type: 'importRulebook',
      layer: 'team',
      format: 'json',
      text: '{"schemaVersion":2',
    });
    expect(result).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/not valid JSON/) }] });
    expect((await db.rulebooks.get('team'))?.book).toEqual(team);
    expect((await state()).revision).toBe(revision);
    expect(sent).not.toHaveBeenCalled();
  });

  it('imports a CSV of phrase → rewrite pairs into the personal layer', async () => {
    const result = await askBackground({
      type: 'importRulebook',
      layer: 'personal',
      format: 'csv',
      text: 'phrase,rewrite\nas I said,to recap\n',
      name: 'My sheet',
    });
    expect(result).toMatchObject({ ok: true, ruleCount: 1 });
    expect(await flags('As I said, restart it.')).toHaveLength(1);
  });

  it('switches a rule off for the user, and refuses for a rule the team locked', async () => {
    await askBackground({ type: 'importRulebook', layer: 'team', format: 'json', text: json(team) });
    await askBackground({ type: 'setRuleEnabled', ruleId: 'starter/calm-down', enabled: false });
    const after = await state();
    expect(after.compiled.rules.map((r) => r.id)).not.toContain('starter/calm-down');
    expect(after.disabledRules).toEqual(['starter/calm-down']);
    await expect(askBackground({ type: 'setRuleEnabled', ruleId: 'team/locked', enabled: false })).rejects.toThrow(
      /team has locked/,
    );
    expect(await ruleIds()).toContain('team/locked');
    await askBackground({ type: 'setRuleEnabled', ruleId: 'starter/calm-down', enabled: true });
    expect(await ruleIds()).toContain('starter/calm-down');
  });

  it('switches coaching off per site', async () => {
    const { revision } = await askBackground({ type: 'setSiteEnabled', host: 'mail.google.com', enabled: false });
    expect(await state('mail.google.com')).toMatchObject({ siteEnabled: false, revision });
    expect((await state('acme.zendesk.com')).siteEnabled).toBe(true);
    expect(sent).toHaveBeenLastCalledWith(expect.any(Number), { type: 'coachStateChanged', revision });
  });
});

describe('managed policy (C7)', () => {
  it('wins over local settings and keeps the team layer read-only', async () => {
    await askBackground({ type: 'importRulebook', layer: 'team', format: 'json', text: json(team) });
    await fakeBrowser.storage.managed.set({ locked: true, disabledSites: ['zendesk.com'] });

    const refused = await askBackground({ type: 'importRulebook', layer: 'team', format: 'json', text: json(starter) });
    expect(refused).toMatchObject({
      ok: false,
      problems: [{ message: expect.stringMatching(/organisation manages/) }],
    });
    expect((await db.rulebooks.get('team'))?.book).toEqual(team);

    await expect(
      askBackground({ type: 'setRuleEnabled', ruleId: 'team/not-our-fault', enabled: false }),
    ).rejects.toThrow(/organisation has locked/);
    await expect(
      askBackground({ type: 'setRuleEnabled', ruleId: 'starter/calm-down', enabled: false }),
    ).rejects.toThrow(/organisation has locked/);

    expect((await state('acme.zendesk.com')).siteEnabled).toBe(false);
    await expect(askBackground({ type: 'setSiteEnabled', host: 'acme.zendesk.com', enabled: true })).rejects.toThrow(
      /organisation has turned Tactful off/,
    );
    // The user's own layer stays theirs.
    const mine = await askBackground({
      type: 'importRulebook',
      layer: 'personal',
      format: 'json',
      text: json(rulebook('me', [avoidRule('me/as-i-said', 'as I said')])),
    });
    expect(mine.ok).toBe(true);
  });

  it('a policy rulebook URL replaces the user subscription and cannot be changed', async () => {
    await fakeBrowser.storage.managed.set({ rulebookUrl: 'https://rules.example.com/acme.json' });
    await expect(askBackground({ type: 'setSubscription', url: 'https://other.example.com/x.json' })).rejects.toThrow(
      /organisation sets/,
    );
  });

  it('ignores invalid policy entries one by one', async () => {
    await fakeBrowser.storage.managed.set({ rulebookUrl: 'not a url', locked: 'yes', disabledSites: ['a.example'] });
    expect(await readPolicy()).toEqual({ disabledSites: ['a.example'] });
  });
});

describe('hosted rulebook schedule', () => {
  it('subscribing schedules an hourly refresh with browser.alarms; unsubscribing clears it', async () => {
    const hosted = JSON.stringify({ schemaVersion: 2, id: 'acme/hosted', name: 'Hosted', rules: [] });
    const fetch = (async (url: string) =>
      url.endsWith('/none.json')
        ? Promise.reject(new TypeError('fetch failed'))
        : new Response(hosted, {
            headers: { 'Content-Type': 'application/json' },
          })) as unknown as typeof globalThis.fetch;
    const service = createService({ db, starter, policy: async () => ({}), sync: { timeoutMs: 200, fetch } });
    // Nothing to refresh yet.
    await service.scheduleSync();
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toBeUndefined();

    // An unreachable address is not saved: nothing to refresh, the current rules stay.
    const result = await service.handlers.setSubscription(
      { type: 'setSubscription', url: 'http://127.0.0.1:9/none.json' },
      optionsPage() as never,
    );
    expect(result).toMatchObject({ status: 'failed', message: expect.stringMatching(/The address was not saved/) });
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toBeUndefined();

    const saved = await service.handlers.setSubscription(
      { type: 'setSubscription', url: 'http://127.0.0.1:9/team.json' },
      optionsPage() as never,
    );
    expect(saved.status).toBe('updated');
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toMatchObject({ periodInMinutes: 60 });

    await service.handlers.setSubscription({ type: 'setSubscription', url: null }, optionsPage() as never);
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toBeUndefined();
  });
});
