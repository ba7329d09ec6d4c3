import { z } from 'zod';
import { baseRule, LIMITS, patternList } from './base.ts';
import { definePhraseKind, linesInput, optionalSelectInput } from './define.ts';
import { compileMatchers } from './phrases.ts';

/** Flag a phrase family and offer rewrites for the matched words. */
export const avoidRuleSchema = z.object({
  ...baseRule,
  kind: z.literal('avoid'),
  /** Phrase patterns (see rules/text/phrase.ts for the syntax). */
  patterns: patternList.default([]),
  /** JavaScript regular expressions (no flags; matched case-insensitively); checked for catastrophic backtracking on import. */
  regex: patternList.optional(),
  /** Phrases that, overlapping a match, mean the rule must stay silent ("you should receive"). */
  exceptions: patternList.optional(),
  /** Phrases that anywhere in the same sentence mean the rule must stay silent ("I've opened a claim"). */
  sentenceExceptions: patternList.optional(),
  /** Rewrites for the matched words, best first; "" means "remove these words". */
  replacements: z.array(z.string().max(300)).max(LIMITS.maxReplacements).default([]),
  /**
   * 'customerProblem': stay silent where the customer's message is known and reports no problem. Pointing at where
   * something is written, or calling it small, answers a plain question helpfully and a complaint with a reproach.
   */
  when: z.enum(['always', 'customerProblem']).optional(),
  /**
   * 'withAnother': the rewrite is offered only inside another card's click on the same sentence, never on its own card.
   * Cutting a "not us" tag alone leaves a sentence that still points the customer away; the same cut finishing a
   * reframe ("so the merchant is best placed to help") reads well.
   * 'never': no click at all, on its own card or inside another's; the card gives the advice and the example to copy.
   * For a family whose words carry the writer's account of a cause or a responsibility ("your router is the
   * problem", "that's out of my hands"), a cut takes the answer with the blame, and only the writer can restate it.
   */
  offer: z.enum(['alone', 'withAnother', 'never']).optional(),
});

export const avoidKind = definePhraseKind({
  kind: 'avoid',
  label: 'Avoid a phrase',
  schema: avoidRuleSchema,
  // In the order the options form shows them.
  fields: {
    patterns: {
      engine: 'compile',
      patterns: (v) => v,
      form: linesInput('Phrases to look for (one per line)', {
        hint: 'Words match in any case. (a|b) = either, [word] = optional, * = any one word.',
      }),
    },
    replacements: { engine: 'compile', shown: (v) => v, form: linesInput('Rewrites to offer (one per line)') },
    exceptions: {
      engine: 'compile',
      patterns: (v) => v,
      form: linesInput('Stay silent when the match is part of (one per line)', { rows: 2, optional: true }),
    },
    sentenceExceptions: {
      engine: 'compile',
      patterns: (v) => v,
      form: linesInput('Stay silent when the sentence also says (one per line)', { rows: 2, optional: true }),
    },
    when: {
      engine: 'copy',
      form: optionalSelectInput(
        'Flag it',
        [
          { value: 'always', label: 'Always' },
          { value: 'customerProblem', label: 'Only when the customer reports a problem' },
        ],
        'always',
      ),
    },
    offer: {
      engine: 'copy',
      form: optionalSelectInput(
        'Offer the rewrite',
        [
          { value: 'alone', label: 'On its own card' },
          { value: 'withAnother', label: "Only inside another card's rewrite of the same sentence" },
          { value: 'never', label: 'Never: show the advice and the example to copy' },
        ],
        'alone',
      ),
    },
    regex: {
      engine: 'compile',
      patterns: (v) => v,
      regex: true,
      form: linesInput('Regular expressions (advanced, one per line)', {
        rows: 2,
        hint: 'Checked for patterns that could freeze a page.',
        optional: true,
      }),
    },
  },
  compile(rule, path, problems) {
    const matchers = [
      ...compileMatchers(rule.patterns, `${path}.patterns`, problems),
      ...compileMatchers(rule.regex, `${path}.regex`, problems, true),
    ];
    if (matchers.length === 0 && (rule.patterns?.length ?? 0) + (rule.regex?.length ?? 0) === 0) {
      problems.push({ path: `${path}.patterns`, message: 'an avoid rule needs at least one pattern or regex' });
    }
    return {
      matchers,
      exceptions: compileMatchers(rule.exceptions, `${path}.exceptions`, problems),
      sentenceExceptions: compileMatchers(rule.sentenceExceptions, `${path}.sentenceExceptions`, problems),
      // Kept in the rule (a lead may switch the offer back), never handed to the engine: no card and no guard's second
      // click can then apply them.
      replacements: rule.offer === 'never' ? [] : (rule.replacements ?? []),
    };
  },
  match: 'phrases',
  formProblems: (rule) =>
    rule.patterns.length === 0 && !rule.regex?.length
      ? [{ path: 'patterns', message: 'add at least one phrase (or regular expression) to look for' }]
      : [],
});
