import { SwitchedOffRules } from '../SwitchedOffRules.tsx';
import type { OptionsApi } from './api.ts';

/** Sites where the user switched coaching off (from the popup), with a way back. */
export function Sites({ api, sites, refreshKey }: { api: OptionsApi; sites: readonly string[]; refreshKey: number }) {
  return (
    <section aria-labelledby="sites-title" className="panel">
      {/* Rules turned off from the card apply to one site; each is listed with that site and an undo. */}
      <SwitchedOffRules refreshKey={refreshKey} />
      <h2 id="sites-title">Sites</h2>
      {sites.length === 0 ? (
        <p className="muted">
          Coaching is on everywhere Tactful runs. You can switch it off for a site from the toolbar button.
        </p>
      ) : (
        <ul>
          {sites.map((host) => (
            <li key={host}>
              Off on <strong>{host}</strong>{' '}
              <button type="button" onClick={() => void api.setSiteEnabled(host, true)}>
                Turn back on<span className="visually-hidden"> for {host}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
