import { useEffect, useId, useRef, useState } from 'react';
import { t } from '../../i18n/t.ts';
import type { ApplyMode, LayerDiff, ApplyPreview as Preview } from './api.ts';

const MODES: { mode: ApplyMode; label: string; hint: string }[] = [
  {
    mode: 'merge-theirs',
    label: t('options_mergeTheirs'),
    hint: t('options_mergeTheirsHint'),
  },
  {
    mode: 'merge-mine',
    label: t('options_mergeMine'),
    hint: t('options_mergeMineHint'),
  },
  { mode: 'replace', label: t('options_replace'), hint: t('options_replaceHint') },
];

function Changes({ title, items, kind }: { title: string; items: LayerDiff['added']; kind: string }) {
  if (items.length === 0) return null;
  return (
    <div className={`diff-group diff-${kind}`}>
      <h4>{t('options_groupCount', { title, count: items.length })}</h4>
      <ul>
        {items.map((c) => (
          <li key={c.id}>
            {c.name} <code>{c.id}</code>
            {c.fields.length > 0 && (
              <span className="muted">{t('options_changedFields', { fields: c.fields.join(', ') })}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * What applying a file (import or subscription) would change in a layer, by rule name with the changed fields, for
 * the way the lead picks: merge by rule id (imported wins, or keep mine) or replace. Nothing is stored until Apply.
 * A file that would switch every rule off says so plainly, and Apply then asks a second time before it goes ahead.
 */
export function ApplyPreview({
  preview,
  target,
  applyLabel,
  busy,
  onApply,
  onCancel,
}: {
  preview: Preview;
  /** The layer, in words ("Team rulebook"). */
  target: string;
  applyLabel: string;
  busy: boolean;
  onApply: (mode: ApplyMode) => void;
  onCancel: () => void;
}) {
  const [mode, setMode] = useState<ApplyMode>('merge-theirs');
  const [confirming, setConfirming] = useState(false);
  const goBack = useRef<HTMLButtonElement>(null);
  const name = useId();
  const silenced = preview.switchesOffAll ?? 0;
  useEffect(() => {
    if (confirming) goBack.current?.focus();
  }, [confirming]);
  const diff = preview.diffs[mode];
  const nothing = diff.added.length + diff.changed.length + diff.removed.length === 0;
  return (
    <section className="apply-preview panel" aria-labelledby={`${name}-title`} data-testid="apply-preview">
      <h3 id={`${name}-title`}>
        {t('options_previewTitle', { name: preview.bookName, count: preview.ruleCount, target })}
      </h3>
      {preview.hasBook ? (
        <fieldset>
          <legend>{t('options_howJoin', { target })}</legend>
          {MODES.map((m) => (
            <label key={m.mode} className="choice">
              <input
                type="radio"
                name={name}
                value={m.mode}
                checked={mode === m.mode}
                onChange={() => setMode(m.mode)}
              />{' '}
              <span>
                <strong>{m.label}</strong> <span className="muted">{m.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
      ) : (
        <p className="muted">{t('options_targetEmpty', { target })}</p>
      )}
      {silenced > 0 && (
        <p className="notice" role="alert" data-testid="switches-off-all">
          <strong>{t('options_switchesOffAll', { count: silenced })}</strong> {t('options_switchesOffAllHelp')}
        </p>
      )}
      <div aria-live="polite" data-testid="preview-diff">
        {nothing ? (
          <p>{t('options_nothingWouldChangeEvery')}</p>
        ) : (
          <p>
            {t('options_diffSummary', {
              count: diff.added.length,
              changed: diff.changed.length,
              removed: diff.removed.length,
              unchanged: diff.unchanged,
            })}
          </p>
        )}
        <Changes title={t('options_added')} items={diff.added} kind="added" />
        <Changes title={t('options_changed')} items={diff.changed} kind="changed" />
        <Changes title={t('options_removed')} items={diff.removed} kind="removed" />
      </div>
      <p className="muted">{t('options_youCanUndoThis')}</p>
      {confirming ? (
        <div className="confirm" role="alertdialog" aria-labelledby={`${name}-confirm`}>
          <p id={`${name}-confirm`}>
            <strong>{t('options_switchOffAllConfirm', { count: silenced })}</strong>
          </p>
          <div className="row">
            <button type="button" ref={goBack} className="primary" disabled={busy} onClick={() => setConfirming(false)}>
              {t('options_goBack')}
            </button>
            <button type="button" className="danger" disabled={busy} onClick={() => onApply(mode)}>
              {t('options_switchOffAllYes', { count: silenced })}
            </button>
          </div>
        </div>
      ) : (
        <div className="row">
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => (silenced > 0 ? setConfirming(true) : onApply(mode))}
          >
            {applyLabel}
          </button>
          <button type="button" disabled={busy} onClick={onCancel}>
            {t('options_cancel')}
          </button>
        </div>
      )}
    </section>
  );
}
