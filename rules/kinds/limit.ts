import type { CompiledRule } from '../compile.ts';
import type { Span } from '../text/sentences.ts';
import type { RuleMatch } from './match.ts';

const countWords = (s: string): number => s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;

/** `limit` rules: readability bounds on a sentence or the whole reply. */
export function findLimitMatches(
  rule: Extract<CompiledRule, { kind: 'limit' }>,
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
