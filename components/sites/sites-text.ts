import { t } from '../../i18n/t.ts';

/** Every string of the site list and the "add a site" form (options and welcome page); the words are in public/_locales. */
export const SITES_TEXT = {
  address: {
    empty: t('sites_addressEmpty'),
    scheme: t('sites_addressScheme'),
    invalid: (raw: string) => t('sites_addressInvalid', { raw }),
    builtIn: (host: string) => t('sites_addressBuiltIn', { host }),
  },
  add: {
    label: t('sites_addLabel'),
    hint: t('sites_addHint'),
    button: t('sites_addButton'),
    denied: (host: string) => t('sites_addDenied', { host }),
    added: (host: string) => t('sites_added', { host }),
    failed: t('tryAgainLater'),
  },
  list: {
    title: t('sites_title'),
    intro: t('sites_intro'),
    builtIn: t('sites_builtIn'),
    added: t('sites_addedByYou'),
    remove: t('sites_remove'),
    removeFor: (host: string) => ` ${host}`,
    removed: (host: string) => t('sites_removed', { host }),
    offTitle: t('sites_offTitle'),
    offOn: t('sites_offOn'),
    turnOn: t('sites_turnOn'),
    turnOnFor: (host: string) => ` ${t('sites_turnOnFor', { host })}`,
    noneOff: t('sites_noneOff'),
  },
} as const;
