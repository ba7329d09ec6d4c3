/**
 * What a good reply must do, per scenario, written as plain sentences. An item may end with cue words in
 * square brackets — "Give the new delivery date [Friday|14 June]" — and then the rubric checks it: the item
 * counts as done when the reply contains any one of the cues (case-insensitive, whole words). Items without
 * cues are shown to the trainee as a checklist for self-review and are never scored, because guessing
 * whether free text "did" something would be a judgement the rubric cannot make honestly.
 */
export interface MustDoItem {
  /** The instruction as the trainee reads it, without the cue list. */
  text: string;
  /** Alternatives, any one of which in the reply satisfies the item; empty = self-review only. */
  cues: string[];
}

const CUE_LIST = /\s*\[([^\]]*)\]\s*$/;

export function parseMustDo(item: string): MustDoItem {
  const match = CUE_LIST.exec(item);
  if (!match) return { text: item.trim(), cues: [] };
  const cues = (match[1] ?? '')
    .split('|')
    .map((cue) => cue.trim())
    .filter((cue) => cue.length > 0);
  return { text: item.slice(0, match.index).trim(), cues };
}

/** Same spelling for the same thing: curly apostrophes, en/em dashes and runs of spaces. */
function normalise(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/[–—]/g, '-').replace(/\s+/g, ' ');
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Is the cue in the reply as whole words ("refund" does not match inside "refunded" unless written "refund")? */
export function replyHasCue(reply: string, cue: string): boolean {
  const needle = normalise(cue.trim());
  if (needle === '') return false;
  // Word edges only where the cue itself starts or ends with a letter or digit: "£42" and "#1234" still work.
  const before = /^[\p{L}\p{N}]/u.test(needle) ? '(?<![\\p{L}\\p{N}])' : '';
  const after = /[\p{L}\p{N}]$/u.test(needle) ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(before + escapeRegExp(needle) + after, 'u').test(normalise(reply));
}

export interface MustDoResult extends MustDoItem {
  /** true/false for a checked item; null for a self-review item. */
  done: boolean | null;
  /** The cue that was found, to show the trainee why it counted. */
  matchedCue?: string;
}

export function checkMustDo(reply: string, items: string[]): MustDoResult[] {
  return items.map((raw) => {
    const item = parseMustDo(raw);
    if (item.cues.length === 0) return { ...item, done: null };
    const matchedCue = item.cues.find((cue) => replyHasCue(reply, cue));
    return matchedCue === undefined ? { ...item, done: false } : { ...item, done: true, matchedCue };
  });
}
