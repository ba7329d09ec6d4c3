import { type MessageKey, t } from '../../i18n/t.ts';
import type { Finding } from '../../rules/index.ts';

/** Short names for finding categories, as the trainee reads them in the list beside the editor. */
const CATEGORY_NAMES: Record<string, MessageKey> = {
  blame: 'practice_category_blame',
  'missing-apology': 'practice_category_apology',
  'missing-next-step': 'practice_category_nextStep',
  wording: 'practice_category_wording',
  length: 'practice_category_length',
};

export const categoryName = (category: string): string => {
  const key = CATEGORY_NAMES[category];
  return key ? t(key) : category;
};

/** What the list shows for a finding: the flagged words, or nothing for a missing sentence. */
export const flaggedText = (text: string, f: Finding): string => (f.start === f.end ? '' : text.slice(f.start, f.end));
