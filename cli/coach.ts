/**
 * The coach on the command line (contract in ARCHITECTURE.md):
 *   npm run --silent coach -- --jsonl < replies.jsonl > findings.jsonl   one output line per input line
 *   npm run --silent coach -- "reply text" [--customer "..."]            readable findings
 *   --rulebook file.json                                                  a rulebook instead of the starter
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { compileAndPrepare, type PreparedRulebook, parseRulebook, starterRulebook } from '../rules/index.ts';
import { formatFindings } from './format.ts';
import { coachLine } from './jsonl.ts';

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
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

async function main() {
  const { values, positionals } = parseArgs({
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
    process.stdout.write(
      'Usage:\n  coach --jsonl [--rulebook file.json] < in.jsonl > out.jsonl\n  coach "reply text" [--customer "customer message"] [--json] [--rulebook file.json]\n',
    );
    process.exit(values.help ? 0 : 2);
  }
  const book = loadRulebook(values.rulebook);
  if (values.jsonl) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
    let lineNumber = 0;
    for await (const line of lines) {
      lineNumber++;
      if (line.trim() === '') continue;
      process.stdout.write(`${JSON.stringify(coachLine(line, lineNumber, book))}\n`);
    }
    return;
  }
  const text = positionals.join(' ');
  const result = coachLine(JSON.stringify({ id: 'reply', text, customer: values.customer }), 1, book);
  process.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : formatFindings(text, result));
}

main().catch((error) => fail(`Unexpected error: ${(error as Error).stack ?? error}`));
