import type { AttemptRecord } from '../../practice/progress.ts';

/**
 * Where attempts are kept, as the practice components see it. The page passes in functions backed by
 * storage/attempts.ts; components never import storage themselves (ARCHITECTURE.md layers).
 */
export interface PracticeStore {
  add(attempt: Omit<AttemptRecord, 'id'>): Promise<number>;
  /** Every attempt, in any order. */
  list(): Promise<AttemptRecord[]>;
}
