/**
 * The coach on the command line as a function (cli/coach.ts is the executable), so tests run it in-process
 * instead of paying a tsx start per case. Contract in ARCHITECTURE.md; the flags in `USAGE` (cli/args.ts):
 *   npm run --silent coach -- --jsonl < replies.jsonl > findings.jsonl   one output line per input line
 *   npm run --silent coach -- "reply text" [--customer "..."]            readable findings
 *   --team FILE / --personal FILE                                         layered on the starter, as the extension does
 */
import { readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { exampleFailure, runRuleExamples } from '../rules/index.ts';
import { argsProblem, type CoachArgs, readArgs, USAGE } from './args.ts';
import { formatFindings } from './format.ts';
import { coachLine, MAX_TEXT_LENGTH } from './jsonl.ts';
import { type Loaded, loadRules } from './load-rules.ts';

/** Where the CLI reads and writes; the executable passes the process's own streams. */
export interface CoachIo {
  stdin: Readable & { isTTY?: boolean };
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

const fail = (message: string, code = 2): never => {
  throw new CliExit(code, `coach: ${message}`);
};

/** Run the coach with these arguments; resolves with the exit code. */
export async function runCoach(argv: string[], io: CoachIo): Promise<number> {
  try {
    return await coach(argv, io);
  } catch (error) {
    if (error instanceof CliExit) {
      if (error.message) io.stderr(`${error.message}\n`);
      return error.code;
    }
    io.stderr(`coach: something went wrong: ${(error as Error).message}\n`);
    return 2;
  }
}

async function coach(argv: string[], io: CoachIo): Promise<number> {
  const read = readArgs(argv);
  if (!read.ok) return fail(read.message);
  const args = read.args;
  if (args.help) {
    io.stdout(USAGE);
    return 0;
  }
  const problem = argsProblem(args);
  if (problem) return fail(problem);
  const loaded = loadRules({ team: args.team, personal: args.personal, rulebook: args.rulebook });
  if (args.checkExamples) return checkExamples(loaded, io);
  if (!loaded.ok) return fail(loaded.message);
  if (args.jsonl) return coachJsonl(loaded, io);
  return coachOneReply(args, loaded, io);
}

/** Every rule's examples: the files' problems (failing examples among them) or one line saying all pass. */
function checkExamples(loaded: Loaded, io: CoachIo): number {
  if (!loaded.ok) {
    io.stdout(`${loaded.message}\n`);
    return 1;
  }
  let examples = 0;
  const failures: string[] = [];
  for (const rule of loaded.effective.rules) {
    const { results, problems } = runRuleExamples(rule);
    examples += results.length;
    for (const p of problems) failures.push(`  rule \`${rule.id}\`: ${p.message}`);
    for (const r of results.filter((result) => !result.passed))
      failures.push(`  rule \`${rule.id}\`: ${r.kind} example ${r.index + 1} '${r.text}' ${exampleFailure(r)}`);
  }
  const rules = loaded.effective.rules.length;
  const from = loaded.books.length ? ` (${loaded.books.map((b) => b.path).join(', ')} with the starter rules)` : '';
  if (failures.length) {
    io.stdout(`${failures.length} of ${examples} examples fail${from}:\n${failures.join('\n')}\n`);
    return 1;
  }
  io.stdout(`All ${examples} examples of ${rules} rules pass${from}.\n`);
  return 0;
}

async function coachJsonl(loaded: Extract<Loaded, { ok: true }>, io: CoachIo): Promise<number> {
  const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    io.stdout(`${JSON.stringify(coachLine(line, lineNumber, loaded.prepared))}\n`);
  }
  return 0;
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: string[] = [];
  stream.setEncoding?.('utf8');
  for await (const chunk of stream) chunks.push(String(chunk));
  return chunks.join('');
}

function readReplyFile(path: string): string {
  try {
    if (statSync(path).size > MAX_TEXT_LENGTH * 4) fail(`${path} is too large for one reply.`);
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof CliExit) throw error;
    const { code } = error as { code?: string };
    return fail(`cannot read the reply ${path}: ${code === 'ENOENT' ? 'there is no such file' : code}.`);
  }
}

async function replyText(args: CoachArgs, io: CoachIo): Promise<string | undefined> {
  if (args.file) return readReplyFile(args.file);
  if (args.text.length > 0) return args.text.join(' ');
  // No reply given: read a pipe, but never wait on a terminal.
  if (io.stdin.isTTY) return undefined;
  return readAll(io.stdin);
}

async function coachOneReply(args: CoachArgs, loaded: Extract<Loaded, { ok: true }>, io: CoachIo): Promise<number> {
  const text = await replyText(args, io);
  if (text === undefined) {
    io.stderr(USAGE);
    return 2;
  }
  const result = coachLine(JSON.stringify({ id: 'reply', text, customer: args.customer }), 1, loaded.prepared);
  io.stdout(args.json ? `${JSON.stringify(result, null, 2)}\n` : formatFindings(text, result));
  return 'error' in result ? 1 : 0;
}
