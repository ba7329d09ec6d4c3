/** What a rule kind hands back to the engine; the engine stamps it into a Finding. */
export interface RuleMatch {
  ruleIndex: number;
  start: number;
  end: number;
  replacements: string[];
  /** What the pattern's named slots (`<name>`, or an author regex's `(?<name>…)`) matched: fills rewrite templates. */
  captures?: Record<string, string>;
  /** For insertions: rewrites are inserted at start (=== end), not swapped for the matched text. */
  insertion?: boolean;
  /** The match judges the whole reply; its span is only where the reply starts and ends. */
  scope?: 'reply';
}
