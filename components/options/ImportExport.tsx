import { useId, useRef, useState } from 'react';
import type { Problem } from '../../rules/types.ts';
import type { EditableLayer, OptionsApi } from './api.ts';
import { ProblemList } from './ProblemList.tsx';

/** Import a JSON rulebook or a CSV of phrase → rewrite pairs into a layer; export a layer as JSON. */
export function ImportExport({ api, teamReadOnly }: { api: OptionsApi; teamReadOnly: string | null }) {
  const [layer, setLayer] = useState<EditableLayer>(teamReadOnly ? 'personal' : 'team');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const ids = { file: useId(), layer: useId() };

  const importFile = async () => {
    const file = fileRef.current?.files?.[0];
    setProblems([]);
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
      const text = await file.text();
      const csv = /\.csv$/i.test(file.name) || file.type === 'text/csv';
      const result = await api.importFile(layer, csv ? 'csv' : 'json', text, file.name.replace(/\.[^.]+$/, ''));
      if (result.ok) {
        setStatus(`Imported ${result.ruleCount} rule${result.ruleCount === 1 ? '' : 's'} from ${file.name}.`);
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

  const exportLayer = async (which: EditableLayer) => {
    const { fileName, text } = await api.exportLayer(which);
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setStatus(`Exported ${fileName}.`);
  };

  return (
    <section aria-labelledby="import-title" className="panel">
      <h2 id="import-title">Import and export</h2>
      <p className="muted">
        A rulebook is a JSON file (see <a href="/rulebook.schema.json">its schema</a>) or a spreadsheet saved as CSV
        with a phrase in the first column and its rewrite in the second.
      </p>
      <div className="row">
        <div className="field">
          <label htmlFor={ids.file}>Rulebook file</label>
          <input
            id={ids.file}
            ref={fileRef}
            type="file"
            accept=".json,.csv,application/json,text/csv"
            data-testid="import-file"
          />
        </div>
        <div className="field">
          <label htmlFor={ids.layer}>Import into</label>
          <select id={ids.layer} value={layer} onChange={(e) => setLayer(e.target.value as EditableLayer)}>
            <option value="team" disabled={teamReadOnly !== null}>
              Team rulebook (replaces it)
            </option>
            <option value="personal">My rules (replaces them)</option>
          </select>
        </div>
        <button type="button" className="primary" onClick={() => void importFile()} disabled={busy}>
          Import
        </button>
      </div>
      <p aria-live="polite" data-testid="import-status">
        {status}
      </p>
      <ProblemList problems={problems} title="This file was not imported. Your rules are unchanged. Please fix:" />
      <div className="row">
        <button type="button" onClick={() => void exportLayer('team')}>
          Export team rulebook
        </button>
        <button type="button" onClick={() => void exportLayer('personal')}>
          Export my rules
        </button>
      </div>
    </section>
  );
}
