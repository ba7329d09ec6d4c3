import { afterEach, describe, expect, it } from 'vitest';
import { t, uiLocale } from '../../../i18n/t.ts';
import german from '../../../public/_locales/de/messages.json';

type Globals = { chrome?: unknown };

/** The browser's i18n API as Chrome gives it in a German browser: German words, English for missing keys. */
function browserInGerman(): void {
  (globalThis as Globals).chrome = {
    i18n: {
      getMessage: (key: string) => (german as Record<string, { message: string } | undefined>)[key]?.message ?? '',
    },
  };
}

afterEach(() => {
  delete (globalThis as Globals).chrome;
});

describe('t()', () => {
  it('reads the English messages where the browser has no i18n API (Node, fake browser)', () => {
    expect(uiLocale()).toBe('en');
    expect(t('popup_off', { host: 'help.example.com' })).toBe('Coaching is off on help.example.com.');
  });

  it('chooses the plural form by Intl.PluralRules of the UI language', () => {
    expect(t('popup_count', { count: 1 })).toBe('Coaching is on: 1 suggestion in this tab.');
    expect(t('popup_count', { count: 0 })).toBe('Coaching is on: 0 suggestions in this tab.');
    expect(t('popup_count', { count: 2 })).toBe('Coaching is on: 2 suggestions in this tab.');
  });

  it('uses the browser API when there is one, with its language for plurals and numbers', () => {
    browserInGerman();
    expect(uiLocale()).toBe('de');
    expect(t('popup_count', { count: 1 })).toBe('Tactful ist eingeschaltet: 1 Vorschlag in diesem Tab.');
    expect(t('popup_count', { count: 1200 })).toBe('Tactful ist eingeschaltet: 1.200 Vorschläge in diesem Tab.');
  });

  it('leaves a placeholder it has no value for, and answers an unknown key with the key', () => {
    expect(t('popup_off')).toBe('Coaching is off on {host}.');
    // @ts-expect-error: keys are checked against the English messages file at compile time.
    expect(t('no_such_key')).toBe('no_such_key');
  });
});
