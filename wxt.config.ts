import { defineConfig } from 'wxt';
import { BUILT_IN_MATCH_LIST } from './editors/sites/built-in.ts';
import { WATCHER_SCRIPT } from './messaging/coach-handover.ts';

// Gmail and Zendesk are coached out of the box (editors/sites/built-in.ts); every other site is opt-in
// through optional host permissions requested from the popup.
const DEFAULT_SITES = BUILT_IN_MATCH_LIST;
const OPT_IN_SITES = ['https://*/*', 'http://*/*'];

// Browser tests serve fixture pages from a local server. With TACTFUL_TEST_HOSTS=1 the build also coaches
// 127.0.0.1/localhost and goes to .output/test/, so `npm run build` never ships localhost matches.
const TEST_BUILD = process.env.TACTFUL_TEST_HOSTS === '1';
const TEST_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];
// `npm test` builds (and zips) into folders of its own under .output/test/ (tests/browser/build-extension.ts sets
// TACTFUL_OUT_DIR), so .output/chrome-mv3 is only ever what `npm run build` made: the folder people load.
const OUT_DIR = process.env.TACTFUL_OUT_DIR || (TEST_BUILD ? '.output/test' : undefined);

// ── Store: toolbar icons and `npm run zip` ──────────────────────────────────────────────────────────────────────
// Icons are drawn once in assets/icon.svg; `npm run icons` renders the PNG sizes into public/icon/ (committed).
const ICONS = Object.fromEntries([16, 32, 48, 128].map((size) => [size, `icon/${size}.png`]));
const STORE_MANIFEST = { icons: ICONS, action: { default_icon: ICONS, default_title: '__MSG_extName__' } };
// The sources archive AMO asks for: what `npm ci && npm run build:firefox` needs, none of the tests' fixtures.
const STORE_ZIP = {
  excludeSources: ['.output/**', '.wxt/**', 'tests/**', 'bench/**', 'demo-output/**', 'scratch/**', 'coverage/**'],
};

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports: a reader sees where every name comes from.
  imports: false,
  ...(OUT_DIR ? { outDir: OUT_DIR } : {}),
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      // Firefox's MV2 background is a page, not a service worker: it has no importScripts to load the regex-safety
      // check on demand (background/regex-safety-on-demand.ts), so the page lists it before its own script. The
      // page lives as long as the browser, so it is read once.
      const background = manifest.background as { scripts?: string[] } | undefined;
      if (wxt.config.manifestVersion === 2 && background?.scripts) background.scripts.unshift('regex-safety.js');
      // The watcher is an unlisted script (entrypoints/watcher/), listed here by hand: WXT's content-script wrapper
      // would cost every page of Gmail and Zendesk ~8 ms. Helpdesk editors often sit in iframes, some about:blank.
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        {
          matches: BUILT_IN_MATCH_LIST,
          js: [WATCHER_SCRIPT],
          all_frames: true,
          match_about_blank: true,
          run_at: 'document_idle',
        },
      ];
      if (!TEST_BUILD) return;
      for (const script of manifest.content_scripts ?? []) script.matches = [...(script.matches ?? []), ...TEST_HOSTS];
      manifest.host_permissions = [...(manifest.host_permissions ?? []), ...TEST_HOSTS];
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    // Name and description come from public/_locales/<lang>/messages.json in the browser's language.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab: a click on the toolbar button lets the popup read that tab's address, so it can offer the switch
    // that asks for the site (the optional host permission below) on any site.
    permissions: ['storage', 'alarms', 'scripting', 'activeTab'],
    host_permissions: DEFAULT_SITES,
    // MV2 (Firefox's default build) has no optional_host_permissions, and WXT drops the key instead of moving it.
    ...(manifestVersion === 2 ? { optional_permissions: OPT_IN_SITES } : { optional_host_permissions: OPT_IN_SITES }),
    // Managed policy for fleets (rulebook URL, locked, disabled sites): public/managed_schema.json.
    // Firefox reads enterprise policies from policies.json instead and rejects this key.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tactful@tactful.app',
              // 140 (the ESR) is the first to read data_collection_permissions; Android has it from 142.
              strict_min_version: '140.0',
              // Tactful collects nothing: AMO shows this to the user before install.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
    // Store listing: see STORE below.
    ...STORE_MANIFEST,
  }),
  zip: STORE_ZIP,
  vite: () => ({
    // The test build does not open the welcome tab on install: every browser test starts a fresh profile.
    define: { __TACTFUL_WELCOME_ON_INSTALL__: JSON.stringify(!TEST_BUILD) },
    build: {
      // Vite 8 (rolldown) otherwise minifies Dexie's String.fromCharCode(65535)
      // into a raw U+FFFF and Chrome refuses to load the bundle as non-UTF-8.
      rolldownOptions: { output: { charset: 'ascii' } },
    },
  }),
});
