import { z } from 'zod';
import { covers, ruleLanguage } from '../text/language.ts';
import type { Span } from '../text/sentences.ts';
import { countWords } from '../text/words.ts';
import { baseRule } from './base.ts';
import { defineKind, selectInput } from './define.ts';
import type { RuleMatch } from './match.ts';

/** Readability limits. */
export const limitRuleSchema = z.object({
  ...baseRule,
  kind: z.literal('limit'),
  measure: z.enum(['sentenceWords', 'replyWords']),
  max: z.number().int().min(1).max(100000),
});

export const limitKind = defineKind({
  kind: 'limit',
  label: 'Limit length',
  schema: limitRuleSchema,
  fields: {
    measure: {
      engine: 'copy',
      form: selectInput(
        'Measure',
        [
          { value: 'sentenceWords', label: 'Words per sentence' },
          { value: 'replyWords', label: 'Words per reply' },
        ],
        'sentenceWords',
      ),
    },
    max: {
      engine: 'copy',
      form: { label: 'Most allowed', input: 'text', initial: '30', toForm: String, fromForm: Number },
    },
  },
  compile: () => ({}),
  match: (rule, ruleIndex, { text, sentences, languages }) => {
    // Word counts are the rule author's for their language: a sentence or reply in another is not measured.
    const language = ruleLanguage(rule);
    if (rule.measure === 'replyWords') {
      return covers(language, languages.reply) ? findLimitMatches(rule, ruleIndex, text, sentences) : [];
    }
    const measured = sentences.filter((_, i) => covers(language, languages.sentences[i] ?? languages.reply));
    return findLimitMatches(rule, ruleIndex, text, measured);
  },
});

/** `limit` rules: readability bounds on a sentence or the whole reply. */
export function findLimitMatches(
  rule: Pick<z.output<typeof limitRuleSchema>, 'measure' | 'max'>,
  ruleIndex: number,
  text: string,
  sentences: Span[],
): RuleMatch[] {
  if (rule.measure === 'sentenceWords') {
    return sentences
      .filter((s) => countWords(text.slice(s.start, s.end)) > rule.max)
      .map((s) => ({ ruleIndex, start: s.start, end: s.end, replacements: [] }));
  }
  const first = sentences[0];
  const last = sentences[sentences.length - 1];
  if (!first || !last) return [];
  return countWords(text) > rule.max
    ? [{ ruleIndex, start: first.start, end: last.end, replacements: [], scope: 'reply' }]
    : [];
}
