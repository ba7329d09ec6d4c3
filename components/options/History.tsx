import { useEffect, useId, useState } from 'react';
import { t } from '../../i18n/t.ts';
import type { EditableLayer, OptionsApi, VersionInfo } from './api.ts';

const WHO: Record<VersionInfo['by'], string> = {
  you: t('options_byYou'),
  subscription: t('options_bySubscription'),
  policy: t('options_byPolicy'),
  upgrade: t('options_byUpgrade'),
};

/**
 * Each layer's last 50 versions, newest first, with who changed it, what and when. The newest change can be undone
 * and any earlier version restored; a restore is a new version, so it can be undone too.
 */
export function History({
  api,
  refreshKey,
  readOnly,
}: {
  api: OptionsApi;
  refreshKey: unknown;
  /** Why a layer cannot be changed here (the organisation manages it), per layer. */
  readOnly: Partial<Record<EditableLayer, string | null>>;
}) {
  const [layer, setLayer] = useState<EditableLayer>('team');
  const [versions, setVersions] = useState<VersionInfo[] | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const ids = { layer: useId() };

  // biome-ignore lint/correctness/useExhaustiveDependencies: refreshKey is the signal to read the history again after a change.
  useEffect(() => {
    let live = true;
    api.listVersions(layer).then(
      (list) => live && setVersions(list),
      (error: Error) => live && setMessage(error.message),
    );
    return () => {
      live = false;
    };
  }, [api, layer, refreshKey]);

  const restore = async (version: VersionInfo, undoOf?: VersionInfo) => {
    setBusy(true);
    try {
      const result = await api.restoreVersion(version.id);
      if (!result.ok) setMessage(result.problems.map((p) => p.message).join(' '));
      else
        setMessage(
          undoOf
            ? t('options_undone', { what: undoOf.what })
            : t('options_restoredVersion', { date: new Date(version.at).toLocaleString() }),
        );
      setVersions(await api.listVersions(layer));
    } catch (error) {
      setMessage((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const blocked = readOnly[layer] ?? null;
  return (
    <section aria-labelledby="history-title" className="panel">
      <h2 id="history-title">{t('options_history')}</h2>
      <p className="muted">{t('options_everyChangeToThe')}</p>
      <div className="field">
        <label htmlFor={ids.layer}>{t('options_layer')}</label>
        <select id={ids.layer} value={layer} onChange={(e) => setLayer(e.target.value as EditableLayer)}>
          <option value="team">{t('options_teamRulebook')}</option>
          <option value="personal">{t('options_myRules')}</option>
        </select>
      </div>
      {blocked && <p className="notice">{blocked}</p>}
      <p aria-live="polite" data-testid="history-message">
        {message}
      </p>
      {versions && versions.length === 0 && <p>{t('options_noChangesYet')}</p>}
      <ol className="versions" data-testid="versions">
        {versions?.map((v, i) => (
          <li key={v.id} className="version" data-version-id={v.id}>
            <div>
              <strong>{v.what}</strong>
              {i === 0 && <span className="badge">{t('options_current')}</span>}
            </div>
            <div className="muted">
              {WHO[v.by]} · <time dateTime={new Date(v.at).toISOString()}>{new Date(v.at).toLocaleString()}</time> ·{' '}
              {t('options_ruleCount', { count: v.ruleCount })}
              {v.switchCount > 0 ? ` · ${t('options_switches', { count: v.switchCount })}` : ''}
              {v.etag ? ` · ${t('options_etag', { etag: v.etag })}` : ''}
            </div>
            {blocked === null && i === 0 && versions[1] && (
              <button type="button" disabled={busy} onClick={() => void restore(versions[1] as VersionInfo, v)}>
                {t('options_undoThisChange')}
                <span className="visually-hidden">: {v.what}</span>
              </button>
            )}
            {blocked === null && i > 0 && (
              <button type="button" disabled={busy} onClick={() => void restore(v)}>
                {t('options_restoreThisVersion')}
                <span className="visually-hidden">: {v.what}</span>
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
