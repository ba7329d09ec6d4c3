import type { Finding } from '../../rules/types.ts';

/**
 * How the session sorts findings between the text and the bar. Pure: no DOM.
 *
 * Findings shown in the bar rather than over words: what is missing (an empty span, where to insert) and what
 * concerns the whole reply. Underlining a whole reply would say nothing and repaint it on every keystroke.
 */
export const inBar = (f: Finding): boolean => f.start === f.end || f.scope === 'reply';

/** What the reply lacks (an apology, a next step): shown once the reply looks written (the calm bar). */
export const isMissing = (f: Finding): boolean => f.start === f.end;

/** Bar items move as the reply grows, so one rule's bar item is the same item wherever it now sits. */
export function sameFinding(a: Finding, b: Finding): boolean {
  if (a.ruleId !== b.ruleId) return false;
  return (inBar(a) && inBar(b)) || (a.start === b.start && a.end === b.end);
}

// A bar item stays dismissed while the reply changes; a phrase stays dismissed while its words do not.
export const dismissKey = (f: Finding, text: string): string =>
  `${f.ruleId}\u0000${inBar(f) ? '' : text.slice(f.start, f.end)}`;

/** How much text on each side of a phrase tells one draft's phrase from the same words in another reply. */
const AROUND = 40;
const squash = (t: string) => t.replace(/\s+/g, ' ').trim();

/**
 * A dismissal as kept for the session of a reply (across a reload of the same draft): the phrase with the text
 * around it, so the same words in another reply are flagged again. A bar item: its rule.
 */
export const draftDismissKey = (f: Finding, text: string): string =>
  inBar(f)
    ? f.ruleId
    : [
        f.ruleId,
        squash(text.slice(Math.max(0, f.start - AROUND), f.start)),
        text.slice(f.start, f.end),
        squash(text.slice(f.end, f.end + AROUND)),
      ].join('\u0000');

// A fixed order, so bar lines never swap while the agent types: what to say first, then what to do next.
const BAR_RANK: Record<string, number> = { 'missing-apology': 0, 'missing-next-step': 1 };
const rank = (f: Finding) => BAR_RANK[f.category] ?? 2;

export function barOrder(a: Finding, b: Finding): number {
  return rank(a) - rank(b) || a.category.localeCompare(b.category) || a.ruleId.localeCompare(b.ruleId);
}
