import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createService } from '../../../background/service.ts';
import { askFromPage as askBackground } from '../../../messaging/page-client.ts';
import { serveBackground } from '../../../messaging/server.ts';
import type { Rule } from '../../../rules/schema.ts';
import type { TactfulDb } from '../../../storage/db.ts';
import { readLayers } from '../../../storage/rulebooks.ts';
import { optionsPage, sendAs } from '../senders.ts';
import { avoidRule, freshDb, json, rulebook } from '../storage/helpers.ts';

/**
 * A lead's rulebook work through the worker's requests (issue 14): every import and subscription previewed and
 * applied by merge or replace, every change a version that can be restored, unsubscribe handing the team layer
 * back, a save refused when the rule changed since it was opened, and CSV that goes out and comes back the same.
 */
const starter = rulebook('tactful/starter', [avoidRule('starter/calm-down', 'calm down')]);
const teamJson = rulebook('acme/voice', [
  avoidRule('team/not-our-fault', 'not our fault'),
  avoidRule('team/per-policy', 'per our policy'),
]);
const csv = 'phrase,rewrite,message\r\nyou must have,it looks like,\r\nas I said,to recap,Sounds impatient.\r\n';

let hosted = json(rulebook('acme/hosted', [avoidRule('team/hosted-one', 'hosted phrase')], 'Hosted v1'));
let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    const etag = `"e${hosted.length}"`;
    if (req.url === '/down') return void res.writeHead(500).end('no');
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { ETag: etag }).end();
    res.writeHead(200, { 'Content-Type': 'application/json', ETag: etag }).end(hosted);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

let db: TactfulDb;
let controller: AbortController;
beforeEach(async () => {
  fakeBrowser.reset();
  sendAs(optionsPage());
  db = freshDb();
  controller = new AbortController();
  (fakeBrowser.tabs as unknown as { sendMessage: unknown }).sendMessage = vi.fn(async () => undefined);
  hosted = json(rulebook('acme/hosted', [avoidRule('team/hosted-one', 'hosted phrase')], 'Hosted v1'));
  serveBackground(createService({ db, starter, policy: async () => ({}) }).handlers, controller.signal);
});
afterEach(async () => {
  controller.abort();
  await db.delete();
});

const teamIds = async () => (await readLayers(db)).team?.book.rules.map((r) => r.id) ?? [];
const saveToTeam = (rule: Rule, opened?: Rule | null) =>
  askBackground({ type: 'saveRule', layer: 'team', rule, ...(opened !== undefined ? { opened } : {}) });
const importJson = (mode: 'replace' | 'merge-theirs' | 'merge-mine', book = teamJson) =>
  askBackground({
    type: 'importRulebook',
    layer: 'team',
    format: 'json',
    text: json(book),
    fileName: 'team.json',
    mode,
  });
const importCsv = (mode: 'replace' | 'merge-theirs' | 'merge-mine', text = csv) =>
  askBackground({
    type: 'importRulebook',
    layer: 'team',
    format: 'csv',
    text,
    name: 'phrases',
    fileName: 'phrases.csv',
    mode,
  });
const versions = async (layer: 'team' | 'personal' = 'team') =>
  (await askBackground({ type: 'listVersions', layer })).versions;

