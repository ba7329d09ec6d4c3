import { type MessageKey, t, uiLocale } from './t.ts';

/**
 * An extension page speaks the UI language: its `lang` (screen readers pronounce by it) and its tab title. The HTML
 * files keep an English title for the moment before the script runs.
 */
export function localizePage(title: MessageKey): void {
  document.documentElement.lang = uiLocale();
  document.title = t(title);
}
