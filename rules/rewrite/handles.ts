/**
 * A social reply's @handles, as the rewrite code meets them: before a sentence's first word ("@dev_on_toast Pretty
 * sure…" starts at "Pretty"), or left alone when a cut takes the words after them.
 */
const HANDLE = String.raw`@[\p{L}\p{N}_]+`;

/** The handles that open a sentence, with what separates them from it. */
export const LEADING_HANDLES = new RegExp(String.raw`^(?:${HANDLE}[\s,:]+)+`, 'u');

/** Text that is nothing but handles. */
export const ONLY_HANDLES = new RegExp(String.raw`^(?:${HANDLE}[\s,:]*)+$`, 'u');

// What may come before a sentence's first word: handles, then quotes, brackets and spaces.
const LEAD = String.raw`^(?:${HANDLE}[\s,:]+)*[\s"'“‘(]*`;

const LEAD_PREFIX = new RegExp(LEAD, 'u');
const LEAD_ONLY = new RegExp(`${LEAD}$`, 'u');

/** The lead of a text: the part before its first word. */
export const leadOf = (text: string): string => LEAD_PREFIX.exec(text)?.[0] ?? '';

/** Is the text nothing but a lead (so what follows it starts the sentence)? */
export const isOnlyLead = (text: string): boolean => LEAD_ONLY.test(text);
