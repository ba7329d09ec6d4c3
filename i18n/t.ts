import type English from '../public/_locales/en/messages.json';

/**
 * The one way UI code says something to the agent. Messages live in public/_locales/<lang>/messages.json (WXT's and
 * the browser's convention) and are read with the browser's own i18n API, which picks the browser's UI language and
 * falls back to English key by key. No DOM and no `wxt/browser` import here: the same module runs in extension pages,
 * the content script, the coach session's pure state and Node tests.
 */

/** The plural categories of `Intl.PluralRules`; a plural message is stored as `key_one`, `key_other`, … */
type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type StoredKey = keyof typeof English;
type PluralBase = StoredKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;
export type MessageKey = Exclude<StoredKey, `${string}_${PluralCategory}`> | PluralBase;
export type MessageValues = Readonly<Record<string, string | number>>;

interface MessageSource {
  getMessage(key: string): string;
}

interface ExtensionGlobals {
  browser?: { i18n?: MessageSource };
  chrome?: { i18n?: MessageSource };
}

let fallback: Readonly<Record<string, { message: string }>> = {};

/**
 * Messages to read where the browser has no i18n API (Node: unit tests, WXT's fake browser). The unit tests' setup
 * gives it the English file, so tests read English without bundling that file into every page.
 */
export function setFallbackMessages(messages: Readonly<Record<string, { message: string }>>): void {
  fallback = messages;
}

/** Firefox has `browser`, Chrome `chrome`; WXT's fake browser is a `browser` whose i18n throws "not implemented". */
function browserSources(): MessageSource[] {
  const globals = globalThis as ExtensionGlobals;
  return [globals.browser?.i18n, globals.chrome?.i18n].filter(
    (source): source is MessageSource => typeof source?.getMessage === 'function',
  );
}

/** Sources that threw once are skipped from then on: building an Error per message would slow every render. */
const broken = new WeakSet<MessageSource>();

function fromBrowser(source: MessageSource, key: string): string {
  if (broken.has(source)) return '';
  try {
    return source.getMessage(key);
  } catch {
    broken.add(source);
    return '';
  }
}

function stored(key: string): string | undefined {
  for (const source of browserSources()) {
    const found = fromBrowser(source, key);
    if (found) return found;
  }
  return fallback[key]?.message;
}

/** The language of the messages in use ("en", "de"): the file says it, so plurals follow the words shown. */
export function uiLocale(): string {
  return stored('locale') ?? 'en';
}

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralKey(key: string, count: number): string | undefined {
  const locale = uiLocale();
  const rules = pluralRules.get(locale) ?? new Intl.PluralRules(locale);
  pluralRules.set(locale, rules);
  const category = rules.select(count);
  return [`${key}_${category}`, `${key}_other`].find((candidate) => stored(candidate) !== undefined);
}

function format(value: string | number): string {
  return typeof value === 'number' ? new Intl.NumberFormat(uiLocale()).format(value) : value;
}

/**
 * The message `key` in the UI language, with `{name}` replaced by `values.name`. A key with no message of its own
 * but `key_one` / `key_other` (any `Intl.PluralRules` category) is a plural chosen by `values.count`.
 */
export function t(key: MessageKey, values: MessageValues = {}): string {
  const count = values.count;
  const message =
    stored(key) ?? (typeof count === 'number' ? stored(pluralKey(key, count) ?? `${key}_other`) : undefined);
  if (message === undefined) return key;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : format(value);
  });
}