describe('preview before apply', () => {
  it('previews an import by rule name with the changed fields, for each way of applying it', async () => {
    await saveToTeam(avoidRule('team/not-our-fault', 'not our fault', { severity: 'error' }));
    await saveToTeam(avoidRule('team/mine-only', 'only mine'));
    const preview = await askBackground({ type: 'previewImport', layer: 'team', format: 'json', text: json(teamJson) });
    if (!preview.ok) throw new Error(`preview refused: ${JSON.stringify(preview)}`);
    expect(preview).toMatchObject({ bookName: teamJson.name, ruleCount: 2, hasBook: true });
    expect(preview.diffs.replace.added.map((c) => c.id)).toEqual(['team/per-policy']);
    expect(preview.diffs.replace.changed).toEqual([
      { id: 'team/not-our-fault', name: 'Not our fault', fields: ['severity'] },
    ]);
    expect(preview.diffs.replace.removed.map((c) => c.id)).toEqual(['team/mine-only']);
    expect(preview.diffs['merge-theirs'].removed).toEqual([]);
    expect(preview.diffs['merge-theirs'].changed.map((c) => c.id)).toEqual(['team/not-our-fault']);
    expect(preview.diffs['merge-mine'].changed).toEqual([]);
    expect(preview.diffs['merge-mine'].added.map((c) => c.id)).toEqual(['team/per-policy']);
    // Nothing was stored by the preview.
    expect(await teamIds()).toEqual(['team/not-our-fault', 'team/mine-only']);
  });

  it('import JSON then CSV with merge keeps both; keep-mine leaves my version of a clashing rule', async () => {
    await importJson('merge-theirs');
    const mine = avoidRule('team/you-must-have', 'you must have', { message: 'My own wording.' });
    await saveToTeam(mine);
    expect(await importCsv('merge-mine')).toMatchObject({ ok: true, ruleCount: 2 });
    expect(await teamIds()).toEqual(['team/not-our-fault', 'team/per-policy', 'team/you-must-have', 'team/as-i-said']);
    const kept = (await readLayers(db)).team?.book.rules.find((r) => r.id === 'team/you-must-have');
    expect(kept?.message).toBe('My own wording.');
  });

  it('replace shows what goes, and restoring the version before it gives back the previous layer exactly', async () => {
    await importJson('replace');
    await askBackground({ type: 'setSwitches', layer: 'team', ruleIds: ['starter/calm-down'], enabled: false });
    const before = await readLayers(db);
    const preview = await askBackground({ type: 'previewImport', layer: 'team', format: 'csv', text: csv });
    if (!preview.ok) throw new Error(`preview refused: ${JSON.stringify(preview)}`);
    expect(preview.diffs.replace.removed.map((c) => c.name)).toEqual(['Not our fault', 'Per policy']);

    await importCsv('replace');
    expect(await teamIds()).toEqual(['team/you-must-have', 'team/as-i-said']);
    const [latest, previous] = await versions();
    expect(latest?.what).toBe('Imported phrases.csv (replace)');
    expect(latest?.file).toBe('phrases.csv');
    expect(await askBackground({ type: 'restoreVersion', id: previous?.id ?? -1 })).toMatchObject({ ok: true });
    const after = await readLayers(db);
    expect(after.team).toEqual(before.team);
    expect(after.switches.team).toEqual(before.switches.team);
  });

  it('bulk switches are one change with one version', async () => {
    await importJson('replace');
    const count = (await versions()).length;
    await askBackground({
      type: 'setSwitches',
      layer: 'team',
      ruleIds: ['team/not-our-fault', 'team/per-policy', 'starter/calm-down'],
      severity: 'error',
    });
    const list = await versions();
    expect(list).toHaveLength(count + 1);
    expect(list[0]?.what).toBe('Made 3 rules errors');
    const { rules } = await askBackground({ type: 'loadOptions' });
    expect(rules.map((r) => r.rule.severity)).toEqual(['error', 'error', 'error']);
  });
});

describe('the editor never loses work', () => {
  it('a save is refused when the rule changed since it was opened, and says how it is now', async () => {
    const opened = avoidRule('team/shared', 'shared phrase');
    await saveToTeam(opened);
    const { rules } = await askBackground({ type: 'loadOptions' });
    const asListed = rules.find((r) => r.rule.id === 'team/shared')?.rule as Rule;

    // Tab B saves first, from the same opened rule.
    const theirs = { ...asListed, message: 'Tab B wording.' };
    expect(await saveToTeam(theirs, asListed)).toMatchObject({ ok: true });
    // Tab A's save, opened before B saved, is refused and shown B's version.
    const mine = { ...asListed, message: 'Tab A wording.' };
    const refused = await saveToTeam(mine, asListed);
    expect(refused).toMatchObject({ ok: false, conflict: { current: { message: 'Tab B wording.' } } });
    expect((await readLayers(db)).team?.book.rules[0]?.message).toBe('Tab B wording.');
    // Saving again against the current version stores A's.
    if (refused.ok || !refused.conflict?.current) throw new Error('expected a conflict');
    expect(await saveToTeam(mine, refused.conflict.current)).toMatchObject({ ok: true });
    expect((await readLayers(db)).team?.book.rules[0]?.message).toBe('Tab A wording.');
  });
});

describe('CSV round trip', () => {
  it('import → export → import gives the same rulebook, and names the rules a sheet cannot hold', async () => {
    await importCsv('replace');
    const first = (await readLayers(db)).team?.book;
    const exported = await askBackground({ type: 'exportLayer', layer: 'team', format: 'csv' });
    expect(exported.fileName).toMatch(/\.csv$/);
    expect(exported.text.split('\r\n')[0]).toBe('phrase,rewrite,message');
    expect(exported.left).toEqual([]);
    await importCsv('replace', exported.text);
    expect((await readLayers(db)).team?.book).toEqual(first);

    await saveToTeam(avoidRule('team/two-phrases', 'one', { patterns: ['one', 'two'] }));
    const again = await askBackground({ type: 'exportLayer', layer: 'team', format: 'csv' });
    expect(again.left).toEqual(['team/two-phrases']);
    expect(again.text).toBe(exported.text);
  });
});

