import { z } from 'zod';
import './zod-jitless.ts';

/**
 * The rulebook file format (schemaVersion 2). Rule kinds are code, rules are data:
 * a team lead edits this JSON (or the options form) and never touches TypeScript.
 * public/rulebook.schema.json is generated from these definitions.
 */
export const CURRENT_SCHEMA_VERSION = 2;

export const LIMITS = {
  maxRules: 5000,
  maxPatternsPerRule: 300,
  maxPatternLength: 1000,
  maxMessageLength: 400,
  maxReplacements: 10,
  maxScenarios: 500,
} as const;

const ruleId = z
  .string()
  .min(1)
  .max(100)
  .regex(
    /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/,
    'use lowercase letters, digits, "-" and "/" (e.g. "blame/your-problem-is")',
  );

const shortText = (max: number) => z.string().trim().min(1).max(max);

export const exampleSchema = z.union([
  shortText(4000),
  z.object({ text: shortText(4000), customer: z.string().max(4000).optional() }),
]);

const examplesSchema = z.object({
  bad: z.array(exampleSchema).min(1, 'add at least one example the rule must flag'),
  good: z.array(exampleSchema).min(1, 'add at least one example the rule must leave alone'),
});

const severitySchema = z.enum(['hint', 'warning', 'error']);

const baseRule = {
  id: ruleId,
  category: z
    .string()
    .min(1)
    .max(40)
    .regex(/^[a-z][a-z-]*$/),
  severity: severitySchema,
  message: shortText(LIMITS.maxMessageLength),
  note: z.string().max(2000).optional(),
  url: z.url({ protocol: /^https$/ }).optional(),
  /** Off by default at this layer; a later layer may switch it back on. */
  enabled: z.boolean().optional(),
  /** A team rule marked locked cannot be switched off or softened by a personal layer. */
  locked: z.boolean().optional(),
  tags: z.array(z.string().max(40)).max(20).optional(),
  examples: examplesSchema,
};

const patternList = z.array(shortText(LIMITS.maxPatternLength)).max(LIMITS.maxPatternsPerRule);

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
});

/** Swap a wording for a plainer or kinder one: each key is a phrase pattern, each value its replacement. */
export const replaceRuleSchema = z.object({
  ...baseRule,
  kind: z.literal('replace'),
  swap: z.record(shortText(LIMITS.maxPatternLength), z.string().max(300)),
});

export const signalNameSchema = z.enum(['apology', 'nextStep']);

/** A signal that must be present in the reply, always or when the customer reports a problem. */
export const requireRuleSchema = z.object({
  ...baseRule,
  kind: z.literal('require'),
  signal: signalNameSchema,
  when: z.enum(['always', 'customerProblem']),
  /** Where a suggested sentence goes: after the greeting, or before the sign-off. */
  position: z.enum(['start', 'end']),
  suggestions: z.array(shortText(300)).min(1).max(LIMITS.maxReplacements),
});

/** Readability limits. */
export const limitRuleSchema = z.object({
  ...baseRule,
  kind: z.literal('limit'),
  measure: z.enum(['sentenceWords', 'replyWords']),
  max: z.number().int().min(1).max(100000),
});

export const ruleSchema = z.discriminatedUnion('kind', [
  avoidRuleSchema,
  replaceRuleSchema,
  requireRuleSchema,
  limitRuleSchema,
]);

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
          message: `duplicate rule id "${rule.id}" (first used at rules[${first}])`,
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
