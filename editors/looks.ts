/**
 * How each kind of finding looks, shared by the highlight layer (rich editors), the textarea mirror and the card.
 * Underlines only: the agent's text keeps its own colours.
 */
export interface Look {
  color: string;
  style: 'wavy' | 'solid' | 'dotted';
}

const BY_CATEGORY: Record<string, Look> = {
  blame: { color: '#d93025', style: 'wavy' },
  wording: { color: '#1a73e8', style: 'dotted' },
  length: { color: '#8e44ad', style: 'dotted' },
};

const BY_SEVERITY: Record<string, Look> = {
  error: { color: '#d93025', style: 'wavy' },
  warning: { color: '#e37400', style: 'wavy' },
  hint: { color: '#1a73e8', style: 'dotted' },
};

export function lookFor(category: string, severity: string): Look {
  return BY_CATEGORY[category] ?? BY_SEVERITY[severity] ?? { color: '#e37400', style: 'wavy' };
}

/** A CSS-identifier-safe key for a category + severity pair. */
export function lookKey(category: string, severity: string): string {
  return `${category}-${severity}`.toLowerCase().replace(/[^a-z0-9-]/g, '_');
}
