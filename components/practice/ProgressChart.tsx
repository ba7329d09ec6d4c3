import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { t } from '../../i18n/t.ts';
import type { PointId } from '../../practice/points.ts';
import type { ChartRow } from '../../practice/progress.ts';
import { pointLabel } from './point-labels.ts';

// Distinct on white and for the common colour-vision deficiencies (Okabe–Ito palette), plus a dash per line.
const LINES: { key: PointId | 'total'; name: string; color: string; dash?: string; width?: number }[] = [
  { key: 'total', name: t('practice_total'), color: '#202124', width: 3 },
  { key: 'no-blame', name: pointLabel('no-blame'), color: '#D55E00' },
  { key: 'apology', name: pointLabel('apology'), color: '#0072B2', dash: '6 3' },
  { key: 'next-step', name: pointLabel('next-step'), color: '#009E73', dash: '2 2' },
  { key: 'readability', name: pointLabel('readability'), color: '#CC79A7', dash: '8 3 2 3' },
  { key: 'must-do', name: pointLabel('must-do'), color: '#E69F00', dash: '1 3' },
];

const dateOf = (rows: readonly ChartRow[], attempt: unknown): string => {
  const row = rows.find((r) => r.attempt === attempt);
  return row ? new Date(row.at).toLocaleString() : '';
};

/**
 * Each point of the rubric over time, in percent per attempt. Straight segments: a smoothed curve would
 * suggest scores between attempts that never happened. The same numbers are in the table under the
 * chart, which is what a screen reader reads; the chart itself is summarised in its label.
 */
export function ProgressChart({ rows }: { rows: readonly ChartRow[] }) {
  const last = rows[rows.length - 1];
  const summary = last
    ? t('practice_chartSummary', { count: rows.length, total: last.total })
    : t('practice_noAttempts');
  return (
    <div className="chart" role="img" aria-label={summary} data-testid="progress-chart">
      <ResponsiveContainer width="100%" height={320}>
        <LineChart data={rows as ChartRow[]} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid stroke="#e8eaed" />
          <XAxis
            dataKey="attempt"
            allowDecimals={false}
            label={{ value: t('practice_attempt'), position: 'insideBottom', offset: -4 }}
          />
          <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit="%" width={48} />
          <Tooltip
            labelFormatter={(attempt) =>
              t('practice_attemptAt', { attempt: String(attempt), date: dateOf(rows, attempt) })
            }
          />
          <Legend verticalAlign="top" height={36} itemSorter={null} />
          {LINES.map((line) => (
            <Line
              key={line.key}
              type="linear"
              dataKey={line.key}
              name={line.name}
              stroke={line.color}
              strokeWidth={line.width ?? 2}
              strokeDasharray={line.dash}
              dot={{ r: 3 }}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
