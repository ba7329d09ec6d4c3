import { forwardRef } from 'react';
import type { Grade } from '../../practice/rubric.ts';

/** Round to one decimal, without a trailing ".0". */
const points = (x: number): string => String(Math.round(x * 10) / 10);

/** The score and, point by point, what earned it or what would have: the whole rubric in view. */
export const ScoreCard = forwardRef<HTMLHeadingElement, { grade: Grade }>(function ScoreCard({ grade }, headingRef) {
  return (
    <section className="score" aria-labelledby="score-title">
      <h2 id="score-title" ref={headingRef} tabIndex={-1}>
        Your score: <span data-testid="score-total">{grade.total}</span> / 100
      </h2>
      <ol className="points">
        {grade.points.map((p) => (
          <li key={p.id} className={p.applies ? (p.ratio >= 1 ? 'met' : p.ratio > 0 ? 'partly' : 'missed') : 'na'}>
            <div className="point-head">
              <strong>{p.label}</strong>
              <span className="earned">{p.applies ? `${points(p.earned)} of ${p.weight}` : 'not needed here'}</span>
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
      <p className="rubric-note">
        How this is scored: no blame 30, apology where needed 20, a concrete next step 20, length and readability 15,
        and what this case needs 15. Points that don't apply are left out and the rest scaled to 100.
      </p>
    </section>
  );
});
