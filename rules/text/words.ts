/** A word as the engine counts one: letters or digits, with inner apostrophes and hyphens ("isn't", "2-day"). */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** How many words `text` holds. */
export const countWords = (text: string): number => text.match(WORD)?.length ?? 0;
