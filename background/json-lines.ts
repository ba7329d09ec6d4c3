/**
 * Where a JSON path is in the file's text, so a problem can say "line 14" to a lead who opens the file in an editor.
 * One pass over text that JSON.parse has already accepted; iterative, so nesting cannot overflow the stack. Records
 * the line of each key (for an object member) or value (for an array entry) down to a few levels, which is as deep
 * as a rulebook's fields go; a deeper path falls back to the nearest recorded parent.
 */
const MAX_RECORDED_DEPTH = 6;

interface Container {
  array: boolean;
  path: string;
  index: number;
  key: string | undefined;
  /** The line where the pending member's key was written. */
  keyLine: number;
  depth: number;
}

const childPath = (parent: Container) =>
  parent.array
    ? `${parent.path}[${parent.index}]`
    : parent.path
      ? `${parent.path}.${parent.key ?? ''}`
      : (parent.key ?? '');

function mapLines(text: string): Map<string, number> {
  const lines = new Map<string, number>([['', 1]]);
  const stack: Container[] = [];
  let line = 1;
  let expectKey = false;

  const recordValue = (at: number) => {
    const parent = stack[stack.length - 1];
    if (!parent || parent.depth >= MAX_RECORDED_DEPTH) return;
    lines.set(childPath(parent), parent.array ? at : parent.keyLine);
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      line++;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r') continue;
    if (ch === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const parent = stack[stack.length - 1];
      if (parent && !parent.array && expectKey) {
        parent.key = JSON.parse(text.slice(i, end + 1)) as string;
        parent.keyLine = line;
        expectKey = false;
      } else recordValue(line);
      i = end;
      continue;
    }
    if (ch === '{' || ch === '[') {
      recordValue(line);
      const parent = stack[stack.length - 1];
      stack.push({
        array: ch === '[',
        path: parent ? childPath(parent) : '',
        index: 0,
        key: undefined,
        keyLine: line,
        depth: stack.length,
      });
      expectKey = ch === '{';
      continue;
    }
    if (ch === '}' || ch === ']') {
      stack.pop();
      expectKey = false;
      continue;
    }
    if (ch === ',') {
      const parent = stack[stack.length - 1];
      if (parent?.array) parent.index++;
      else expectKey = true;
      continue;
    }
    if (ch === ':') continue;
    // A number, true, false or null: record it and skip to its end.
    recordValue(line);
    while (i + 1 < text.length && !/[\s,\]}]/.test(text[i + 1] as string)) i++;
  }
  return lines;
}

/** The line of `path` (`rules[3].examples.good[0]`) in `text`, or of its nearest recorded parent (a missing field). */
export function lineFinder(text: string): (path: string) => number | undefined {
  let lines: Map<string, number> | undefined;
  return (path) => {
    lines ??= mapLines(text);
    let here = path;
    while (here) {
      const found = lines.get(here);
      if (found !== undefined) return found;
      const cut = Math.max(here.lastIndexOf('.'), here.lastIndexOf('['));
      here = cut > 0 ? here.slice(0, cut) : '';
    }
    // A field missing at the top: the rulebook's first line.
    return lines.get('');
  };
}
