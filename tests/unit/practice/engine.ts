import { compileRulebook, type PreparedRulebook, prepareRulebook, starterRulebook } from '../../../rules/index.ts';

let prepared: PreparedRulebook | undefined;

/** The starter rulebook, compiled once per test file (compromise makes compiling the slow part). */
export function starter(): PreparedRulebook {
  if (prepared) return prepared;
  const compiled = compileRulebook(starterRulebook);
  if (!compiled.ok) throw new Error(`starter rulebook does not compile: ${JSON.stringify(compiled.problems)}`);
  prepared = prepareRulebook(compiled.value);
  return prepared;
}
