import { forwardRef } from 'react';
import { Message } from '../../i18n/Message.tsx';
import { t } from '../../i18n/t.ts';
import type { Grade } from '../../practice/rubric.ts';
import { pointLabel } from './point-labels.ts';

/** Round to one decimal, without a trailing ".0". */
const points = (x: number): string => String(Math.round(x * 10) / 10);

/** The score and, point by point, what earned it or what would have: the whole rubric in view. */
export const ScoreCard = forwardRef<HTMLHeadingElement, { grade: Grade }>(function ScoreCard({ grade }, headingRef) {
  return (
    <section className="score" aria-labelledby="score-title">
      <h2 id="score-title" ref={headingRef} tabIndex={-1}>
        <Message id="practice_yourScore" values={{ total: <span data-testid="score-total">{grade.total}</span> }} />
      </h2>
      <ol className="points">
        {grade.points.map((p) => (
          <li key={p.id} className={p.applies ? (p.ratio >= 1 ? 'met' : p.ratio > 0 ? 'partly' : 'missed') : 'na'}>
            <div className="point-head">
              <strong>{pointLabel(p.id)}</strong>
              <span className="earned">
                {p.applies
                  ? t('practice_earned', { earned: points(p.earned), weight: p.weight })
                  : t('practice_notNeeded')}
              </span>
            </div>
            <p>{p.summary}</p>
            {p.details.length > 0 && (
              <ul>
                {p.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      <p className="rubric-note">{t('practice_rubricNote')}</p>
    </section>
  );
});
