import {
  check,
  compileRulebook,
  type PreparedRulebook,
  prepareRulebook,
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
  const compiled = compileRulebook(book);
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
  return prepareRulebook(compiled.value);
}

export const coach = (text: string, customer?: string) =>
  check(text, preparedStarter(), customer === undefined ? {} : { customer });
export const blameSpans = (text: string) =>
  coach(text)
    .findings.filter((f) => f.category === 'blame')
    .map((f) => text.slice(f.start, f.end));
