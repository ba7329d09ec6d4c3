/**
 * The coach on the command line as a function (cli/coach.ts is the executable), so tests run it in-process
 * instead of paying a tsx start per case. Contract in ARCHITECTURE.md:
 *   npm run --silent coach -- --jsonl < replies.jsonl > findings.jsonl   one output line per input line
 *   npm run --silent coach -- "reply text" [--customer "..."]            readable findings
 *   --rulebook file.json                                                  a rulebook instead of the starter
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { compileAndPrepare, type PreparedRulebook, parseRulebook, starterRulebook } from '../rules/index.ts';
import { formatFindings } from './format.ts';
import { coachLine } from './jsonl.ts';

/** Where the CLI reads and writes; the executable passes the process's own streams. */
export interface CoachIo {
  stdin: Readable;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Ends the run with an exit code and a message for stderr (process.exit would end a test runner too). */
class CliExit extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

function loadRulebook(path: string | undefined): PreparedRulebook {
  let book = starterRulebook;
  if (path) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      fail(`Could not read the rulebook ${path}: ${(error as Error).message}`);
    }
    const parsed = parseRulebook(raw);
    if (!parsed.ok)
      fail(
        `The rulebook ${path} has problems:\n${parsed.problems.map((p) => `  ${p.path || '(file)'}: ${p.message}`).join('\n')}`,
      );
    book = parsed.value;
  }
  const ready = compileAndPrepare(book);
  if (!ready.ok) fail(ready.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return ready.value;
}

function fail(message: string): never {
  throw new CliExit(2, message);
}

/** Run the coach with these arguments; resolves with the exit code. */
export async function runCoach(args: string[], io: CoachIo): Promise<number> {
  try {
    await coach(args, io);
    return 0;
  } catch (error) {
    if (error instanceof CliExit) {
      if (error.message) io.stderr(`${error.message}\n`);
      return error.code;
    }
    io.stderr(`Unexpected error: ${(error as Error).stack ?? error}\n`);
    return 2;
  }
}

async function coach(args: string[], io: CoachIo): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      jsonl: { type: 'boolean', default: false },
      rulebook: { type: 'string' },
      customer: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || (!values.jsonl && positionals.length === 0)) {
    io.stdout(
      'Usage:\n  coach --jsonl [--rulebook file.json] < in.jsonl > out.jsonl\n  coach "reply text" [--customer "customer message"] [--json] [--rulebook file.json]\n',
    );
    if (!values.help) throw new CliExit(2, '');
    return;
  }
  const book = loadRulebook(values.rulebook);
  if (values.jsonl) {
    const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
    let lineNumber = 0;
    for await (const line of lines) {
      lineNumber++;
      if (line.trim() === '') continue;
      io.stdout(`${JSON.stringify(coachLine(line, lineNumber, book))}\n`);
    }
    return;
  }
  const text = positionals.join(' ');
  const result = coachLine(JSON.stringify({ id: 'reply', text, customer: values.customer }), 1, book);
  io.stdout(values.json ? `${JSON.stringify(result, null, 2)}\n` : formatFindings(text, result));
}
