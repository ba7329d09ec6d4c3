import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importRulebook } from '../../../background/import.ts';
import { STORES_V1, TactfulDb } from '../../../storage/db.ts';
import { StorageError, toStorageError } from '../../../storage/errors.ts';
import { openDb } from '../../../storage/open.ts';
import { NO_POLICY } from '../../../storage/policy.ts';
import { readRevisions } from '../../../storage/revision.ts';
import { avoidRule, freshDb, json, rulebook } from '../storage/helpers.ts';

const cleanup: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const step of cleanup.splice(0).reverse()) await step();
});

const oldBook = rulebook('acme/old', [avoidRule('team/old', 'old phrase')]);
const newBook = rulebook('acme/new', [avoidRule('team/new', 'new phrase')]);

describe('storage failures (C6)', () => {
  it('quota exceeded mid-import: a clear message, and the old rulebook and revision untouched', async () => {
    const db = freshDb();
    cleanup.push(() => db.delete());
    await importRulebook(db, { layer: 'team', format: 'json', text: json(oldBook) }, NO_POLICY);
    const before = await readRevisions(db);

    // The rulebook row is written first; the disk fills up on the transaction's second write.
    vi.spyOn(db.settings, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const attempt = importRulebook(db, { layer: 'team', format: 'json', text: json(newBook) }, NO_POLICY);
    await expect(attempt).rejects.toBeInstanceOf(StorageError);
    await expect(attempt).rejects.toMatchObject({
      kind: 'quota',
      message: expect.stringMatching(/out of space.*still there/),
    });
    vi.restoreAllMocks();

    expect((await db.rulebooks.get('team'))?.book).toEqual(oldBook);
    expect(await readRevisions(db)).toEqual(before);
  });

  it('an upgrade blocked by another tab holding the old version open gives a clear message', async () => {
    const name = `blocked-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    old.version(1).stores(STORES_V1);
    await old.open();
    // Like a stale tab that ignores the request to close: Dexie would close politely, so detach that.
    old.on('versionchange', () => false);
    cleanup.push(() => Dexie.delete(name));
    cleanup.push(() => old.close());

    const db = new TactfulDb(name);
    cleanup.push(() => db.close());
    const opening = openDb(db);
    await expect(opening).rejects.toMatchObject({
      kind: 'blocked',
      message: expect.stringMatching(/Close the other Tactful tabs/),
    });
  });

  it('recognises Dexie-wrapped errors by their inner name', () => {
    const wrapped = new Dexie.AbortError('Transaction aborted', new DOMException('full', 'QuotaExceededError'));
    expect(toStorageError(wrapped).kind).toBe('quota');
    expect(toStorageError(new Dexie.OpenFailedError('nope')).kind).toBe('unavailable');
    expect(toStorageError(new TypeError('odd')).kind).toBe('unknown');
  });
});
