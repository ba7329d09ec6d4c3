import type { Rule, Rulebook } from '../../../rules/schema.ts';
import { TactfulDb } from '../../../storage/db.ts';

/** A small valid avoid rule whose examples pass. */
export function avoidRule(id: string, phrase: string, extra: Partial<Rule> = {}): Rule {
  return {
    id,
    kind: 'avoid',
    category: 'blame',
    severity: 'warning',
    message: `Try not to say "${phrase}".`,
    patterns: [phrase],
    replacements: ['I can help with that'],
    // A rule that offers a rewrite states what its bad example reads like after it (issue 9's `fixed`).
    examples: {
      bad: [{ text: `Well, ${phrase} again.`, fixed: 'Well, I can help with that again.' }],
      good: ['Thanks for writing in.'],
    },
    ...extra,
  } as Rule;
}

export function rulebook(id: string, rules: Rule[], name = `Book ${id}`): Rulebook {
  return { schemaVersion: 2, id, name, rules };
}

export const json = (value: unknown) => JSON.stringify(value);

/** A fresh database per test, deleted afterwards by the caller. */
export const freshDb = () => new TactfulDb(`test-${crypto.randomUUID()}`);
