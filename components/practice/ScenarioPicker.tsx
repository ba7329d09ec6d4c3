import { useId } from 'react';
import { t } from '../../i18n/t.ts';
import type { PracticeScenario } from '../../practice/catalog.ts';
import type { Recommendation } from '../../practice/recommend.ts';

interface Props {
  catalog: readonly PracticeScenario[];
  selected: string;
  onSelect: (key: string) => void;
  recommendation: Recommendation | null;
}

/** Choose a scenario by domain, or take the recommended one (with the reason in plain words). */
export function ScenarioPicker({ catalog, selected, onSelect, recommendation }: Props) {
  const id = useId();
  const domains = [...new Set(catalog.map((s) => s.domain))];
  return (
    <div className="picker">
      <label htmlFor={id}>{t('practice_scenario')}</label>
      <select id={id} value={selected} onChange={(e) => onSelect(e.target.value)}>
        {domains.map((domain) => (
          <optgroup key={domain} label={domain}>
            {catalog
              .filter((s) => s.domain === domain)
              .map((s) => (
                <option key={s.key} value={s.key}>
                  {s.title} · {s.difficulty}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
      {recommendation && (
        <p className="recommendation">
          <button type="button" onClick={() => onSelect(recommendation.scenario.key)}>
            {t('practice_nextRecommended')}
          </button>{' '}
          <span>
            {recommendation.scenario.title}: {recommendation.reason}
          </span>
        </p>
      )}
    </div>
  );
}
