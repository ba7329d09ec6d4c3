import { t } from '../i18n/t.ts';
import type { Theme } from './theme.ts';

/**
 * How each kind of finding looks, shared by the highlight layer (rich editors), the textarea mirror and the card.
 * Underlines only: the agent's text keeps its own colours. Severity shows in the line's style as well as its colour
 * (error wavy, warning dashed, hint dotted), so it never rests on colour alone; the card names it in words.
 * Each theme's colours measure at least 3:1 against its background (tests/browser/contrast.test.ts).
 */
export interface Look {
  color: string;
  style: 'wavy' | 'solid' | 'dotted' | 'dashed';
}

type Tone = 'error' | 'warning' | 'hint' | 'length';

const COLOURS: Record<Theme, Record<Tone, string>> = {
  // Against white: 5.80, 4.65, 5.37, 5.87 : 1.
  light: { error: '#c5221f', warning: '#b06000', hint: '#1967d2', length: '#8e44ad' },
  // Against #202124: 6.74, 11.48, 7.64, 8.69 : 1.
  dark: { error: '#f28b82', warning: '#fdd663', hint: '#8ab4f8', length: '#d7aefb' },
};

const STYLE: Record<Tone, Look['style']> = { error: 'wavy', warning: 'dashed', hint: 'dotted', length: 'dotted' };

function toneOf(category: string, severity: string): Tone {
  if (category === 'length') return 'length';
  if (category === 'wording') return 'hint';
  if (severity === 'error' || severity === 'warning' || severity === 'hint') return severity;
  return 'warning';
}

export function lookFor(category: string, severity: string, theme: Theme = 'light'): Look {
  const tone = toneOf(category, severity);
  return { color: COLOURS[theme][tone], style: STYLE[tone] };
}

/**
 * The phrase the card is open on: a thick solid underline in the text's own ink (16:1 light, 13:1 dark) over a light
 * tint. The underline carries the state; the tint is kept faint so the text on it keeps its contrast.
 */
export function activeLook(theme: Theme): { underline: string; tint: string } {
  return theme === 'dark'
    ? { underline: '#e8eaed', tint: 'rgba(253, 214, 99, 0.16)' }
    : { underline: '#202124', tint: 'rgba(251, 188, 4, 0.22)' };
}

/** A CSS-identifier-safe key for a category + severity pair. */
export function lookKey(category: string, severity: string): string {
  return `${category}-${severity}`.toLowerCase().replace(/[^a-z0-9-]/g, '_');
}

/** The words the card shows for a severity, so the difference is said, not only drawn. */
export function severityWords(severity: string): string {
  if (severity === 'error') return t('card_severity_error');
  if (severity === 'hint') return t('card_severity_hint');
  return t('card_severity_warning');
}
