import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_DB_VERSION, STORES_V1, STORES_V2, STORES_V3, siteKey, TactfulDb } from '../../../storage/db.ts';
import { saveRule } from '../../../storage/rulebooks.ts';
import { listVersions, restoreVersion } from '../../../storage/versions.ts';
import v1 from './fixtures/tactful-v1.json' with { type: 'json' };
import { avoidRule } from './helpers.ts';

/** Build a database exactly as version 1 of the schema would have left it. */
async function createV1Database(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(STORES_V1);
  await old.open();
  for (const [table, rows] of Object.entries(v1.tables)) await old.table(table).bulkPut(rows);
  old.close();
}

type Rows = Record<string, unknown[]>;

/**
 * Build a database as schema `version` would have left it, holding `rows`; then open it with today's code. Returns
 * the upgraded database and every row as the old version stored it, to compare against.
 */
async function upgradeFrom(version: number, stores: Record<string, string>, rows: Rows) {
  const name = `upgrade-v${version}-${crypto.randomUUID()}`;
  names.push(name);
  const old = new Dexie(name);
  old.version(version).stores(stores);
  await old.open();
  for (const [table, list] of Object.entries(rows)) await old.table(table).bulkPut(list);
  const before = Object.fromEntries(
    await Promise.all(Object.keys(rows).map(async (t) => [t, await old.table(t).toArray()] as const)),
  );
  old.close();
  const db = new TactfulDb(name);
  await db.open();
  return { db, before };
}

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('database upgrades (C4)', () => {
  it('upgrades a version 1 database to the current version with nothing lost', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    names.push(name);
    await createV1Database(name);

    const db = new TactfulDb(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_DB_VERSION);

    // Rulebooks: every book intact, flat sync fields nested into lastSync.
    const team = await db.rulebooks.get('team');
    const oldTeam = v1.tables.rulebooks[0];
    expect(team?.book).toEqual(oldTeam?.book);
    expect(team).toMatchObject({
      source: 'hosted',
      url: oldTeam?.url,
      etag: oldTeam?.etag,
      importedAt: oldTeam?.importedAt,
    });
    expect(team?.lastSync).toEqual({ at: 1700000500000, ok: false, message: 'The server did not answer in time.' });
    expect(team).not.toHaveProperty('syncedAt');
    const personal = await db.rulebooks.get('personal');
    expect(personal?.book).toEqual(v1.tables.rulebooks[1]?.book);
    expect(personal?.lastSync).toBeUndefined();

    // Overrides unchanged.
    expect(await db.overrides.toArray()).toEqual(
      expect.arrayContaining(v1.tables.overrides.map((row) => expect.objectContaining(row))),
    );
    expect(await db.overrides.count()).toBe(v1.tables.overrides.length);

    // Settings: one row per disabled site (host names lower-cased), other settings kept.
    expect(await db.settings.get('disabledSites')).toBeUndefined();
    expect((await db.settings.get(siteKey('support.example.com')))?.value).toEqual({ enabled: false });
    expect((await db.settings.get('site:help.example.org'))?.value).toEqual({ enabled: false });
    expect((await db.settings.get('subscriptionUrl'))?.value).toBe('https://rules.example.com/team.json');
    expect((await db.settings.get('rulesVersion'))?.value).toBe(7);

    // The v1 compiled cache is dropped (rebuilt on demand); the new attempts table works.
    expect(await db.compiled.count()).toBe(0);
    const id = await db.attempts.add({ scenarioId: 's', at: 1, score: 1, categories: {}, reply: 'r', pack: 'p' });
    expect(await db.attempts.get(id)).toMatchObject({ scenarioId: 's' });
    db.close();
  });

  it('upgrades a version 2 database to version 3 (site rule switches) with every row kept', async () => {
    const attempt = { id: 1, scenarioId: 's', at: 5, score: 80, categories: { blame: 1 }, reply: 'r', pack: 'p' };
    const rows = {
      ...v1.tables,
      settings: [
        ...v1.tables.settings.filter((r) => r.key !== 'disabledSites'),
        { key: siteKey('a.example'), value: { enabled: false } },
      ],
      attempts: [attempt],
    };
    const { db, before } = await upgradeFrom(2, STORES_V2, rows);
    expect(db.verno).toBe(CURRENT_DB_VERSION);
    for (const [table, list] of Object.entries(before)) expect(await db.table(table).toArray()).toEqual(list);
    expect(await db.siteRules.count()).toBe(0);
    await db.siteRules.put({ host: 'evil.zendesk.com', ruleId: 'blame/calm-down', at: 1 });
    expect(await db.siteRules.where('host').equals('evil.zendesk.com').count()).toBe(1);
    db.close();
  });

  it('upgrades a version 3 database to version 4 (versions): every row kept, each stored layer gets a first version', async () => {
    const rows = {
      ...v1.tables,
      settings: v1.tables.settings.filter((r) => r.key !== 'disabledSites'),
      siteRules: [{ host: 'mail.google.com', ruleId: 'blame/calm-down', at: 3 }],
    };
    const { db, before } = await upgradeFrom(3, STORES_V3, rows);
    expect(db.verno).toBe(CURRENT_DB_VERSION);
    for (const [table, list] of Object.entries(before)) expect(await db.table(table).toArray()).toEqual(list);

    // The first version of each layer is the layer as it was stored, switches included.
    const team = await listVersions(db, 'team');
    expect(team).toHaveLength(1);
    expect(team[0]?.cause.by).toBe('upgrade');
    expect(team[0]?.row).toEqual(before.rulebooks?.find((r) => (r as { layer: string }).layer === 'team'));
    const personal = await listVersions(db, 'personal');
    expect(personal[0]?.row).toEqual(before.rulebooks?.find((r) => (r as { layer: string }).layer === 'personal'));
    const personalSwitches = v1.tables.overrides.filter((o) => o.layer === 'personal');
    expect(Object.keys(personal[0]?.switches ?? {}).sort()).toEqual(personalSwitches.map((o) => o.ruleId).sort());

    // A change after the upgrade can be undone back to exactly what was stored before it.
    await saveRule(db, 'team', avoidRule('team/after-upgrade', 'after the upgrade'));
    const [latest, first] = await listVersions(db, 'team');
    expect(latest?.row?.book.rules.map((r) => r.id)).toContain('team/after-upgrade');
    await restoreVersion(db, first?.id ?? -1, { by: 'you', what: 'undo' });
    expect(await db.rulebooks.get('team')).toEqual(
      before.rulebooks?.find((r) => (r as { layer: string }).layer === 'team'),
    );
    db.close();
  });

  it('opens a fresh database at the current version', async () => {
    const name = `fresh-${crypto.randomUUID()}`;
    names.push(name);
    const db = new TactfulDb(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_DB_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'attempts',
      'compiled',
      'overrides',
      'rulebooks',
      'settings',
      'siteRules',
      'versions',
    ]);
    db.close();
  });
});
