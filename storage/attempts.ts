import type { AttemptRow, TactfulDb } from './db.ts';
import { guarded } from './errors.ts';
import { getDb } from './open.ts';

/** Trainee practice attempts, for the practice page. Only this module touches the `attempts` table. */
export type Attempt = Required<AttemptRow>;
export type NewAttempt = Omit<AttemptRow, 'id'>;

/** Store one attempt; resolves with its id. */
export function addAttempt(attempt: NewAttempt, db: TactfulDb = getDb()): Promise<number> {
  return guarded(async () => (await db.attempts.add({ ...attempt })) as number);
}

export interface AttemptQuery {
  scenarioId?: string;
  /** Only attempts at or after this time (epoch ms). */
  since?: number;
  limit?: number;
}

/** Attempts, newest first, optionally for one scenario or since a time. */
export function listAttempts(query: AttemptQuery = {}, db: TactfulDb = getDb()): Promise<Attempt[]> {
  return guarded(async () => {
    const since = query.since ?? 0;
    const collection = query.scenarioId
      ? db.attempts
          .where('scenarioId')
          .equals(query.scenarioId)
          .and((a) => a.at >= since)
      : db.attempts.where('at').aboveOrEqual(since);
    const rows = (await collection.toArray()) as Attempt[];
    rows.sort((a, b) => b.at - a.at || b.id - a.id);
    return query.limit === undefined ? rows : rows.slice(0, query.limit);
  });
}
