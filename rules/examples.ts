import { type CompiledRulebook, compileRule } from './compile.ts';
import { check } from './engine.ts';
import { prepareRulebook } from './prepare.ts';
import type { Example, Rule } from './schema.ts';
import { ANY_LANGUAGE } from './text/language.ts';
import type { Problem } from './types.ts';

/** A rule's examples are its tests: every bad example must be flagged by it, no good one may be. */
export interface ExampleResult {
  kind: 'bad' | 'good';
  index: number;
  text: string;
  passed: boolean;
  /** What the rule found in this example (empty for a passing good example). */
  spans: { start: number; end: number; replacements: string[] }[];
}

const asExample = (e: Example) => (typeof e === 'string' ? { text: e, customer: undefined } : e);

export function runRuleExamples(rule: Rule): { results: ExampleResult[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const compiledRule = compileRule({ ...rule, enabled: true }, 'rule', problems);
  if (problems.length > 0) return { results: [], problems };
  // The examples test what the rule matches; which language it judges is its book's business, not theirs.
  compiledRule.language = ANY_LANGUAGE;
  const book: CompiledRulebook = { format: 1, id: 'examples', name: 'examples', rules: [compiledRule] };
  const prepared = prepareRulebook(book);
  const run = (kind: 'bad' | 'good') =>
    rule.examples[kind].map((e, index): ExampleResult => {
      const { text, customer } = asExample(e);
      const findings = check(text, prepared, customer === undefined ? {} : { customer }).findings.filter(
        (f) => f.ruleId === rule.id,
      );
      const spans = findings.map((f) => ({ start: f.start, end: f.end, replacements: f.replacements }));
      return { kind, index, text, passed: kind === 'bad' ? findings.length > 0 : findings.length === 0, spans };
    });
  return { results: [...run('bad'), ...run('good')], problems };
}
