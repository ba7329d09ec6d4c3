import { useId, useRef, useState } from 'react';
import type { Problem } from '../../rules/types.ts';
import { ApplyPreview } from './ApplyPreview.tsx';
import type { ApplyMode, EditableLayer, ImportFile, OptionsApi, ApplyPreview as Preview } from './api.ts';
import { ProblemList } from './ProblemList.tsx';
import { undoLatest } from './undo-latest.ts';

const LAYER_WORDS: Record<EditableLayer, string> = { team: 'Team rulebook', personal: 'My rules' };
const MODE_WORDS: Record<ApplyMode, string> = {
  replace: 'replaced',
  'merge-theirs': 'merged, imported wins',
  'merge-mine': 'merged, kept yours',
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
      setStatus(layer === 'team' && teamReadOnly ? teamReadOnly : 'Choose where to import: Team rulebook or My rules.');
      return;
    }
    if (!file) {
      setStatus('Choose a .json or .csv file first.');
      return;
    }
    // Refuse before reading a huge file into memory; the background checks the exact size again.
    if (file.size > 5 * 1024 * 1024) {
      setStatus('');
      setProblems([
        {
          path: '',
          message: `this file is ${(file.size / 1024 / 1024).toFixed(1)} MB; the largest rulebook Tactful accepts is 5 MB`,
        },
      ]);
      return;
    }
    setBusy(true);
    setStatus('Checking the file…');
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
          `Imported ${result.ruleCount} rule${result.ruleCount === 1 ? '' : 's'} from ${pending.file.fileName} into ${LAYER_WORDS[pending.layer]} (${MODE_WORDS[mode]}).`,
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
      setStatus(`Undone: ${LAYER_WORDS[which]} is back as it was before the import.`);
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
      const leftOut = left?.length
        ? ` ${left.length} rule${left.length === 1 ? '' : 's'} cannot be written as a spreadsheet row (${left.join(', ')}); export JSON to keep ${left.length === 1 ? 'it' : 'them'}.`
        : '';
      setStatus(`Exported ${fileName}.${leftOut}`);
    } catch (error) {
      setStatus((error as Error).message);
    }
  };

  return (
    <section aria-labelledby="import-title" className="panel">
      <h2 id="import-title">Import and export</h2>
      <p className="muted">
        A rulebook is a JSON file (see <a href="/rulebook.schema.json">its schema</a>) or a spreadsheet saved as CSV
        with the columns phrase, rewrite and message. You see what changes before anything is stored, and every import
        can be undone in History.
      </p>
      <fieldset className="target">
        <legend>Import into</legend>
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
          Team rulebook
        </label>
        <label className="choice">
          <input
            type="radio"
            name={ids.layer}
            value="personal"
            checked={layer === 'personal'}
            onChange={() => setLayer('personal')}
          />{' '}
          My rules
        </label>
        {teamReadOnly && (
          <p id={ids.reason} className="hint">
            The team rulebook cannot be imported into here: {teamReadOnly}
          </p>
        )}
      </fieldset>
      <div className="row">
        <div className="field">
          <label htmlFor={ids.file}>Rulebook file</label>
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
          Preview import
        </button>
      </div>
      {pending && (
        <ApplyPreview
          preview={pending.preview}
          target={LAYER_WORDS[pending.layer]}
          applyLabel="Import"
          busy={busy}
          onApply={(mode) => void apply(mode)}
          onCancel={() => {
            setPending(null);
            setStatus('Nothing was imported.');
          }}
        />
      )}
      <p aria-live="polite" data-testid="import-status">
        {status}
        {undoLayer && (
          <>
            {' '}
            <button type="button" className="link" disabled={busy} onClick={() => void undo(undoLayer)}>
              Undo import
            </button>
          </>
        )}
      </p>
      <ProblemList problems={problems} title="This file was not imported. Your rules are unchanged. Please fix:" />
      <h3>Export</h3>
      <p className="muted">
        CSV has the same columns the import reads, so a spreadsheet can go out and come back unchanged.
      </p>
      <div className="row">
        <button type="button" onClick={() => void exportLayer('team', 'json')}>
          Export team rulebook
        </button>
        <button type="button" onClick={() => void exportLayer('team', 'csv')}>
          Export team rulebook as CSV
        </button>
        <button type="button" onClick={() => void exportLayer('personal', 'json')}>
          Export my rules
        </button>
        <button type="button" onClick={() => void exportLayer('personal', 'csv')}>
          Export my rules as CSV
        </button>
      </div>
    </section>
  );
}
