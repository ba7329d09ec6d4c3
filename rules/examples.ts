import { applyReplacement } from './apply.ts';
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
  /** A bad example's text after the rule's first one-click rewrite (undefined when none is offered). */
  rewritten?: string;
  /** The text the example says the first rewrite must give (`fixed`). */
  fixed?: string;
}

const asExample = (e: Example): { text: string; customer?: string | undefined; fixed?: string | undefined } =>
  typeof e === 'string' ? { text: e } : e;

/**
 * Whether the rule offers a rewrite on its own card, so its bad examples' `fixed` texts are the rewrite's output. A
 * rule with no rewrite of its own (none written, one offered only inside another card's click, `offer:
 * 'withAnother'`, or one kept but never offered, `offer: 'never'`) never rewrites its example: its `fixed` is the
 * sentence a careful writer would send instead, shown on the card to copy.
 */
export const offersOwnRewrite = (rule: Rule): boolean =>
  rule.kind === 'replace' ||
  (rule.kind === 'avoid' && rule.replacements.length > 0 && (rule.offer ?? 'alone') === 'alone');

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
      const { text, customer, fixed } = asExample(e);
      const findings = check(text, prepared, customer === undefined ? {} : { customer }).findings.filter(
        (f) => f.ruleId === rule.id,
      );
      const spans = findings.map((f) => ({ start: f.start, end: f.end, replacements: f.replacements }));
      const first = findings.find((f) => f.replacements.length > 0);
      const rewritten = first ? applyReplacement(text, first, first.replacements[0] as string) : undefined;
      // A bad example flags, and where it states its text after the first rewrite (`fixed`), the rewrite gives exactly
      // that. A rulebook written before `fixed` existed, or a CSV row, states none and is judged on the flag alone; the
      // starter's own suite insists every rule offering a rewrite states it (tests/unit/rules/examples.test.ts).
      // (Insertions of a require rule are suggestions at a place, not rewrites of the example: not compared.)
      const rewrites = offersOwnRewrite(rule);
      // A `fixed` equal to the text says this shape is offered no one-click rewrite (advice and an example instead).
      const fixedHolds = !rewrites || fixed === undefined || (rewritten ?? text) === fixed;
      const passed = kind === 'bad' ? findings.length > 0 && fixedHolds : findings.length === 0;
      const result: ExampleResult = { kind, index, text, passed, spans };
      if (rewritten !== undefined) result.rewritten = rewritten;
      if (fixed !== undefined) result.fixed = fixed;
      return result;
    });
  return { results: [...run('bad'), ...run('good')], problems };
}

/** What is wrong with a failing example, in the words a lead acts on (the options page and the CLI both say it). */
export function exampleFailure(result: ExampleResult): string {
  if (result.kind === 'good') return 'is flagged by the rule — make the pattern narrower or the example different';
  if (result.spans.length === 0) return 'is not flagged by the rule — widen the pattern or change the example';
  // Flagged, but its first rewrite does not read as the example says it should (`fixed`).
  const gives =
    result.rewritten === undefined ? 'no rewrite is offered' : `the first rewrite gives '${result.rewritten}'`;
  return `should read '${result.fixed ?? ''}' after the first rewrite, but ${gives} — change the rewrite or the fixed text`;
}
