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

let offered: PreparedRulebook | undefined;

/**
 * The starter with every rewrite it keeps but does not offer (`offer: 'never'`) offered again, as a lead may set it.
 * The guard's checks on those rules' cuts still decide what such a rulebook offers, so they are tested here.
 */
export const coachOffered = (text: string, customer?: string) => {
  offered ??= prepare({
    ...starterRulebook,
    rules: starterRulebook.rules.map((r) => (r.kind === 'avoid' && r.offer === 'never' ? { ...r, offer: 'alone' } : r)),
  });
  return check(text, offered, customer === undefined ? {} : { customer });
};
export const blameSpans = (text: string) =>
  coach(text)
    .findings.filter((f) => f.category === 'blame')
    .map((f) => text.slice(f.start, f.end));
