/**
 * The coaching engine's public surface. Pure TypeScript: no DOM, no browser API.
 *
 *   parseRulebook(json)      -> Outcome<Rulebook>          validate + migrate a file (import, CLI)
 *   compileRulebook(book)    -> Outcome<CompiledRulebook>  expand phrase families (uses compromise); plain JSON,
 *                                                          safe to send over extension messaging
 *   prepareRulebook(compiled)-> PreparedRulebook           build regexes + word index (cheap, no compromise)
 *   check(text, prepared, {customer}) -> {findings, signals}
 */
export type { Finding, Severity, Category, Signals, CheckContext, CheckResult, Problem, Outcome } from './types.ts';
export type { Rule, RuleKind, Rulebook, RulebookInput, Scenario, Example, AvoidRule, ReplaceRule, RequireRule, LimitRule } from './schema.ts';
export { rulebookSchema, ruleSchema, scenarioSchema, CURRENT_SCHEMA_VERSION, LIMITS } from './schema.ts';
export { parseRulebook, findForbiddenKeys } from './parse.ts';
export { compileRulebook, type CompiledRulebook, type CompiledRule } from './compile.ts';
export { prepareRulebook, type PreparedRulebook } from './prepare.ts';
export { check } from './engine.ts';
export { starterRulebook } from './starter/index.ts';
export { runRuleExamples, type ExampleResult } from './examples.ts';
