import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { builtInHosts } from '../../editors/sites/built-in.ts';
import { SwitchedOffRules } from '../SwitchedOffRules.tsx';
import { AddSite } from '../sites/AddSite.tsx';
import { listAddedSites, removeSite } from '../sites/site-access.ts';
import { SITES_TEXT } from '../sites/sites-text.ts';
import type { OptionsApi } from './api.ts';

const T = SITES_TEXT.list;
const BUILT_IN_HOSTS = builtInHosts();

/**
 * The sites Tactful reads: the built-in ones, the ones the agent added (from the popup or here, by address), and
 * the ones switched off from the popup, each with a way back.
 */
export function Sites({ api, sites, refreshKey }: { api: OptionsApi; sites: readonly string[]; refreshKey: number }) {
  const [added, setAdded] = useState<string[]>([]);
  const [note, setNote] = useState('');

  const load = useCallback(() => {
    void listAddedSites().then(setAdded, () => setAdded([]));
  }, []);

  // Added or removed here, in the popup, or in the browser's own extension settings.
  useEffect(() => {
    load();
    browser.permissions.onAdded.addListener(load);
    browser.permissions.onRemoved.addListener(load);
    return () => {
      browser.permissions.onAdded.removeListener(load);
      browser.permissions.onRemoved.removeListener(load);
    };
  }, [load]);

  const remove = async (host: string) => {
    await removeSite(host);
    setNote(T.removed(host));
    load();
  };

  return (
    <section aria-labelledby="sites-title" className="panel">
      {/* Rules turned off from the card apply to one site; each is listed with that site and an undo. */}
      <SwitchedOffRules refreshKey={refreshKey} />
      <h2 id="sites-title">{T.title}</h2>
      <p className="muted">{T.intro}</p>
      <ul className="site-list" data-testid="site-list">
        {BUILT_IN_HOSTS.map((host) => (
          <li key={host} data-site={host}>
            <strong>{host}</strong> <span className="muted">{T.builtIn}</span>
          </li>
        ))}
        {added.map((host) => (
          <li key={host} data-site={host}>
            <strong>{host}</strong> <span className="muted">{T.added}</span>{' '}
            <button type="button" onClick={() => void remove(host)}>
              {T.remove}
              <span className="visually-hidden">{T.removeFor(host)}</span>
            </button>
          </li>
        ))}
      </ul>
      <p role="status">{note}</p>
      <AddSite enableSite={(host) => api.setSiteEnabled(host, true)} onAdded={load} />
      <h3>{T.offTitle}</h3>
      {sites.length === 0 ? (
        <p className="muted">{T.noneOff}</p>
      ) : (
        <ul>
          {sites.map((host) => (
            <li key={host}>
              {T.offOn} <strong>{host}</strong>{' '}
              <button type="button" onClick={() => void api.setSiteEnabled(host, true)}>
                {T.turnOn}
                <span className="visually-hidden">{T.turnOnFor(host)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
