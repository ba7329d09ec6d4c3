import { t } from '../../i18n/t.ts';
import type { PracticeScenario } from '../../practice/catalog.ts';
import { type AttemptRecord, byTime, chartRows, POINT_IDS, weakestCategories } from '../../practice/progress.ts';
import { type Recommendation, recommend } from '../../practice/recommend.ts';
import { ProgressChart } from './ProgressChart.tsx';
import { pointLabel } from './point-labels.ts';

interface Props {
  attempts: readonly AttemptRecord[];
  catalog: readonly PracticeScenario[];
  onPractise: (key: string) => void;
  onExport: () => void;
}

const percent = (share: number | undefined): string => (share === undefined ? '—' : `${Math.round(share * 100)}%`);

/** How the trainee is doing: a chart per rubric point, the weakest points with a scenario for each, every attempt. */
export function ProgressView({ attempts, catalog, onPractise, onExport }: Props) {
  const rows = chartRows(attempts);
  const weakest = weakestCategories(attempts);
  // One scenario per weak point, each different, so two suggestions never send the trainee to the same case.
  const suggestions: (Recommendation | null)[] = [];
  for (const w of weakest) {
    suggestions.push(recommend(catalog, attempts, w.id, new Set(suggestions.map((r) => r?.scenario.key ?? ''))));
  }
  const newestFirst = [...attempts].sort(byTime).reverse();
  const titleOf = (a: AttemptRecord) =>
    catalog.find((s) => s.pack === a.pack && s.id === a.scenarioId)?.title ?? a.scenarioId;

  if (attempts.length === 0) {
    return (
      <section className="progress" aria-labelledby="progress-title">
        <h2 id="progress-title">{t('practice_yourProgress')}</h2>
        <p>{t('practice_scoresAppear')}</p>
      </section>
    );
  }

  return (
    <section className="progress" aria-labelledby="progress-title">
      <div className="progress-head">
        <h2 id="progress-title">{t('practice_yourProgress')}</h2>
        <button type="button" onClick={onExport}>
          {t('practice_export')}
        </button>
      </div>
      <ProgressChart rows={rows} />

      <h3>{t('practice_focus')}</h3>
      {weakest.length === 0 ? (
        <p>{t('practice_doingWell')}</p>
      ) : (
        <ul className="weakest" data-testid="weakest">
          {weakest.map((w, index) => {
            const next = suggestions[index];
            return (
              <li key={w.id}>
                <span>
                  <strong>{pointLabel(w.id)}</strong>:{' '}
                  {t('practice_weakPoint', { share: percent(w.average), count: w.count })}
                </span>
                {next && (
                  <button type="button" onClick={() => onPractise(next.scenario.key)}>
                    {t('practice_practiseThis', { title: next.scenario.title })}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}

      <h3 id="attempts-title">{t('practice_everyAttempt')}</h3>
      {/* Scrolls sideways in a narrow window: focusable, so the keyboard can scroll it, and named for that stop. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (axe scrollable-region-focusable). */}
      <section className="table-wrap" aria-labelledby="attempts-title" tabIndex={0}>
        <table aria-labelledby="attempts-title" data-testid="attempts">
          <thead>
            <tr>
              <th scope="col">{t('practice_when')}</th>
              <th scope="col">{t('practice_scenario')}</th>
              <th scope="col">{t('practice_score')}</th>
              {POINT_IDS.map((id) => (
                <th scope="col" key={id}>
                  {pointLabel(id)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((a) => (
              <tr key={a.id ?? a.at}>
                <td>{new Date(a.at).toLocaleString()}</td>
                <th scope="row">{titleOf(a)}</th>
                <td>{a.score}</td>
                {POINT_IDS.map((id) => (
                  <td key={id}>{percent(a.categories[id])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}
