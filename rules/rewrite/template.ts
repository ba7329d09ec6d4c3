/**
 * Rewrite templates. A rule's rewrite is text with slots in braces, filled from the match, in the spirit of
 * LanguageTool's `<match no="…"/>` suggestions and Harper's Weir replacements:
 *
 *   {name}     what the pattern's slot `<name>` / `<name...>` (or an author regex's `(?<name>…)`) matched, as written
 *   {match}    the matched words as written
 *   {before}   the sentence up to the match; {after} the sentence from the match on (its end punctuation included)
 *   {others}   the sentence without the clause the match sits in (rules/rewrite/clause.ts); "" drops the sentence
 *   {drop}     "" (drops the sentence) where the clause is all of it; unfilled where anything else would be left
 *   {kept}     {others} where something of the sentence is left; unfilled where the clause is all of it (for families
 *              whose blame sentence is also the answer: "Fees are not refundable" must not simply vanish)
 *   {dropSentence} "" where the blame opens its sentence and everything after it rests on it (a "so …" verdict drawn
 *              from a comparison, a "once …" clause) with no figure, request, question or offer; unfilled otherwise
 *   {whole}    "" always: the template's own words stand for the whole sentence ("{final}{whole}This is our final
 *              position."). For a rule whose regex names a slot only where the sentence is nothing but its blame
 *              (a lookbehind to the sentence start and a lookahead to its end), so the words fit every sentence offered.
 *
 * A template that uses {before}, {after}, {others}, {kept}, {drop}, {dropSentence} or {whole} rewrites the whole
 * sentence; any other replaces the matched words. Literal braces are written {{ and }}. A template naming a slot the
 * match did not fill is not offered, and one that starts with "^" is offered only where the match opens the sentence.
 */

export type Piece = { literal: string } | { slot: string };

const TOKEN = /\{\{|\}\}|\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The template cut into literal text and slots. */
export function parseTemplate(template: string): Piece[] {
  const pieces: Piece[] = [];
  let literal = '';
  let last = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(template); m; m = TOKEN.exec(template)) {
    literal += template.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[0] === '{{') literal += '{';
    else if (m[0] === '}}') literal += '}';
    else {
      if (literal) pieces.push({ literal });
      literal = '';
      pieces.push({ slot: m[1] as string });
    }
  }
  literal += template.slice(last);
  if (literal) pieces.push({ literal });
  return pieces;
}

export const slotsOf = (template: string): string[] =>
  parseTemplate(template).flatMap((p) => ('slot' in p ? [p.slot] : []));

/** Slots that stand for (part of) the sentence around the match: a template naming one rebuilds the sentence. */
export const WHOLE_SENTENCE_SLOTS: ReadonlySet<string> = new Set([
  'before',
  'after',
  'others',
  'kept',
  'drop',
  'dropSentence',
  'whole',
]);

/** Does the template rebuild the whole sentence? */
export const isWholeSentence = (template: string): boolean =>
  slotsOf(template).some((s) => WHOLE_SENTENCE_SLOTS.has(s));
