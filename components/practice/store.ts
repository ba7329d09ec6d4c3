import type { AttemptRecord } from '../../practice/progress.ts';

/**
 * Where attempts are kept, as the practice components see it. The page passes in functions that ask the
 * background worker (which keeps them in storage/attempts.ts); components never import storage
 * (docs/design/ARCHITECTURE.md, import rule 4).
 */
export interface PracticeStore {
  add(attempt: Omit<AttemptRecord, 'id'>): Promise<number>;
  /** Every attempt, in any order. */
  list(): Promise<AttemptRecord[]>;
}
