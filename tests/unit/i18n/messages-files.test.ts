import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import german from '../../../public/_locales/de/messages.json';
import english from '../../../public/_locales/en/messages.json';

type Messages = Record<string, { message: string; description?: string }>;
const root = join(import.meta.dirname, '..', '..', '..');
const LANGUAGES: Record<string, Messages> = { en: english, de: german };
const PLURAL_FORM = /_(zero|one|two|few|many|other)$/;

const placeholders = (message: string): string[] => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('the messages files (issue 12, I2)', () => {
  it('ship exactly the languages the folder holds, English first', () => {
    expect(readdirSync(join(root, 'public', '_locales')).sort()).toEqual(Object.keys(LANGUAGES).sort());
  });

  it.each(Object.entries(LANGUAGES))('%s has every key and no other', (_lang, messages) => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(Object.entries(LANGUAGES))('%s uses the same placeholders as English in every message', (_lang, messages) => {
    const differ = Object.entries(english).flatMap(([key, { message }]) => {
      const theirs = placeholders(messages[key]?.message ?? '');
      const ours = placeholders(message);
      // A singular form may say "one" in words instead of {count} ("Das Beispiel" for "All 1 examples").
      const allowed = key.endsWith('_one') ? ours.filter((name) => name !== 'count') : ours;
      const same =
        JSON.stringify(theirs) === JSON.stringify(ours) || JSON.stringify(theirs) === JSON.stringify(allowed);
      return same ? [] : [`${key}: ${JSON.stringify(theirs)} vs English ${JSON.stringify(ours)}`];
    });
    expect(differ).toEqual([]);
  });

  it.each(Object.entries(LANGUAGES))('%s says which language it is, and has no empty message', (lang, messages) => {
    expect(messages.locale?.message).toBe(lang);
    expect(Object.entries(messages).filter(([, m]) => m.message.trim() === '')).toEqual([]);
  });

  it.each(Object.entries(LANGUAGES))(
    "%s has no '$': the browser reads $1 and $name$ as its own substitutions",
    (_l, messages) => {
      expect(Object.entries(messages).filter(([, m]) => m.message.includes('$'))).toEqual([]);
    },
  );

  it('has an "other" form for every plural, the form Intl.PluralRules falls back to', () => {
    const bases = Object.keys(english)
      .filter((k) => PLURAL_FORM.test(k))
      .map((k) => k.replace(PLURAL_FORM, ''));
    expect(bases.filter((base) => !(`${base}_other` in english))).toEqual([]);
  });

  it('has no key the code never uses', () => {
    const code = ['components', 'entrypoints', 'editors', 'i18n']
      .flatMap((folder) =>
        readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
          .filter((name) => /\.(ts|tsx)$/.test(name))
          .map((name) => readFileSync(join(root, folder, name), 'utf8')),
      )
      .join('\n');
    const manifest = readFileSync(join(root, 'wxt.config.ts'), 'utf8');
    const unused = Object.keys(english)
      .map((key) => key.replace(PLURAL_FORM, ''))
      .filter(
        (key) => !code.includes(`'${key}'`) && !code.includes(`"${key}"`) && !manifest.includes(`__MSG_${key}__`),
      );
    expect([...new Set(unused)]).toEqual([]);
  });
});
