/**
 * Words one of which every match of a hand-written regex must contain, read off its source, so the engine searches
 * only sentences holding one (as it does for phrase patterns). A regex rule is otherwise run over every sentence, and a
 * source that opens on a word list ("\b(?:done|handled|run)\sby\s…") is tried at every word boundary of the reply.
 *
 * Only what is certainly required is read: a group or word at the top level of a source with no top-level "|", not
 * optional, made of plain ASCII words that start and end on a word edge the source spells out (so each is one whole
 * token of the engine's word index; the end of the source is no edge: "\sby" also matches the start of "bypass").
 * Anything else gives null, and the regex keeps scanning every sentence: a missed anchor costs time, a wrong one
 * would cost findings.
 */

const WORD_EDGE_BEFORE = /(?:\\[bs]|\\s\+| )$/;
const WORD_EDGE_AFTER = /^(?:\\b|\\s|\s|,)/;
const PLAIN_WORD = /^[a-z]+$/i;

interface Part {
  /** Source of a top-level group's inside, or of one literal word. */
  body: string;
  before: string;
  after: string;
  group: boolean;
}

/** The top-level groups and literal words of a source, or null where a top-level "|" makes none of them required. */
function topLevelParts(source: string): Part[] | null {
  const parts: Part[] = [];
  let depth = 0;
  let groupStart = -1;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '[') {
      // Skip a character class, escapes included.
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      continue;
    }
    if (ch === '(') {
      if (depth === 0) groupStart = i;
      depth++;
    } else if (ch === ')') {
      depth--;
      if (depth === 0) {
        parts.push({
          body: source.slice(groupStart + 1, i),
          before: source.slice(Math.max(0, groupStart - 3), groupStart),
          after: source.slice(i + 1),
          group: true,
        });
      }
    } else if (ch === '|' && depth === 0) return null;
    else if (depth === 0 && /[a-z]/i.test(ch as string) && WORD_EDGE_BEFORE.test(source.slice(Math.max(0, i - 3), i))) {
      let end = i;
      while (end < source.length && /[a-z]/i.test(source[end] as string)) end++;
      parts.push({
        body: source.slice(i, end),
        before: source.slice(Math.max(0, i - 3), i),
        after: source.slice(end),
        group: false,
      });
      i = end - 1;
    }
  }
  return depth === 0 ? parts : null;
}

/**
 * The first words of a non-capturing group's alternatives, when each is a plain word or starts with one, and each
 * first word ends its token: inside its alternative ("caused\sby") or where the source goes on after the group.
 */
function groupWords(body: string, after: string): string[] | null {
  if (!body.startsWith('?:') || /[()[\]]/.test(body.slice(2))) return null;
  const endsAfterGroup = WORD_EDGE_AFTER.test(after.replace(/^\+/, ''));
  const words: string[] = [];
  for (const alternative of body.slice(2).split('|')) {
    const [first, ...rest] = alternative.split('\\s');
    if (!first || !PLAIN_WORD.test(first)) return null;
    if (rest.length === 0 && (alternative !== first || !endsAfterGroup)) return null;
    words.push(first.toLowerCase());
  }
  return words;
}

const optional = (after: string) => /^(?:\?|\*|\{0,)/.test(after);

export function regexAnchors(source: string): string[] | null {
  const parts = topLevelParts(source);
  if (!parts) return null;
  let best: string[] | null = null;
  let bestScore = 0;
  for (const part of parts) {
    if (optional(part.after) || !WORD_EDGE_BEFORE.test(part.before)) continue;
    const words = part.group
      ? groupWords(part.body, part.after)
      : PLAIN_WORD.test(part.body) && WORD_EDGE_AFTER.test(part.after)
        ? [part.body.toLowerCase()]
        : null;
    if (!words || words.length === 0) continue;
    const score = Math.min(...words.map((w) => w.length)) * 10 - words.length;
    if (score > bestScore) {
      best = words;
      bestScore = score;
    }
  }
  return best ? [...new Set(best)].sort() : null;
}
