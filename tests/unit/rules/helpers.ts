import {
  check,
  compileAndPrepare,
  type PreparedRulebook,
  type Rulebook,
  starterRulebook,
} from '../../../rules/index.ts';

let starter: PreparedRulebook | undefined;

/** The starter rulebook, compiled once per test file. */
export function preparedStarter(): PreparedRulebook {
  if (!starter) starter = prepare(starterRulebook);
  return starter;
}

export function prepare(book: Rulebook): PreparedRulebook {
  const ready = compileAndPrepare(book);
  if (!ready.ok) throw new Error(JSON.stringify(ready.problems));
  return ready.value;
}

export const coach = (text: string, customer?: string) =>
  check(text, preparedStarter(), customer === undefined ? {} : { customer });
export const blameSpans = (text: string) =>
  coach(text)
    .findings.filter((f) => f.category === 'blame')
    .map((f) => text.slice(f.start, f.end));
