import { useCallback, useEffect, useMemo, useState } from 'react';
import { t } from '../../i18n/t.ts';
import type { PracticeScenario } from '../../practice/catalog.ts';
import { progressCsv } from '../../practice/csv.ts';
import type { AttemptRecord } from '../../practice/progress.ts';
import { recommend } from '../../practice/recommend.ts';
import type { Grade } from '../../practice/rubric.ts';
import type { PreparedRulebook } from '../../rules/index.ts';
import { downloadText } from './download.ts';
import { PractiseView } from './PractiseView.tsx';
import { ProgressView } from './ProgressView.tsx';
import type { PracticeStore } from './store.ts';

export interface PracticeAppProps {
  catalog: readonly PracticeScenario[];
  prepared: PreparedRulebook;
  store: PracticeStore;
  /** One line on which rules coach this page (team rules, or the starter rules as a fallback). */
  rulebookNote: string;
}

type View = 'practise' | 'progress';

const viewFromHash = (): View => (location.hash === '#progress' ? 'progress' : 'practise');

/** The practice tab: pick a scenario, write with coaching, get a score, and watch progress over time. */
export function PracticeApp({ catalog, prepared, store, rulebookNote }: PracticeAppProps) {
  const [view, setView] = useState<View>(viewFromHash);
  const [attempts, setAttempts] = useState<AttemptRecord[]>([]);
  const [loadProblem, setLoadProblem] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);

  const reload = useCallback(async () => {
    let list: AttemptRecord[] = [];
    try {
      list = await store.list();
      setAttempts(list);
      setLoadProblem(null);
    } catch (error) {
      setLoadProblem((error as Error).message);
    }
    // The first scenario is chosen once, from the history: a later reload never swaps it while someone types.
    setSelected((current) => current ?? recommend(catalog, list)?.scenario.key ?? catalog[0]?.key ?? null);
    setLoaded(true);
  }, [store, catalog]);

  useEffect(() => {
    void reload();
  }, [reload]);

  useEffect(() => {
    const onHash = () => setView(viewFromHash());
    const controller = new AbortController();
    window.addEventListener('hashchange', onHash, { signal: controller.signal });
    return () => controller.abort();
  }, []);

  const recommendation = useMemo(() => recommend(catalog, attempts), [catalog, attempts]);
  const scenario = catalog.find((s) => s.key === selected);

  const show = (next: View) => {
    setView(next);
    history.replaceState(null, '', next === 'progress' ? '#progress' : '#practise');
  };

  const practise = (key: string) => {
    setSelected(key);
    show('practise');
  };

  const submit = async (s: PracticeScenario, reply: string, grade: Grade): Promise<string | null> => {
    // Pin the scenario, so the recommendation changing after this attempt does not swap the page under the result.
    setSelected(s.key);
    try {
      await store.add({
        scenarioId: s.id,
        pack: s.pack,
        at: Date.now(),
        score: grade.total,
        categories: grade.categories,
        reply,
      });
      await reload();
      return null;
    } catch (error) {
      return (error as Error).message;
    }
  };

  const exportCsv = () => {
    const day = new Date().toISOString().slice(0, 10);
    downloadText(document, `tactful-progress-${day}.csv`, progressCsv(attempts, catalog));
  };

  return (
    <div className="app">
      <header>
        <h1>{t('practice_pageTitle')}</h1>
        <p className="help">{rulebookNote}</p>
        <nav aria-label={t('practice_sections')}>
          <button
            type="button"
            aria-current={view === 'practise' ? 'page' : undefined}
            onClick={() => show('practise')}
          >
            {t('practice_practise')}
          </button>
          <button
            type="button"
            aria-current={view === 'progress' ? 'page' : undefined}
            onClick={() => show('progress')}
          >
            {attempts.length > 0 ? t('practice_progressCount', { count: attempts.length }) : t('practice_progress')}
          </button>
        </nav>
      </header>
      {loadProblem && <p role="alert">{t('practice_loadFailed', { problem: loadProblem })}</p>}
      <main>
        {!loaded ? (
          <p>{t('practice_loading')}</p>
        ) : view === 'progress' ? (
          <ProgressView attempts={attempts} catalog={catalog} onPractise={practise} onExport={exportCsv} />
        ) : scenario ? (
          <PractiseView
            key={scenario.key}
            catalog={catalog}
            scenario={scenario}
            prepared={prepared}
            recommendation={recommendation}
            onSelect={practise}
            onSubmit={submit}
          />
        ) : (
          <p>{t('practice_noScenarios')}</p>
        )}
      </main>
    </div>
  );
}
