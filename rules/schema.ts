import { z } from 'zod';
import './zod-jitless.ts';
import type { avoidRuleSchema } from './kinds/avoid.ts';
import { type exampleSchema, LIMITS, ruleId, shortText } from './kinds/base.ts';
import { RULE_KINDS } from './kinds/index.ts';
import type { limitRuleSchema } from './kinds/limit.ts';
import type { replaceRuleSchema } from './kinds/replace.ts';
import type { requireRuleSchema } from './kinds/require.ts';

/**
 * The rulebook file format (schemaVersion 2). Rule kinds are code, rules are data:
 * a team lead edits this JSON (or the options form) and never touches TypeScript. Each kind's schema lives in its
 * module under rules/kinds/; this file joins them.
 * public/rulebook.schema.json is generated from these definitions.
 */
export const CURRENT_SCHEMA_VERSION = 2;

export { avoidRuleSchema } from './kinds/avoid.ts';
export { exampleSchema, LIMITS } from './kinds/base.ts';
export { limitRuleSchema } from './kinds/limit.ts';
export { replaceRuleSchema } from './kinds/replace.ts';
export { requireRuleSchema, signalNameSchema } from './kinds/require.ts';

type SchemasOf<T extends readonly unknown[]> = {
  -readonly [I in keyof T]: T[I] extends { schema: infer S } ? S : never;
};
type KindSchemas = SchemasOf<typeof RULE_KINDS>;

/** One rule: the union of every registered kind's schema (rules/kinds/index.ts), in the registry's order. */
export const ruleSchema = z.discriminatedUnion('kind', RULE_KINDS.map((m) => m.schema) as KindSchemas);

export const scenarioSchema = z.object({
  id: ruleId,
  title: shortText(120),
  difficulty: z.enum(['easy', 'medium', 'hard']),
  domain: z.string().min(1).max(40),
  customer: shortText(4000),
  facts: z.array(shortText(500)).max(20),
  mustDo: z.array(shortText(300)).min(1).max(12),
  modelAnswer: shortText(4000),
});

export const rulebookSchema = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    id: ruleId,
    name: shortText(120),
    version: z.string().max(40).optional(),
    description: z.string().max(2000).optional(),
    /**
     * The language the book's rules are written for, as an ISO 639-1 code ("en", "he", "ar"); "en" when left out. A
     * rule judges only text in its book's language (rules/text/language.ts), so a Hebrew reply gets no English nags.
     */
    language: z
      .string()
      .regex(/^[a-z]{2,3}$/, 'a language code of two or three lower-case letters, such as "en", "he" or "ar"')
      .optional(),
    rules: z.array(ruleSchema).max(LIMITS.maxRules),
    scenarios: z.array(scenarioSchema).max(LIMITS.maxScenarios).optional(),
  })
  .superRefine((book, ctx) => {
    const seen = new Map<string, number>();
    book.rules.forEach((rule, index) => {
      const first = seen.get(rule.id);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['rules', index, 'id'],
          message: `is also the id of rule ${first + 1} — give each rule its own id`,
        });
      } else seen.set(rule.id, index);
    });
  });

export type Example = z.infer<typeof exampleSchema>;
export type AvoidRule = z.infer<typeof avoidRuleSchema>;
export type ReplaceRule = z.infer<typeof replaceRuleSchema>;
export type RequireRule = z.infer<typeof requireRuleSchema>;
export type LimitRule = z.infer<typeof limitRuleSchema>;
export type Rule = z.infer<typeof ruleSchema>;
export type RuleKind = Rule['kind'];
export type Scenario = z.infer<typeof scenarioSchema>;
export type Rulebook = z.infer<typeof rulebookSchema>;
/** What a file may look like before defaults are filled in. */
export type RulebookInput = z.input<typeof rulebookSchema>;
