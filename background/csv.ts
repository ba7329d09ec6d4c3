/**
 * An RFC 4180 CSV reader for phrase → rewrite sheets exported from spreadsheets.
 * Handles quoted fields with commas, doubled quotes and line breaks; CRLF, LF or CR row ends; a
 * leading byte-order mark; a missing final newline. Also reads ';'-separated files (European
 * spreadsheet exports) when the header row says so. Problems come back as data with a row number.
 */
export interface CsvResult {
  rows: string[][];
  /** The line of the file each row starts on (a quoted cell may span lines, so rows and lines differ). */
  rowLines: number[];
  problems: { row: number; message: string }[];
}

export function parseCsv(text: string, delimiter = ','): CsvResult {
  const rows: string[][] = [];
  const rowLines: number[] = [];
  let line = 1;
  let rowStartLine = 1;
  const problems: CsvResult['problems'] = [];
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  let i = 0;

  const endField = () => {
    row.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRow = () => {
    endField();
    rows.push(row);
    rowLines.push(rowStartLine);
    row = [];
  };

  while (i < input.length) {
    const ch = input[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        // RFC 4180 wants a delimiter or row end after a closing quote; keep any stray text, but say so.
        const next = input[i];
        if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
          problems.push({ row: rows.length + 1, message: 'text after a closing quote; wrap the whole cell in quotes' });
        }
        continue;
      }
      if (ch === '\n' || (ch === '\r' && input[i + 1] !== '\n')) line++;
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      i++;
      continue;
    }
    if (ch === delimiter) {
      endField();
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && input[i + 1] === '\n' ? 2 : 1;
      line++;
      rowStartLine = line;
      continue;
    }
    field += ch;
    fieldStarted = true;
    i++;
  }
  if (quoted) problems.push({ row: rows.length + 1, message: 'a quoted cell is never closed' });
  // A final row without a newline; but an input ending in a newline has no extra empty row.
  if (fieldStarted || field !== '' || row.length > 0) endRow();
  return { rows, rowLines, problems };
}

/** Write rows back as RFC 4180 text (quotes only where needed, CRLF row ends). */
export function formatCsv(rows: readonly (readonly string[])[], delimiter = ','): string {
  const needsQuotes = new RegExp(`["\\r\\n${delimiter === ',' ? ',' : delimiter}]`);
  const cell = (value: string) =>
    needsQuotes.test(value) || value === '' ? `"${value.replaceAll('"', '""')}"` : value;
  return rows.map((row) => row.map(cell).join(delimiter)).join('\r\n') + (rows.length ? '\r\n' : '');
}

/** Guess the delimiter from the first line: a spreadsheet in a comma-decimal locale writes ';'. */
export function guessDelimiter(text: string): ',' | ';' | '\t' {
  const firstLine = text.split(/\r\n|\n|\r/, 1)[0] ?? '';
  const count = (c: string) => firstLine.split(c).length - 1;
  const candidates: [',' | ';' | '\t', number][] = [
    [',', count(',')],
    [';', count(';')],
    ['\t', count('\t')],
  ];
  candidates.sort((a, b) => b[1] - a[1]);
  return candidates[0]?.[1] ? candidates[0][0] : ',';
}
