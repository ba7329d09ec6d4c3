import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addAttempt, listAttempts } from '../../../storage/attempts.ts';
import { TactfulDb } from '../../../storage/db.ts';

let db: TactfulDb;
beforeEach(() => {
  db = new TactfulDb(`attempts-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const attempt = (scenarioId: string, at: number, score = 50) => ({
  scenarioId,
  at,
  score,
  categories: { apology: 1, nextStep: 0.5 },
  reply: `reply at ${at}`,
  pack: 'starter',
});

describe('practice attempts', () => {
  it('stores an attempt and reads it back with everything intact', async () => {
    const id = await addAttempt(attempt('refund/late', 1000, 80), db);
    expect(id).toBeGreaterThan(0);
    expect(await listAttempts({}, db)).toEqual([{ id, ...attempt('refund/late', 1000, 80) }]);
  });

  it('lists newest first, by scenario, since a time, and up to a limit', async () => {
    await addAttempt(attempt('a', 1000), db);
    await addAttempt(attempt('b', 2000), db);
    await addAttempt(attempt('a', 3000), db);
    await addAttempt(attempt('a', 4000), db);
    expect((await listAttempts({}, db)).map((a) => a.at)).toEqual([4000, 3000, 2000, 1000]);
    expect((await listAttempts({ scenarioId: 'a' }, db)).map((a) => a.at)).toEqual([4000, 3000, 1000]);
    expect((await listAttempts({ scenarioId: 'a', since: 2000 }, db)).map((a) => a.at)).toEqual([4000, 3000]);
    expect((await listAttempts({ limit: 1 }, db)).map((a) => a.at)).toEqual([4000]);
  });
});
