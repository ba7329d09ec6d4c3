import { useId, useRef, useState } from 'react';
import { Message } from '../../i18n/Message.tsx';
import { t } from '../../i18n/t.ts';
import type { Problem } from '../../rules/types.ts';
import { ApplyPreview } from './ApplyPreview.tsx';
import type { ApplyMode, EditableLayer, ImportFile, OptionsApi, ApplyPreview as Preview } from './api.ts';
import { ProblemList } from './ProblemList.tsx';
import { undoLatest } from './undo-latest.ts';

const LAYER_WORDS: Record<EditableLayer, string> = { team: t('options_teamRulebook'), personal: t('options_myRules') };
const MODE_WORDS: Record<ApplyMode, string> = {
  replace: t('options_modeReplaced'),
  'merge-theirs': t('options_modeMergedTheirs'),
  'merge-mine': t('options_modeMergedMine'),
};

function download(fileName: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Import a JSON rulebook or a CSV of phrase → rewrite pairs into a layer the lead picks (never a default that could
 * silently change): preview what changes, choose merge or replace, apply, undo. Export a layer as JSON or CSV.
 */
export function ImportExport({ api, teamReadOnly }: { api: OptionsApi; teamReadOnly: string | null }) {
  const [layer, setLayer] = useState<EditableLayer | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<{ file: ImportFile; layer: EditableLayer; preview: Preview } | null>(null);
  const [undoLayer, setUndoLayer] = useState<EditableLayer | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const ids = { file: useId(), layer: useId(), reason: useId() };
  const target = layer === 'team' && teamReadOnly ? null : layer;

  const preview = async () => {
    const file = fileRef.current?.files?.[0];
    setProblems([]);
    setUndoLayer(null);
    if (!target) {
      setStatus(layer === 'team' && teamReadOnly ? teamReadOnly : t('options_chooseTarget'));
      return;
    }
    if (!file) {
      setStatus(t('options_chooseFile'));
      return;
    }
    // Refuse before reading a huge file into memory; the background checks the exact size again.
    if (file.size > 5 * 1024 * 1024) {
      setStatus('');
      setProblems([
        {
          path: '',
          message: t('options_fileTooLarge', { size: Math.round((file.size / 1024 / 1024) * 10) / 10 }),
        },
      ]);
      return;
    }
    setBusy(true);
    setStatus(t('options_checkingFile'));
    try {
      const csv = /\.csv$/i.test(file.name) || file.type === 'text/csv';
      const chosen: ImportFile = {
        format: csv ? 'csv' : 'json',
        text: await file.text(),
        name: file.name.replace(/\.[^.]+$/, ''),
        fileName: file.name,
      };
      const result = await api.previewImport(target, chosen);
      if (result.ok) {
        setPending({ file: chosen, layer: target, preview: result });
        setStatus('');
      } else {
        setStatus('');
        setProblems(result.problems);
      }
    } catch (error) {
      setStatus('');
      setProblems([{ path: '', message: (error as Error).message }]);
    } finally {
      setBusy(false);
    }
  };

  const apply = async (mode: ApplyMode) => {
    if (!pending) return;
    setBusy(true);
    try {
      // The preview only calls apply for a file that silences every rule after the lead confirmed it twice.
      const result = await api.importFile(pending.layer, pending.file, mode, Boolean(pending.preview.switchesOffAll));
      if (result.ok) {
        setStatus(
          t('options_imported', {
            count: result.ruleCount,
            file: pending.file.fileName,
            target: LAYER_WORDS[pending.layer],
            mode: MODE_WORDS[mode],
          }),
        );
        setUndoLayer(pending.layer);
      } else setProblems(result.problems);
      setPending(null);
    } catch (error) {
      setProblems([{ path: '', message: (error as Error).message }]);
    } finally {
      setBusy(false);
    }
  };

  const undo = async (which: EditableLayer) => {
    setBusy(true);
    try {
      await undoLatest(api, which);
      setStatus(t('options_importUndone', { target: LAYER_WORDS[which] }));
      setUndoLayer(null);
    } catch (error) {
      setStatus((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const exportLayer = async (which: EditableLayer, format: 'json' | 'csv') => {
    try {
      const { fileName, text, left } = await api.exportLayer(which, format);
      download(fileName, text, format === 'csv' ? 'text/csv' : 'application/json');
      const leftOut = left?.length ? ` ${t('options_leftOutOfCsv', { count: left.length, ids: left.join(', ') })}` : '';
      setStatus(t('options_exported', { file: fileName }) + leftOut);
    } catch (error) {
      setStatus((error as Error).message);
    }
  };

  return (
    <section aria-labelledby="import-title" className="panel">
      <h2 id="import-title">{t('options_importAndExport')}</h2>
      <p className="muted">
        <Message
          id="options_importIntro"
          values={{ schema: <a href="/rulebook.schema.json">{t('options_itsSchema')}</a> }}
        />
      </p>
      <fieldset className="target">
        <legend>{t('options_importInto')}</legend>
        <label className="choice">
          <input
            type="radio"
            name={ids.layer}
            value="team"
            checked={layer === 'team'}
            disabled={teamReadOnly !== null}
            aria-describedby={teamReadOnly ? ids.reason : undefined}
            onChange={() => setLayer('team')}
          />{' '}
          {t('options_teamRulebook')}
        </label>
        <label className="choice">
          <input
            type="radio"
            name={ids.layer}
            value="personal"
            checked={layer === 'personal'}
            onChange={() => setLayer('personal')}
          />{' '}
          {t('options_myRules')}
        </label>
        {teamReadOnly && (
          <p id={ids.reason} className="hint">
            {t('options_teamNotImportable', { reason: teamReadOnly })}
          </p>
        )}
      </fieldset>
      <div className="row">
        <div className="field">
          <label htmlFor={ids.file}>{t('options_rulebookFile')}</label>
          <input
            id={ids.file}
            ref={fileRef}
            type="file"
            accept=".json,.csv,application/json,text/csv"
            data-testid="import-file"
            onChange={() => setPending(null)}
          />
        </div>
        <button type="button" className="primary" onClick={() => void preview()} disabled={busy}>
          {t('options_previewImport')}
        </button>
      </div>
      {pending && (
        <ApplyPreview
          preview={pending.preview}
          target={LAYER_WORDS[pending.layer]}
          applyLabel={t('options_import')}
          busy={busy}
          onApply={(mode) => void apply(mode)}
          onCancel={() => {
            setPending(null);
            setStatus(t('options_nothingImported'));
          }}
        />
      )}
      <p aria-live="polite" data-testid="import-status">
        {status}
        {undoLayer && (
          <>
            {' '}
            <button type="button" className="link" disabled={busy} onClick={() => void undo(undoLayer)}>
              {t('options_undoImport')}
            </button>
          </>
        )}
      </p>
      <ProblemList problems={problems} title={t('options_thisFileWasNot')} />
      <h3>{t('options_export')}</h3>
      <p className="muted">{t('options_csvHasTheSame')}</p>
      <div className="row">
        <button type="button" onClick={() => void exportLayer('team', 'json')}>
          {t('options_exportTeamRulebook')}
        </button>
        <button type="button" onClick={() => void exportLayer('team', 'csv')}>
          {t('options_exportTeamRulebookAs')}
        </button>
        <button type="button" onClick={() => void exportLayer('personal', 'json')}>
          {t('options_exportMyRules')}
        </button>
        <button type="button" onClick={() => void exportLayer('personal', 'csv')}>
          {t('options_exportMyRulesAs')}
        </button>
      </div>
    </section>
  );
}
