import { parseArgs } from 'node:util';

/** The coach's flags, read with node's parser; a mistyped one becomes one plain line, never a stack trace. */
const OPTIONS = {
  jsonl: { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
  team: { type: 'string' },
  personal: { type: 'string' },
  rulebook: { type: 'string' },
  alone: { type: 'boolean', default: false },
  'check-examples': { type: 'boolean', default: false },
  file: { type: 'string' },
  customer: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export interface CoachArgs {
  jsonl: boolean;
  json: boolean;
  team?: string;
  personal?: string;
  rulebook?: string;
  alone: boolean;
  checkExamples: boolean;
  file?: string;
  customer?: string;
  help: boolean;
  text: string[];
}

export const USAGE = `Usage:
  coach "reply text" [--customer "customer message"] [--json]
  coach --file reply.txt            the reply from a plain-text file (or pipe it: coach < reply.txt)
  coach --jsonl < in.jsonl > out.jsonl
                                    one output line for every input line: {"id", "findings", "signals"}
  coach --team team.json --check-examples
                                    run every rule's examples; exit 1 if any fails
Rules (layered like the extension: starter ← team ← personal):
  --team FILE       the team rulebook (JSON), on top of the starter rules
  --personal FILE   your own rules (JSON), on top of the team's
  --rulebook FILE --alone
                    coach with this rulebook only, without the starter rules
Exit codes: 0 done, 1 a failing example or an empty reply, 2 a problem with the command or a rulebook.
`;

export type ArgsOutcome = { ok: true; args: CoachArgs } | { ok: false; message: string };

const FLAGS = Object.keys(OPTIONS).map((name) => `--${name}`);

/** Edit distance, to suggest the flag a typo meant. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const here = row[j] as number;
      row[j] = Math.min(here + 1, (row[j - 1] as number) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = here;
    }
  }
  return row[b.length] as number;
}

function suggestion(flag: string): string {
  const name = flag.split('=')[0] ?? flag;
  const best = FLAGS.map((known) => ({ known, d: distance(name, known) })).sort((a, b) => a.d - b.d)[0];
  return best && best.d <= 3 ? ` Did you mean ${best.known}?` : '';
}

export function readArgs(argv: string[]): ArgsOutcome {
  try {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
    return {
      ok: true,
      args: {
        jsonl: values.jsonl,
        json: values.json,
        team: values.team,
        personal: values.personal,
        rulebook: values.rulebook,
        alone: values.alone,
        checkExamples: values['check-examples'],
        file: values.file,
        customer: values.customer,
        help: values.help,
        text: positionals,
      },
    };
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const flag = /'(-[^' ]*)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      return { ok: false, message: `unknown option ${flag}.${suggestion(flag)} Run coach --help for the options.` };
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const named = /'(--?[a-z-]+)/.exec(message)?.[1] ?? flag;
      const wantsValue = OPTIONS[named.replace(/^--?/, '') as keyof typeof OPTIONS]?.type === 'string';
      return {
        ok: false,
        message: wantsValue
          ? `${named} needs a value, e.g. ${named} ${named === '--customer' ? '"customer message"' : 'file'}.`
          : `${named} takes no value.`,
      };
    }
    return { ok: false, message: message.split('\n')[0] ?? 'the arguments could not be read' };
  }
}

/** Combinations that cannot mean anything, in one line each. */
export function argsProblem(args: CoachArgs): string | undefined {
  if (args.rulebook && !args.alone)
    return '--rulebook replaces the starter rules; add --alone to mean that, or use --team FILE to layer your rules on the starter rules as the extension does.';
  if (args.alone && !args.rulebook) return '--alone goes with --rulebook FILE.';
  if (args.rulebook && (args.team || args.personal))
    return '--rulebook --alone coaches with that rulebook only; leave out --team and --personal, or use them without --rulebook.';
  if (args.file && args.text.length > 0) return 'give the reply as text or with --file, not both.';
  if (args.jsonl && (args.file || args.text.length > 0))
    return '--jsonl reads lines from stdin; leave out the reply text and --file.';
  return undefined;
}
