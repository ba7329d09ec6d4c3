/** The one finding shape used by the engine, the CLI, the card and the tests. */
export type Severity = 'hint' | 'warning' | 'error';

export type Category = 'blame' | 'missing-apology' | 'missing-next-step' | 'wording' | 'length' | (string & {});

export interface Finding {
  /** Stable id from the rulebook, e.g. "blame/your-problem-is". */
  ruleId: string;
  category: Category;
  severity: Severity;
  /** Half-open UTF-16 offsets into the checked text; for a "missing X" finding, where to insert. */
  start: number;
  end: number;
  /** One kind sentence in the second person. */
  message: string;
  /** Ready-to-insert rewrites, best first; may be empty. */
  replacements: string[];
  /**
   * The range the replacements replace, when it is wider than the flagged words: a rewrite that drops the comma
   * before the phrase, fixes the article in front of it, or rewrites the whole sentence. [start, end) stays on the
   * words at fault, so the underline (and the score) never grows with the rewrite.
   */
  edit?: { start: number; end: number };
  /**
   * "reply" when the finding is about the reply as a whole (its length), not about the words it spans: shown
   * beside the box rather than over every word of it.
   */
  scope?: 'reply';
  note?: string;
  url?: string;
  /**
   * The sentence before and after the first rewrite, for the card's preview: `rewritten` is the whole sentence as it
   * will read ("" when the rewrite removes it), [start, end) the changed part of it. Set when a rewrite is offered.
   */
  preview?: { sentence: string; rewritten: string; start: number; end: number };
  /**
   * A sentence to copy when no rewrite can be offered for one click here (the rule's own rewrite failed the guard
   * or does not fit this shape): the corrected text of the rule's first bad example.
   */
  example?: string;
  /**
   * What the guard made of the rule's rewrites (rules that offer rewrites only): how many templates could be filled,
   * whether the first passed, and the problems of the ones withheld. Read by the evaluation, not shown.
   */
  guard?: {
    attempted: number;
    firstPassed: boolean;
    problems: string[];
    first?: { sentence: string; rewritten: string };
  };
}

export interface Signals {
  apology: boolean;
  nextStep: boolean;
  /** null when there is no customer message and the reply gives no evidence either way. */
  customerProblem: boolean | null;
  /**
   * Nothing is due: the customer only thanks, compliments, jokes, says goodbye or confirms it works (with no customer
   * message, the reply is plainly a thank-you or closing). `require` rules stay quiet then.
   */
  customerNeedsNothing: boolean;
}

export interface CheckContext {
  /** The customer's latest message, when the page or caller knows it. */
  customer?: string;
  /**
   * false: read the customer's message by the hand-written cues alone, without the learned reading
   * (rules/model/problem.ts). The eval does so on the corpora the model was trained on, where it would score memory.
   */
  learnedCustomerReading?: boolean;
}

export interface CheckResult {
  findings: Finding[];
  signals: Signals;
}

/**
 * Problems are data, never thrown strings: a JSON path (for code: the editor puts it under its field) and a message in
 * plain words that names the rule and field itself; `line` is where a file shows it, when the problem came from one.
 */
export interface Problem {
  path: string;
  message: string;
  line?: number;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };
