import { t } from '../../i18n/t.ts';
import type { Finding } from '../../rules/index.ts';
import { categoryName, flaggedText } from './finding-words.ts';

/**
 * The coach's suggestions as a list beside the editor: the same findings the highlights show, readable by a
 * screen reader and by anyone who prefers a list. Only the count is announced, so typing stays quiet.
 */
export function LiveFindings({ findings, text }: { findings: readonly Finding[]; text: string }) {
  return (
    <section className="live" aria-labelledby="live-title">
      <h3 id="live-title">{t('practice_liveTitle')}</h3>
      <p aria-live="polite" data-testid="finding-count">
        {findings.length === 0 ? t('practice_nothingToSuggest') : t('practice_suggestions', { count: findings.length })}
      </p>
      {findings.length > 0 && (
        <ul>
          {findings.map((f) => {
            const words = flaggedText(text, f);
            return (
              <li key={`${f.ruleId}:${f.start}:${f.end}`} className={`finding ${f.category}`}>
                <strong>{categoryName(f.category)}</strong>
                {words && <q>{words}</q>} {f.message}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
