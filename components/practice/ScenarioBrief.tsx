import { t } from '../../i18n/t.ts';
import type { PracticeScenario } from '../../practice/catalog.ts';
import { parseMustDo } from '../../practice/must-do.ts';

/** The customer's message, what the agent knows, and what a good reply will do. All rendered as text. */
export function ScenarioBrief({ scenario }: { scenario: PracticeScenario }) {
  return (
    <section className="brief" aria-labelledby="brief-title">
      <h2 id="brief-title">
        {scenario.title} <span className={`badge ${scenario.difficulty}`}>{scenario.difficulty}</span>
      </h2>
      <h3>{t('practice_customerWrote')}</h3>
      <blockquote className="customer" data-testid="customer-message">
        {scenario.customer}
      </blockquote>
      {scenario.facts.length > 0 && (
        <>
          <h3>{t('practice_whatYouKnow')}</h3>
          <ul>
            {scenario.facts.map((fact) => (
              <li key={fact}>{fact}</li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('practice_goodReplyWill')}</h3>
      <ul>
        {scenario.mustDo.map((item) => (
          <li key={item}>{parseMustDo(item).text}</li>
        ))}
      </ul>
    </section>
  );
}
