import type { PracticeScenario } from './catalog.ts';
import type { PointId } from './points.ts';
import { type AttemptRecord, byTime, POINT_IDS } from './progress.ts';

/**
 * Progress as CSV for a team lead (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote
 * or line break wrapped in quotes, quotes doubled). A trainee's reply is free text that a spreadsheet
 * might run as a formula ("=HYPERLINK(...)"), so a cell starting with = + - @ or a tab/CR gets a leading
 * apostrophe, as OWASP advises for CSV injection.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | undefined | null): string {
  if (value === undefined || value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvRow = (cells: ReadonlyArray<string | number | undefined | null>): string => cells.map(csvCell).join(',');

const HEADER = ['attempt', 'date', 'pack', 'scenario', 'title', 'difficulty', 'domain', 'score', ...POINT_IDS, 'reply'];

/** Oldest attempt first; point columns in percent, empty where the point did not apply. */
export function progressCsv(attempts: readonly AttemptRecord[], catalog: readonly PracticeScenario[]): string {
  const find = (a: AttemptRecord) => catalog.find((s) => s.pack === a.pack && s.id === a.scenarioId);
  const rows = [...attempts].sort(byTime).map((a, index) => {
    const scenario = find(a);
    const points = POINT_IDS.map((id: PointId) => {
      const share = a.categories[id];
      return typeof share === 'number' && Number.isFinite(share) ? Math.round(share * 100) : '';
    });
    return csvRow([
      a.id ?? index + 1,
      new Date(a.at).toISOString(),
      a.pack,
      a.scenarioId,
      scenario?.title ?? '',
      scenario?.difficulty ?? '',
      scenario?.domain ?? '',
      a.score,
      ...points,
      a.reply,
    ]);
  });
  return `${[csvRow(HEADER), ...rows].join('\r\n')}\r\n`;
}
