/** Every string the toolbar popup shows, in one place (for translation). */
export const POPUP_TEXT = {
  title: 'Tactful',
  checking: 'Checking this tab…',
  notAPage: 'Tactful coaches reply boxes on web pages. This tab is not one (a browser or store page).',
  off: (host: string) => `Coaching is off on ${host}.`,
  reload: 'Coaching starts when you reload this page.',
  noBox: 'Coaching is on. Open a reply box to start.',
  looksGood: 'Coaching is on. Your reply looks good.',
  count: (n: number) => `Coaching is on: ${n} suggestion${n === 1 ? '' : 's'} in this tab.`,
  switchLabel: (host: string) => `Coach on ${host}`,
  needPermission: 'Tactful needs your permission to read reply boxes on this site.',
  failed: 'That did not work. Please try again in a moment.',
  keysTitle: 'Keys in a reply box',
  keys: [
    { keys: 'Alt+Shift+N', what: 'next suggestion (the card takes the focus)' },
    { keys: '← →', what: 'choose a rewrite; Enter uses it' },
    { keys: 'Tab', what: 'Dismiss, Turn this rule off' },
    { keys: 'Esc', what: 'close the card, back to your reply' },
  ],
  options: 'Options',
  practice: 'Practice',
} as const;
