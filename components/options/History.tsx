import { useEffect, useId, useState } from 'react';
import type { EditableLayer, OptionsApi, VersionInfo } from './api.ts';

const WHO: Record<VersionInfo['by'], string> = {
  you: 'You',
  subscription: 'Subscription',
  policy: 'Your organisation',
  upgrade: 'Tactful update',
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

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
          undoOf ? `Undone: “${undoOf.what}”.` : `Restored the version of ${new Date(version.at).toLocaleString()}.`,
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
      <h2 id="history-title">History</h2>
      <p className="muted">
        Every change to the team rulebook and to your rules is kept here (the last 50 of each): editor saves, imports,
        subscription refreshes. Undo the latest, or restore any earlier version.
      </p>
      <div className="field">
        <label htmlFor={ids.layer}>Layer</label>
        <select id={ids.layer} value={layer} onChange={(e) => setLayer(e.target.value as EditableLayer)}>
          <option value="team">Team rulebook</option>
          <option value="personal">My rules</option>
        </select>
      </div>
      {blocked && <p className="notice">{blocked}</p>}
      <p aria-live="polite" data-testid="history-message">
        {message}
      </p>
      {versions && versions.length === 0 && <p>No changes yet.</p>}
      <ol className="versions" data-testid="versions">
        {versions?.map((v, i) => (
          <li key={v.id} className="version" data-version-id={v.id}>
            <div>
              <strong>{v.what}</strong>
              {i === 0 && <span className="badge">current</span>}
            </div>
            <div className="muted">
              {WHO[v.by]} · <time dateTime={new Date(v.at).toISOString()}>{new Date(v.at).toLocaleString()}</time> ·{' '}
              {plural(v.ruleCount, 'rule')}
              {v.switchCount > 0 ? ` · ${plural(v.switchCount, 'switch')}` : ''}
              {v.etag ? ` · ETag ${v.etag}` : ''}
            </div>
            {blocked === null && i === 0 && versions[1] && (
              <button type="button" disabled={busy} onClick={() => void restore(versions[1] as VersionInfo, v)}>
                Undo this change<span className="visually-hidden">: {v.what}</span>
              </button>
            )}
            {blocked === null && i > 0 && (
              <button type="button" disabled={busy} onClick={() => void restore(v)}>
                Restore this version<span className="visually-hidden">: {v.what}</span>
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
