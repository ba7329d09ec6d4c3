import type { Finding } from '../../rules/index.ts';

/** Short names for finding categories, as the trainee reads them in the list beside the editor. */
const CATEGORY_NAMES: Record<string, string> = {
  blame: 'Blame',
  'missing-apology': 'Apology',
  'missing-next-step': 'Next step',
  wording: 'Wording',
  length: 'Length',
};

export const categoryName = (category: string): string => CATEGORY_NAMES[category] ?? category;

/** What the list shows for a finding: the flagged words, or nothing for a missing sentence. */
export const flaggedText = (text: string, f: Finding): string => (f.start === f.end ? '' : text.slice(f.start, f.end));