describe('subscriptions', () => {
  it('a first fetch is previewed, applied the chosen way, and a failing first fetch subscribes to nothing', async () => {
    const down = await askBackground({ type: 'previewSubscription', url: `${base}/down` });
    expect(down).toMatchObject({ ok: false, message: expect.stringMatching(/500.*Nothing was changed/) });
    const failed = await askBackground({ type: 'setSubscription', url: `${base}/down`, mode: 'replace' });
    expect(failed.status).toBe('failed');
    expect((await askBackground({ type: 'loadOptions' })).subscription.url).toBeNull();

    await importJson('replace');
    const preview = await askBackground({ type: 'previewSubscription', url: `${base}/team.json` });
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.diffs['merge-theirs'].added.map((c) => c.id)).toEqual(['team/hosted-one']);
    expect(preview.diffs.replace.removed.map((c) => c.id)).toEqual(['team/not-our-fault', 'team/per-policy']);

    // The file changes between preview and subscribe: nothing is applied.
    const previewed = preview.digest;
    hosted = json(rulebook('acme/hosted', [avoidRule('team/hosted-two', 'other phrase')], 'Hosted v2'));
    const stale = await askBackground({
      type: 'setSubscription',
      url: `${base}/team.json`,
      mode: 'merge-theirs',
      digest: previewed,
    });
    expect(stale.status).toBe('stale');
    expect(await teamIds()).toEqual(['team/not-our-fault', 'team/per-policy']);
  });

  it('refreshes apply the chosen way, show in the history with the URL and ETag, and can be undone', async () => {
    await importJson('replace');
    const url = `${base}/team.json`;
    const preview = await askBackground({ type: 'previewSubscription', url });
    if (!preview.ok) throw new Error(preview.message);
    const done = await askBackground({ type: 'setSubscription', url, mode: 'merge-theirs', digest: preview.digest });
    expect(done.status).toBe('updated');
    expect(await teamIds()).toEqual(['team/not-our-fault', 'team/per-policy', 'team/hosted-one']);

    hosted = json(rulebook('acme/hosted', [avoidRule('team/hosted-two', 'other phrase')], 'Hosted v2'));
    expect((await askBackground({ type: 'syncNow' })).status).toBe('updated');
    expect(await teamIds()).toEqual(['team/not-our-fault', 'team/per-policy', 'team/hosted-one', 'team/hosted-two']);
    const [refresh, subscribed] = await versions();
    expect(refresh).toMatchObject({ by: 'subscription', url, etag: `"e${hosted.length}"` });
    expect(refresh?.what).toContain(url);

    // Undo the refresh: the layer is back as the subscription left it, and a 304 keeps it so.
    await askBackground({ type: 'restoreVersion', id: subscribed?.id ?? -1 });
    expect(await teamIds()).toEqual(['team/not-our-fault', 'team/per-policy', 'team/hosted-one']);
    expect((await askBackground({ type: 'syncNow' })).status).toBe('unchanged');
    expect(await teamIds()).toEqual(['team/not-our-fault', 'team/per-policy', 'team/hosted-one']);
  });

  it('unsubscribe hands the team layer back, keeping the last hosted version, and the team rule can be saved', async () => {
    const url = `${base}/team.json`;
    await askBackground({ type: 'setSubscription', url, mode: 'replace' });
    expect((await askBackground({ type: 'loadOptions' })).teamReadOnly).toMatch(/comes from/);
    const refused = await importJson('merge-theirs');
    expect(refused).toMatchObject({ ok: false, problems: [{ message: expect.stringMatching(/Unsubscribe first/) }] });

    const off = await askBackground({ type: 'setSubscription', url: null });
    expect(off.message).toMatch(/stay, and you can edit them here/);
    const model = await askBackground({ type: 'loadOptions' });
    expect(model.teamReadOnly).toBeNull();
    expect(model.subscription.url).toBeNull();
    expect(model.layers.team).toMatchObject({ source: 'local', detachedFrom: url, ruleCount: 1 });
    expect((await versions())[0]?.what).toBe('Unsubscribed');

    const edited = avoidRule('team/hosted-one', 'hosted phrase', { message: 'Edited after unsubscribing.' });
    expect(await saveToTeam(edited)).toMatchObject({ ok: true });
    expect((await readLayers(db)).team?.book.rules[0]?.message).toBe('Edited after unsubscribing.');
  });
});

describe('finding 1 replayed: nothing a lead did is lost', () => {
  it('save to team, import JSON, import CSV, subscribe: every rule is still there, and every step has a version', async () => {
    await saveToTeam(avoidRule('team/saved-first', 'saved in the editor'));
    await importJson('merge-theirs');
    await importCsv('merge-theirs');
    const url = `${base}/team.json`;
    const preview = await askBackground({ type: 'previewSubscription', url });
    if (!preview.ok) throw new Error(preview.message);
    await askBackground({ type: 'setSubscription', url, mode: 'merge-theirs', digest: preview.digest });
    expect(await teamIds()).toEqual([
      'team/saved-first',
      'team/not-our-fault',
      'team/per-policy',
      'team/you-must-have',
      'team/as-i-said',
      'team/hosted-one',
    ]);
    expect((await versions()).map((v) => v.what)).toEqual([
      `Subscribed to ${url} (merge, imported wins)`,
      'Imported phrases.csv (merge, imported wins)',
      'Imported team.json (merge, imported wins)',
      'Saved “team/saved-first” in the editor',
      'Before the first recorded change',
    ]);
  });
});
