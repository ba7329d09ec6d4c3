import { useId, useState } from 'react';
import { t } from '../../i18n/t.ts';
import { ApplyPreview } from './ApplyPreview.tsx';
import type { OptionsApi, OptionsModel, ApplyPreview as Preview } from './api.ts';

const when = (at: number) => new Date(at).toLocaleString();

/**
 * Subscribe to a team rulebook published at an HTTPS address. The first fetch is previewed (what changes, merge or
 * replace) and nothing is stored until the lead subscribes; later hourly refreshes apply the same way and show in
 * History with an undo. Unsubscribing keeps the last published rules as the team's own, editable again.
 */
export function Subscription({ api, model }: { api: OptionsApi; model: OptionsModel }) {
  const { url, byPolicy, status } = model.subscription;
  const [draft, setDraft] = useState(url ?? '');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<{ url: string; preview: Preview & { digest: string } } | null>(null);
  const id = useId();
  const detachedFrom = !url ? model.layers.team?.detachedFrom : undefined;

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setMessage('');
    try {
      await action();
    } catch (error) {
      setMessage((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const preview = () =>
    run(async () => {
      const address = draft.trim();
      const result = await api.previewSubscription(address);
      if (result.ok) setPending({ url: address, preview: result });
      else setMessage(result.message);
    });

  return (
    <section aria-labelledby="sub-title" className="panel">
      <h2 id="sub-title">{t('options_teamRulebookSubscription')}</h2>
      <p className="muted">{t('options_yourTeamLeadCan')}</p>
      {detachedFrom && (
        <p className="notice" role="note" data-testid="detached-notice">
          {t('options_unsubscribedFrom', { url: detachedFrom })}
        </p>
      )}
      <div className="row">
        <div className="field grow">
          <label htmlFor={id}>{t('options_rulebookAddress')}</label>
          <input
            id={id}
            type="url"
            value={byPolicy ? (url ?? '') : draft}
            readOnly={byPolicy}
            placeholder="https://example.com/team-rulebook.json"
            onChange={(e) => {
              setDraft(e.target.value);
              setPending(null);
            }}
          />
        </div>
        {!byPolicy && (
          <>
            <button type="button" className="primary" disabled={busy || !draft.trim()} onClick={() => void preview()}>
              {url ? t('options_previewAddress') : t('options_previewAndSubscribe')}
            </button>
            {url && (
              <button
                type="button"
                disabled={busy}
                onClick={() =>
                  void run(async () => {
                    setPending(null);
                    setMessage((await api.unsubscribe()).message);
                  })
                }
              >
                {t('options_unsubscribe')}
              </button>
            )}
          </>
        )}
        {url && (
          <button
            type="button"
            disabled={busy}
            onClick={() => void run(async () => setMessage((await api.syncNow()).message))}
          >
            {t('options_checkNow')}
          </button>
        )}
      </div>
      {byPolicy && <p className="notice">{t('options_setByYourOrganisation')}</p>}
      {pending && (
        <ApplyPreview
          preview={pending.preview}
          target={t('options_teamRulebook')}
          applyLabel={t('options_subscribe')}
          busy={busy}
          onApply={(mode) =>
            void run(async () => {
              const result = await api.subscribe(
                pending.url,
                mode,
                pending.preview.digest,
                Boolean(pending.preview.switchesOffAll),
              );
              setMessage(result.message);
              // A stale preview is dropped too: the message asks for a fresh one.
              setPending(null);
            })
          }
          onCancel={() => {
            setPending(null);
            setMessage(t('options_didNotSubscribe'));
          }}
        />
      )}
      <p aria-live="polite" data-testid="subscription-message">
        {message}
      </p>
      {status && url && (
        <p className={status.ok ? 'status good' : 'status bad'} data-testid="sync-status">
          {t('options_lastChecked', { when: when(status.at), message: status.message })}
        </p>
      )}
    </section>
  );
}
