/** Every string of the site list and the "add a site" form (options page and welcome page), in one place. */
export const SITES_TEXT = {
  address: {
    empty: 'Type the address of the site, for example help.example.com.',
    scheme: 'Only web sites can be coached: the address must start with https:// (or http://).',
    invalid: (raw: string) => `"${raw}" is not a web address. Type it as help.example.com or https://help.example.com.`,
    builtIn: (host: string) => `${host} is coached out of the box: there is nothing to add.`,
  },
  add: {
    label: 'Site address',
    hint: 'For example help.example.com, or *.freshdesk.com for every subdomain. Your browser asks you to allow it.',
    button: 'Add site',
    denied: (host: string) => `Your browser did not give Tactful access to ${host}, so nothing changed.`,
    added: (host: string) => `Tactful now coaches ${host}. Tabs already open there start when you reload them.`,
    failed: 'That did not work. Please try again in a moment.',
  },
  list: {
    title: 'Sites',
    intro: 'Tactful reads reply boxes only on these sites. Add your helpdesk by its address.',
    builtIn: 'out of the box',
    added: 'added by you',
    remove: 'Remove',
    removeFor: (host: string) => ` ${host}`,
    removed: (host: string) => `Removed ${host}: Tactful no longer reads pages there.`,
    offTitle: 'Switched off',
    offOn: 'Off on',
    turnOn: 'Turn back on',
    turnOnFor: (host: string) => ` for ${host}`,
    noneOff: 'Coaching is on on every site above. You can switch it off for a site from the toolbar button.',
  },
} as const;
