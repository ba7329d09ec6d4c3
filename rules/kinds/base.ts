import { z } from 'zod';
import '../zod-jitless.ts';
import type { FieldTable } from './define.ts';

/** What every rule has, whatever its kind; the kind modules add their own fields to it. */

export const LIMITS = {
  maxRules: 5000,
  maxPatternsPerRule: 300,
  maxPatternLength: 1000,
  maxMessageLength: 400,
  maxReplacements: 10,
  maxScenarios: 500,
} as const;

export const ruleId = z
  .string()
  .min(1)
  .max(100)
  .regex(
    /^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/,
    'use lowercase letters, digits, "-" and "/" (e.g. "blame/your-problem-is")',
  );

export const shortText = (max: number) => z.string().trim().min(1).max(max);

export const exampleSchema = z.union([
  shortText(4000),
  z.object({
    text: shortText(4000),
    customer: z.string().max(4000).optional(),
    /**
     * Bad examples of a rule that offers rewrites: the whole text after its first rewrite is applied (the example
     * suite asserts it). Left out when no rewrite is offered for this shape; then none may be.
     */
    fixed: z.string().max(4000).optional(),
  }),
]);

const examplesSchema = z.object({
  bad: z.array(exampleSchema).min(1, 'add at least one example the rule must flag'),
  good: z.array(exampleSchema).min(1, 'add at least one example the rule must leave alone'),
});

const severitySchema = z.enum(['hint', 'warning', 'error']);

export const baseRule = {
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

export const patternList = z.array(shortText(LIMITS.maxPatternLength)).max(LIMITS.maxPatternsPerRule);

export type BaseRule = z.output<z.ZodObject<typeof baseRule>>;

/**
 * What each common field is, for every reader (see define.ts). `enabled` is read by compileRulebook (a rule switched
 * off is not compiled); `locked` by the layer merge; `examples` by the example runner and the form.
 */
export const BASE_FIELDS = {
  id: { engine: 'copy', form: 'own' },
  category: { engine: 'copy', form: 'own' },
  severity: { engine: 'copy', form: 'own' },
  message: { engine: 'copy', form: 'own', shown: (v) => v },
  note: { engine: 'copy', form: 'own', shown: (v) => v },
  url: { engine: 'copy', form: 'own' },
  enabled: { engine: 'none', form: 'kept' },
  locked: { engine: 'none', form: 'own' },
  tags: { engine: 'none', form: 'kept' },
  examples: { engine: 'none', form: 'own' },
} as const satisfies FieldTable<BaseRule>;
