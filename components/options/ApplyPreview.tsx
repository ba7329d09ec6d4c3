import { useEffect, useId, useRef, useState } from 'react';
import type { ApplyMode, LayerDiff, ApplyPreview as Preview } from './api.ts';

const MODES: { mode: ApplyMode; label: string; hint: string }[] = [
  {
    mode: 'merge-theirs',
    label: 'Merge, imported wins',
    hint: 'Adds the new rules and updates rules with the same id. Rules only you have stay.',
  },
  {
    mode: 'merge-mine',
    label: 'Merge, keep mine',
    hint: 'Adds only rules you do not have yet. Your rules stay as they are.',
  },
  { mode: 'replace', label: 'Replace', hint: 'The layer becomes exactly this file. Rules not in it are removed.' },
];

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function Changes({ title, items, kind }: { title: string; items: LayerDiff['added']; kind: string }) {
  if (items.length === 0) return null;
  return (
    <div className={`diff-group diff-${kind}`}>
      <h4>
        {title} ({items.length})
      </h4>
      <ul>
        {items.map((c) => (
          <li key={c.id}>
            {c.name} <code>{c.id}</code>
            {c.fields.length > 0 && <span className="muted"> — changes {c.fields.join(', ')}</span>}
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
        Preview: “{preview.bookName}” ({plural(preview.ruleCount, 'rule')}) into {target}
      </h3>
      {preview.hasBook ? (
        <fieldset>
          <legend>How should it join your {target.toLowerCase()}?</legend>
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
        <p className="muted">{target} is empty, so every rule in the file is added.</p>
      )}
      {silenced > 0 && (
        <p className="notice" role="alert" data-testid="switches-off-all">
          <strong>This rulebook switches off all {silenced} rules: agents would get no coaching.</strong> If that is not
          what you meant, cancel and check the file's “enabled” fields.
        </p>
      )}
      <div aria-live="polite" data-testid="preview-diff">
        {nothing ? (
          <p>Nothing would change: every rule is already there as it is.</p>
        ) : (
          <p>
            {plural(diff.added.length, 'rule')} added, {diff.changed.length} changed, {diff.removed.length} removed,{' '}
            {diff.unchanged} unchanged.
          </p>
        )}
        <Changes title="Added" items={diff.added} kind="added" />
        <Changes title="Changed" items={diff.changed} kind="changed" />
        <Changes title="Removed" items={diff.removed} kind="removed" />
      </div>
      <p className="muted">You can undo this afterwards in History.</p>
      {confirming ? (
        <div className="confirm" role="alertdialog" aria-labelledby={`${name}-confirm`}>
          <p id={`${name}-confirm`}>
            <strong>Switch off all {silenced} rules for everyone using this layer?</strong>
          </p>
          <div className="row">
            <button type="button" ref={goBack} className="primary" disabled={busy} onClick={() => setConfirming(false)}>
              Go back
            </button>
            <button type="button" className="danger" disabled={busy} onClick={() => onApply(mode)}>
              Yes, switch off all {silenced} rules
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
            Cancel
          </button>
        </div>
      )}
    </section>
  );
}
