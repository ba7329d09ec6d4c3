import { t } from '../../i18n/t.ts';

/** Every string of the welcome page (opened once, on install), in one place; the words are in public/_locales. */
export const WELCOME_TEXT = {
  pageTitle: t('welcome_pageTitle'),
  intro: t('welcome_intro'),
  points: [t('welcome_point1'), t('welcome_point2'), t('welcome_point3')],
  privacyTitle: t('welcome_privacyTitle'),
  privacy: [t('welcome_privacy1'), t('welcome_privacy2'), t('welcome_privacy3')],
  sitesTitle: t('welcome_sitesTitle'),
  sitesIntro: t('welcome_sitesIntro'),
  builtIn: (hosts: string) => t('welcome_builtIn', { hosts }),
  rulebookTitle: t('welcome_rulebookTitle'),
  rulebook: t('welcome_rulebook'),
  importButton: t('welcome_importButton'),
  tryTitle: t('welcome_tryTitle'),
  tryIntro: t('welcome_tryIntro'),
  tryLabel: t('welcome_tryLabel'),
  // The sample is a draft for the coach to flag, not UI: the rules read English, so it stays English in every language.
  sample:
    'Hi Dana,\n\nYour problem is that you did not read the setup guide. As I already told you, the export runs at night.\n\nThanks,\nSam',
  tryLoading: t('welcome_tryLoading'),
  tryFailed: t('welcome_tryFailed'),
  practice: t('welcome_practice'),
  keysTitle: t('welcome_keysTitle'),
  keys: [
    { keys: t('keys_next'), what: t('welcome_keyNext') },
    { keys: t('keys_arrows'), what: t('welcome_keyArrows') },
    { keys: t('keys_tab'), what: t('welcome_keyTab') },
    { keys: 'Esc', what: t('welcome_keyEsc') },
  ],
  done: t('welcome_done'),
} as const;
