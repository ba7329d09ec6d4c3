/**
 * The slots our own suggested sentences leave for what only the agent knows ("I'll update you by [day/time]",
 * "Please reply with [the detail you need]"). Narrow on purpose: a bracket in the agent's own text ("[1]",
 * "[Settings]", "[ERROR 42]") is no slot. The starter rule wording/unfilled-placeholder flags the same shapes
 * (tests/unit/rules/placeholder.test.ts keeps the two in step); the editor selects a slot it has just inserted.
 */
export const PLACEHOLDER =
  /\[(?:day|date|time|day\/time|date\/time|time frame|timeframe|name|order number|amount|link|(?:the|your) [a-z]+(?: [a-z]+){0,4})\]/;

/** The first slot in `text` at or after `from`: [start, end), or undefined. */
export function placeholderIn(text: string, from = 0): { start: number; end: number } | undefined {
  const m = PLACEHOLDER.exec(text.slice(from));
  return m ? { start: from + m.index, end: from + m.index + m[0].length } : undefined;
}

const WHOLE_PLACEHOLDER = new RegExp(`^${PLACEHOLDER.source}$`);

/**
 * A rewrite's words in capitals, for a sentence written in capitals, with its slots left as they are: "[THE STEP YOU
 * CAN OFFER]" is no slot, so the editor would not select it and nothing would flag it before sending.
 */
export const upperOutsidePlaceholders = (text: string): string =>
  text
    .split(/(\[[^\]]*\])/u)
    .map((part) => (WHOLE_PLACEHOLDER.test(part) ? part : part.toUpperCase()))
    .join('');
