import { describe, expect, it } from 'vitest';
import {
  OPT_IN_SCRIPT_ID,
  optInOrigins,
  type RegisteredScript,
  type ScriptingApi,
  syncOptInSites,
} from '../../../background/opt-in-sites.ts';

/** A small in-memory stand-in for chrome.permissions + chrome.scripting, enough to watch what is registered. */
function fakeApi(origins: string[]) {
  const registered = new Map<string, RegisteredScript>();
  const api: ScriptingApi = {
    permissions: { getAll: async () => ({ origins }) },
    scripting: {
      getRegisteredContentScripts: async (filter) =>
        [...registered.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)),
      registerContentScripts: async (scripts) => {
        for (const s of scripts) {
          if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          registered.set(s.id, s);
        }
      },
      updateContentScripts: async (scripts) => {
        for (const s of scripts) registered.set(s.id, s);
      },
      unregisterContentScripts: async (filter) => {
        for (const id of filter?.ids ?? []) registered.delete(id);
      },
    },
  };
  return { api, registered, grant: (o: string[]) => origins.splice(0, origins.length, ...o) };
}

const BUILT_IN = ['https://mail.google.com/*', 'https://*.zendesk.com/*'];

describe('opt-in sites', () => {
  it('leaves out the built-in sites and anything that is not a web origin', () => {
    expect(
      optInOrigins(
        [
          'https://mail.google.com/*',
          'https://app.frontapp.com/*',
          '<all_urls>',
          'file:///*',
          'https://app.frontapp.com/*',
        ],
        BUILT_IN,
      ),
    ).toEqual(['https://app.frontapp.com/*']);
  });

  it('registers, updates and removes one content script as permissions change', async () => {
    const { api, registered, grant } = fakeApi(['https://mail.google.com/*']);
    expect(await syncOptInSites(api, 'content-scripts/coach.js', BUILT_IN)).toEqual([]);
    expect(registered.size).toBe(0);

    grant(['https://mail.google.com/*', 'https://secure.helpscout.net/*']);
    await syncOptInSites(api, 'content-scripts/coach.js', BUILT_IN);
    expect(registered.get(OPT_IN_SCRIPT_ID)).toMatchObject({
      matches: ['https://secure.helpscout.net/*'],
      js: ['content-scripts/coach.js'],
      allFrames: true,
    });

    grant(['https://secure.helpscout.net/*', 'https://app.intercom.com/*']);
    await syncOptInSites(api, 'content-scripts/coach.js', BUILT_IN);
    expect(registered.get(OPT_IN_SCRIPT_ID)?.matches).toEqual([
      'https://app.intercom.com/*',
      'https://secure.helpscout.net/*',
    ]);

    grant([]);
    await syncOptInSites(api, 'content-scripts/coach.js', BUILT_IN);
    expect(registered.size).toBe(0);
  });
});
