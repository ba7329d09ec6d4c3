import { useSyncExternalStore } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { t } from '../../i18n/t.ts';
import type { PointId } from '../../practice/points.ts';
import type { ChartRow } from '../../practice/progress.ts';
import { pointLabel } from './point-labels.ts';

// Okabe–Ito hues (distinct for the common colour-vision deficiencies), darkened for a white page and lightened for a
// dark one so every line and legend mark measures at least 3:1 against the page, plus a dash per line.
const LINES: { key: PointId | 'total'; name: string; dash?: string; width?: number }[] = [
  { key: 'total', name: t('practice_total'), width: 3 },
  { key: 'no-blame', name: pointLabel('no-blame') },
  { key: 'apology', name: pointLabel('apology'), dash: '6 3' },
  { key: 'next-step', name: pointLabel('next-step'), dash: '2 2' },
  { key: 'readability', name: pointLabel('readability'), dash: '8 3 2 3' },
  { key: 'must-do', name: pointLabel('must-do'), dash: '1 3' },
];

interface ChartColours {
  lines: Record<PointId | 'total', string>;
  ink: string;
  muted: string;
  grid: string;
}

// Against #ffffff: 16.1, 4.70, 5.19, 4.95, 5.49, 4.87 : 1.
const LIGHT: ChartColours = {
  lines: {
    total: '#202124',
    'no-blame': '#c25100',
    apology: '#0072b2',
    'next-step': '#00805c',
    readability: '#a8457f',
    'must-do': '#9a6700',
  },
  ink: '#202124',
  muted: '#5f6368',
  grid: '#dadce0',
};

// Against #202124: 13.4, 6.90, 6.98, 7.30, 7.48, 7.15 : 1.
const DARK: ChartColours = {
  lines: {
    total: '#e8eaed',
    'no-blame': '#ff8a50',
    apology: '#56b4e9',
    'next-step': '#2ec4a0',
    readability: '#e39bc5',
    'must-do': '#e69f00',
  },
  ink: '#e8eaed',
  muted: '#bdc1c6',
  grid: '#3c4043',
};

const DARK_QUERY = '(prefers-color-scheme: dark)';
const subscribeToScheme = (onChange: () => void) => {
  const query = globalThis.matchMedia?.(DARK_QUERY);
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
};
const prefersDark = () => globalThis.matchMedia?.(DARK_QUERY).matches ?? false;

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
  const colours = useSyncExternalStore(subscribeToScheme, prefersDark) ? DARK : LIGHT;
  const last = rows[rows.length - 1];
  const summary = last
    ? t('practice_chartSummary', { count: rows.length, total: last.total })
    : t('practice_noAttempts');
  return (
    <div className="chart" role="img" aria-label={summary} data-testid="progress-chart">
      <ResponsiveContainer width="100%" height={320}>
        <LineChart data={rows as ChartRow[]} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid stroke={colours.grid} />
          <XAxis
            dataKey="attempt"
            allowDecimals={false}
            stroke={colours.muted}
            tick={{ fill: colours.muted }}
            label={{ value: t('practice_attempt'), position: 'insideBottom', offset: -4, fill: colours.muted }}
          />
          <YAxis
            domain={[0, 100]}
            ticks={[0, 25, 50, 75, 100]}
            unit="%"
            width={48}
            stroke={colours.muted}
            tick={{ fill: colours.muted }}
          />
          <Tooltip
            labelFormatter={(attempt) =>
              t('practice_attemptAt', { attempt: String(attempt), date: dateOf(rows, attempt) })
            }
            contentStyle={{ background: 'var(--surface)', color: colours.ink, borderColor: colours.muted }}
          />
          {/* Legend words in the page's ink (text needs 4.5:1); the line mark beside each keeps its colour. */}
          <Legend
            verticalAlign="top"
            height={36}
            itemSorter={null}
            formatter={(value) => <span style={{ color: colours.ink }}>{value}</span>}
          />
          {LINES.map((line) => (
            <Line
              key={line.key}
              type="linear"
              dataKey={line.key}
              name={line.name}
              stroke={colours.lines[line.key]}
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
