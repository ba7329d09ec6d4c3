/** Rulebooks for the options-page browser tests, built in code so each test says what it needs. */
export interface TestRule {
  id: string;
  kind: 'avoid';
  category: string;
  severity: 'hint' | 'warning' | 'error';
  message: string;
  patterns: string[];
  regex?: string[];
  replacements: string[];
  examples: { bad: string[]; good: string[] };
}

export function avoid(id: string, phrase: string, extra: Partial<TestRule> = {}): TestRule {
  return {
    id,
    kind: 'avoid',
    category: 'blame',
    severity: 'warning',
    message: `Try a kinder way to say "${phrase}".`,
    patterns: [phrase],
    replacements: ['I can sort this out for you'],
    examples: { bad: [`Well, ${phrase}.`], good: ['Thanks for writing in.'] },
    ...extra,
  };
}

export const book = (id: string, name: string, rules: TestRule[]) => ({ schemaVersion: 2, id, name, rules });

/** A big team rulebook whose import takes a while in the worker: many rules, some regexes for recheck to prove safe. */
export function bigBook(id: string, size: number) {
  const rules = Array.from({ length: size }, (_, i) =>
    avoid(`team/big-${i}`, `zq${i} phrase (one|two|three) [really] ${'word'.repeat((i % 5) + 1)}`, {
      ...(i % 25 === 0 ? { regex: [`\\bzq${i}(?:-[a-z]{2,8}){1,4}\\b`] } : {}),
      examples: { bad: [`zq${i} phrase one ${'word'.repeat((i % 5) + 1)}`], good: ['Thanks for writing in.'] },
    }),
  );
  return book(id, `Big ${id}`, rules);
}
