/** Every string of the welcome page (opened once, on install), in one place (for translation). */
export const WELCOME_TEXT = {
  pageTitle: 'Welcome to Tactful',
  intro:
    'Tactful coaches your support replies while you write them, in the reply box you already use. It points out three things:',
  points: [
    'phrasing that shifts blame onto the customer ("your problem is", "as I already told you"), with kinder rewrites;',
    'a missing apology, when the customer had a problem;',
    'a missing next step: what happens now, and who does it.',
  ],
  privacyTitle: 'Nothing leaves your computer',
  privacy: [
    'Tactful reads the reply you are writing only inside your browser, on the sites you allow. What you type is never sent anywhere: there is no account, no server, no analytics.',
    'Stored on this computer, in the extension’s own storage: the rulebooks you import or edit, the rules and sites you switch off, and your practice attempts. Removing Tactful removes them.',
    'The one request Tactful ever makes is one you set up: if you subscribe to a team rulebook by its address, Tactful downloads that file from it (without cookies) once an hour. It sends nothing about you or your replies.',
  ],
  sitesTitle: 'Choose your sites',
  sitesIntro:
    'Gmail and Zendesk are coached out of the box. Any other helpdesk (Intercom, Help Scout, Front, Freshdesk, HubSpot, Outlook on the web…): add it here by its address, or click the Tactful button in the toolbar on one of its pages and switch it on.',
  builtIn: 'Coached out of the box:',
  rulebookTitle: 'Use your team’s rulebook',
  rulebook:
    'If your team lead gave you a rulebook file (JSON or CSV), import it in the options. Your team’s rules then coach you alongside the starter ones.',
  importButton: 'Import a team rulebook…',
  tryTitle: 'Try it on a sample reply',
  tryIntro:
    'This reply has a few things Tactful points out. Hover or click an underlined phrase to see a kinder way to say it, or edit the text and watch the coach follow.',
  tryLabel: 'Sample reply',
  sample:
    'Hi Dana,\n\nYour problem is that you did not read the setup guide. As I already told you, the export runs at night.\n\nThanks,\nSam',
  tryLoading: 'Loading the coach…',
  tryFailed: 'The coach could not start on this page just now; it still works on your sites.',
  practice: 'Open the practice page',
  keysTitle: 'Keyboard',
  keys: [
    {
      keys: 'Alt+Shift+N',
      what: 'in a coached reply box, opens the next suggestion and moves the focus into its card',
    },
    { keys: '← → (or ↑ ↓)', what: 'move between the rewrites on the card; Enter uses the one you are on' },
    {
      keys: 'Tab, Shift+Tab',
      what: 'go round the card’s buttons: Dismiss, Turn this rule off (here only or everywhere)',
    },
    { keys: 'Esc', what: 'closes the card and puts you back in your reply where you were' },
  ],
  done: 'You are set. Tactful starts the next time you open a reply box on one of your sites.',
} as const;
