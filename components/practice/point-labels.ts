import { type MessageKey, t } from '../../i18n/t.ts';
import type { PointId } from '../../practice/points.ts';

// practice/ is pure logic and names its points in English (the CSV export keeps those); the page shows them in the
// UI language.
const POINT_KEYS: Record<PointId, MessageKey> = {
  'no-blame': 'practice_point_noBlame',
  apology: 'practice_point_apology',
  'next-step': 'practice_point_nextStep',
  readability: 'practice_point_readability',
  'must-do': 'practice_point_mustDo',
};

export const pointLabel = (id: PointId): string => t(POINT_KEYS[id]);
