import { t } from '../../i18n/t.ts';

/** Every string the toolbar popup shows, in one place; the words are in public/_locales (i18n/t.ts). */
export const POPUP_TEXT = {
  title: t('extName'),
  checking: t('popup_checking'),
  notAPage: t('popup_notAPage'),
  off: (host: string) => t('popup_off', { host }),
  reload: t('popup_reload'),
  noBox: t('popup_noBox'),
  looksGood: t('popup_looksGood'),
  count: (n: number) => t('popup_count', { count: n }),
  switchLabel: (host: string) => t('popup_switchLabel', { host }),
  needPermission: t('popup_needPermission'),
  failed: t('tryAgainLater'),
  options: t('popup_options'),
  practice: t('popup_practice'),
  keysTitle: t('popup_keysTitle'),
  keys: [
    { keys: t('keys_next'), what: t('popup_keyNext') },
    { keys: t('keys_arrowsShort'), what: t('popup_keyArrows') },
    { keys: 'Tab', what: t('popup_keyTab') },
    { keys: 'Esc', what: t('popup_keyEsc') },
  ],
} as const;
