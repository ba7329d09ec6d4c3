import { defineConfig } from 'wxt';
import { BUILT_IN_MATCH_LIST } from './editors/sites/built-in.ts';

// Gmail and Zendesk are coached out of the box (editors/sites/built-in.ts); every other site is opt-in
// through optional host permissions requested from the popup.
const DEFAULT_SITES = BUILT_IN_MATCH_LIST;
const OPT_IN_SITES = ['https://*/*', 'http://*/*'];

// Browser tests serve fixture pages from a local server. With TACTFUL_TEST_HOSTS=1 the build also coaches
// 127.0.0.1/localhost and goes to .output/test/, so `npm run build` never ships localhost matches.
const TEST_BUILD = process.env.TACTFUL_TEST_HOSTS === '1';
const TEST_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports: a reader sees where every name comes from.
  imports: false,
  ...(TEST_BUILD ? { outDir: '.output/test' } : {}),
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      // Firefox's MV2 background is a page, not a service worker: it has no importScripts to load the regex-safety
      // check on demand (background/regex-safety-on-demand.ts), so the page lists it before its own script. The
      // page lives as long as the browser, so it is read once.
      const background = manifest.background as { scripts?: string[] } | undefined;
      if (wxt.config.manifestVersion === 2 && background?.scripts) background.scripts.unshift('regex-safety.js');
      if (!TEST_BUILD) return;
      for (const script of manifest.content_scripts ?? []) script.matches = [...(script.matches ?? []), ...TEST_HOSTS];
      manifest.host_permissions = [...(manifest.host_permissions ?? []), ...TEST_HOSTS];
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Tactful',
    description:
      'Coaches support replies as you write: kinder wording, apologies, clear next steps. Nothing leaves your machine.',
    permissions: ['storage', 'alarms', 'scripting'],
    host_permissions: DEFAULT_SITES,
    // MV2 (Firefox's default build) has no optional_host_permissions, and WXT drops the key instead of moving it.
    ...(manifestVersion === 2 ? { optional_permissions: OPT_IN_SITES } : { optional_host_permissions: OPT_IN_SITES }),
    // Managed policy for fleets (rulebook URL, locked, disabled sites): public/managed_schema.json.
    // Firefox reads enterprise policies from policies.json instead and rejects this key.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'tactful@tactful.app', strict_min_version: '128.0' } } }
      : {}),
  }),
  vite: () => ({
    build: {
      // Vite 8 (rolldown) otherwise minifies Dexie's String.fromCharCode(65535)
      // into a raw U+FFFF and Chrome refuses to load the bundle as non-UTF-8.
      rolldownOptions: { output: { charset: 'ascii' } },
    },
  }),
});
