/**
 * The coaching engine's public surface. Pure TypeScript: no DOM, no browser API.
 *
 *   parseRulebook(json)      -> Outcome<Rulebook>          validate + migrate (imports and the CLI add more checks: background/validate.ts)
 *   compileRulebook(book)    -> Outcome<CompiledRulebook>  expand phrase families (uses compromise); plain JSON,
 *                                                          safe to send over extension messaging
 *   prepareRulebook(compiled)-> PreparedRulebook           build regexes + word index (cheap, no compromise)
 *   check(text, prepared, {customer}) -> {findings, signals}
 */

export { applyReplacement, editRange } from './apply.ts';
export { type CompiledRule, type CompiledRulebook, compileAndPrepare, compileRulebook } from './compile.ts';
export { check } from './engine.ts';
export { type ExampleResult, exampleFailure, runRuleExamples } from './examples.ts';
export { IncrementalChecker } from './incremental.ts';
export { findForbiddenKeys, parseRulebook } from './parse.ts';
export { type PreparedRulebook, prepareRulebook } from './prepare.ts';
export type {
  AvoidRule,
  Example,
  LimitRule,
  ReplaceRule,
  RequireRule,
  Rule,
  Rulebook,
  RulebookInput,
  RuleKind,
  Scenario,
} from './schema.ts';
export { CURRENT_SCHEMA_VERSION, LIMITS, rulebookSchema, ruleSchema, scenarioSchema } from './schema.ts';
export { starterRulebook } from './starter/index.ts';
export type { Category, CheckContext, CheckResult, Finding, Outcome, Problem, Severity, Signals } from './types.ts';
