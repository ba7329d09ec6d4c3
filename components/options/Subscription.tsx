import { useId, useState } from 'react';
import type { OptionsApi, OptionsModel } from './api.ts';

const when = (at: number) => new Date(at).toLocaleString();

/** Subscribe to a team rulebook published at an HTTPS address; shows the last sync and its result. */
export function Subscription({ api, model }: { api: OptionsApi; model: OptionsModel }) {
  const { url, byPolicy, status } = model.subscription;
  const [draft, setDraft] = useState(url ?? '');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const id = useId();

  const run = async (action: () => Promise<{ message: string }>) => {
    setBusy(true);
    setMessage('');
    try {
      setMessage((await action()).message);
    } catch (error) {
      setMessage((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="sub-title" className="panel">
      <h2 id="sub-title">Team rulebook subscription</h2>
      <p className="muted">Your team lead can publish the rulebook at a web address; Tactful checks it every hour.</p>
      <div className="row">
        <div className="field grow">
          <label htmlFor={id}>Rulebook address</label>
          <input
            id={id}
            type="url"
            value={byPolicy ? (url ?? '') : draft}
            readOnly={byPolicy}
            placeholder="https://example.com/team-rulebook.json"
            onChange={(e) => setDraft(e.target.value)}
          />
        </div>
        {!byPolicy && (
          <>
            <button
              type="button"
              className="primary"
              disabled={busy || !draft.trim()}
              onClick={() => void run(() => api.setSubscription(draft.trim()))}
            >
              Subscribe
            </button>
            {url && (
              <button type="button" disabled={busy} onClick={() => void run(() => api.setSubscription(null))}>
                Unsubscribe
              </button>
            )}
          </>
        )}
        {url && (
          <button type="button" disabled={busy} onClick={() => void run(() => api.syncNow())}>
            Check now
          </button>
        )}
      </div>
      {byPolicy && <p className="notice">Set by your organisation.</p>}
      <p aria-live="polite">{message}</p>
      {status && (
        <p className={status.ok ? 'status good' : 'status bad'} data-testid="sync-status">
          Last checked {when(status.at)}: {status.message}
        </p>
      )}
    </section>
  );
}
