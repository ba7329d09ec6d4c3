import { POINT_LABELS, type PointId } from './points.ts';

/** What the progress view needs of a stored attempt (storage/attempts.ts `Attempt` has these fields). */
export interface AttemptRecord {
  id?: number;
  scenarioId: string;
  pack: string;
  /** Epoch milliseconds. */
  at: number;
  /** 0–100. */
  score: number;
  /** Per rubric point that applied, 0–1. */
  categories: Record<string, number>;
  reply: string;
}

export const POINT_IDS = Object.keys(POINT_LABELS) as PointId[];

/** One row per attempt, oldest first, in percent: what the chart draws. A point that did not apply is absent. */
export type ChartRow = { attempt: number; at: number; total: number } & Partial<Record<PointId, number>>;

export const byTime = (a: AttemptRecord, b: AttemptRecord): number => a.at - b.at || (a.id ?? 0) - (b.id ?? 0);

export function chartRows(attempts: readonly AttemptRecord[]): ChartRow[] {
  return [...attempts].sort(byTime).map((attempt, index) => {
    const row: ChartRow = { attempt: index + 1, at: attempt.at, total: attempt.score };
    for (const id of POINT_IDS) {
      const share = attempt.categories[id];
      if (typeof share === 'number' && Number.isFinite(share)) row[id] = Math.round(share * 100);
    }
    return row;
  });
}

export interface CategoryStanding {
  id: PointId;
  label: string;
  /** Mean share over the recent attempts where the point applied, 0–1. */
  average: number;
  /** How many attempts that mean is over. */
  count: number;
}

/** Recent form matters more than day one: only the last `window` attempts where the point applied count. */
const RECENT_WINDOW = 10;

/** Every point the trainee has been scored on, weakest first (ties: rubric order). */
export function standings(attempts: readonly AttemptRecord[], window = RECENT_WINDOW): CategoryStanding[] {
  const newestFirst = [...attempts].sort(byTime).reverse();
  const result: CategoryStanding[] = [];
  for (const id of POINT_IDS) {
    const shares = newestFirst
      .map((a) => a.categories[id])
      .filter((x): x is number => typeof x === 'number' && Number.isFinite(x))
      .slice(0, window);
    if (shares.length === 0) continue;
    result.push({
      id,
      label: POINT_LABELS[id],
      average: shares.reduce((s, x) => s + x, 0) / shares.length,
      count: shares.length,
    });
  }
  return result.sort((a, b) => a.average - b.average || POINT_IDS.indexOf(a.id) - POINT_IDS.indexOf(b.id));
}

/** Below this recent average a point is worth practising. */
const WEAK_BELOW = 0.9;

/** The points to work on: weakest first, at most `count`, only those below WEAK_BELOW. */
export function weakestCategories(attempts: readonly AttemptRecord[], count = 2): CategoryStanding[] {
  return standings(attempts)
    .filter((s) => s.average < WEAK_BELOW)
    .slice(0, count);
}
