import { z } from 'zod';
import { baseRule, LIMITS, shortText } from './base.ts';
import { type CompiledMatcher, definePhraseKind, toLines } from './define.ts';
import { compileMatchers } from './phrases.ts';

/** Swap a wording for a plainer or kinder one: each key is a phrase pattern, each value its replacement. */
export const replaceRuleSchema = z.object({
  ...baseRule,
  kind: z.literal('replace'),
  swap: z.record(shortText(LIMITS.maxPatternLength), z.string().max(300)),
});

export const replaceKind = definePhraseKind({
  kind: 'replace',
  label: 'Swap a wording',
  schema: replaceRuleSchema,
  fields: {
    swap: {
      engine: 'compile',
      patterns: (v) => Object.keys(v),
      shown: (v) => Object.values(v),
      form: {
        label: 'Swaps (one per line: from => to)',
        hint: 'e.g. utilize => use',
        input: 'lines',
        initial: '',
        toForm: (swap) =>
          Object.entries(swap)
            .map(([from, to]) => `${from} => ${to}`)
            .join('\n'),
        fromForm: (text) => {
          // Built without a prototype so a "__proto__ => x" line cannot touch Object.prototype.
          const swap: Record<string, string> = Object.create(null);
          for (const line of toLines(text)) {
            const [from, ...rest] = line.split('=>');
            if (from?.trim()) swap[from.trim()] = rest.join('=>').trim();
          }
          return { ...swap };
        },
      },
    },
  },
  compile(rule, path, problems) {
    const matchers: CompiledMatcher[] = [];
    for (const [from, to] of Object.entries(rule.swap)) {
      const [compiled] = compileMatchers([from], `${path}.swap`, problems);
      if (compiled) matchers.push({ ...compiled, replacements: [to] });
    }
    return { matchers, exceptions: [], sentenceExceptions: [], replacements: [] as string[] };
  },
  match: 'phrases',
});
