import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TactfulDb } from '../../../storage/db.ts';
import { deleteRule, readLayers, saveRule, setSwitch, storeRulebook } from '../../../storage/rulebooks.ts';
import { listVersions, MAX_VERSIONS, restoreVersion } from '../../../storage/versions.ts';
import { avoidRule, freshDb, rulebook } from './helpers.ts';

let db: TactfulDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.delete());

const ids = async (layer: 'team' | 'personal') => (await readLayers(db))[layer]?.book.rules.map((r) => r.id) ?? [];

describe('every change to a layer is a version', () => {
  it('records who, what and when; the first change keeps the layer as it was before it', async () => {
    await saveRule(db, 'team', avoidRule('team/a', 'phrase a'));
    await storeRulebook(
      db,
      { layer: 'team', source: 'import', book: rulebook('acme', [avoidRule('team/b', 'phrase b')]), importedAt: 1 },
      { by: 'you', what: 'Imported team.json (replace)', file: 'team.json' },
    );
    const versions = await listVersions(db, 'team');
    expect(versions.map((v) => v.cause.what)).toEqual([
      'Imported team.json (replace)',
      'Saved “team/a” in the editor',
      'Before the first recorded change',
    ]);
    expect(versions[0]?.cause.file).toBe('team.json');
    expect(versions[2]?.row).toBeNull();
    expect(versions.every((v) => typeof v.at === 'number' && v.layer === 'team')).toBe(true);
    expect(await listVersions(db, 'personal')).toEqual([]);
  });

  it('restores any earlier version exactly, book and switches, as a new version (so the restore can be undone)', async () => {
    await saveRule(db, 'team', avoidRule('team/a', 'phrase a'));
    await setSwitch(db, 'team', 'starter/x', { enabled: false });
    const [kept] = await listVersions(db, 'team');
    const before = await readLayers(db);

    await deleteRule(db, 'team', 'team/a');
    await setSwitch(db, 'team', 'starter/x', null);
    await saveRule(db, 'team', avoidRule('team/c', 'phrase c'));
    expect(await ids('team')).toEqual(['team/c']);

    await restoreVersion(db, kept?.id ?? -1, { by: 'you', what: 'Restored' });
    const after = await readLayers(db);
    expect(after.team).toEqual(before.team);
    expect(after.switches.team).toEqual(before.switches.team);

    // The restore is itself a version; undoing it brings back what it replaced.
    const [restored, replaced] = await listVersions(db, 'team');
    expect(restored?.cause.what).toBe('Restored');
    await restoreVersion(db, replaced?.id ?? -1, { by: 'you', what: 'Undo restore' });
    expect(await ids('team')).toEqual(['team/c']);
  });

  it('keeps the last 50 versions of each layer', async () => {
    for (let i = 0; i < MAX_VERSIONS + 5; i++) await saveRule(db, 'personal', avoidRule(`me/r${i}`, `phrase ${i}`));
    const versions = await listVersions(db, 'personal');
    expect(versions).toHaveLength(MAX_VERSIONS);
    expect(versions[0]?.row?.book.rules).toHaveLength(MAX_VERSIONS + 5);
    expect(versions.at(-1)?.row?.book.rules).toHaveLength(6);
  });

  it('a change that changes nothing records no version', async () => {
    await saveRule(db, 'team', avoidRule('team/a', 'phrase a'));
    const count = (await listVersions(db, 'team')).length;
    await saveRule(db, 'team', avoidRule('team/a', 'phrase a'));
    expect(await listVersions(db, 'team')).toHaveLength(count);
  });

  it('a change that fails stores neither the change nor a version', async () => {
    await saveRule(db, 'team', avoidRule('team/a', 'phrase a'));
    await saveRule(db, 'team', avoidRule('team/b', 'phrase b'));
    const count = (await listVersions(db, 'team')).length;
    await expect(saveRule(db, 'team', avoidRule('team/b', 'phrase b2'), 'team/a')).rejects.toThrow(/already exists/);
    expect(await listVersions(db, 'team')).toHaveLength(count);
    expect(await ids('team')).toEqual(['team/a', 'team/b']);
  });
});
