import { commonEnds } from './common-ends.ts';

/**
 * What a document is reported to say. "Rule 7.4 states that technical issues … are the team's responsibility": the
 * words after "states that" are the rule's, not the agent's, and a click that rewords them ("are handled by the team")
 * misquotes the rule and changes what it means (a reader judged that broken). The frame around the quote is the
 * agent's own ("as stated in our terms," can go), and so is a clause the agent hangs after it (", which you agreed
 * to"), but the quoted words are left alone.
 */

// A document, a part of one, or a notice, named as the subject of a reporting verb.
const SOURCE =
  '(?:rules?|ruleset|section|clause|article|paragraph|schedule|terms|conditions|T&Cs|T&C|policy|contract|agreement|handbook|manual|guide|guidelines|warranty|guarantee|regulations?|law|legislation|act|licen[cs]e|notice|sign|label|page|FAQ|website|site|listing|brochure|leaflet|booklet|invoice|receipt|quote|order form|form)';
const REPORTS = String.raw`(?:states?|stated|says?|said|reads?|specif(?:y|ies|ied)|stipulates?|stipulated|provides?|requires?|sets?\s+out|makes?\s+(?:it\s+)?clear|explains?|explained|notes?|noted|confirms?|confirmed)`;

// "Rule 7.4 states that", "our terms clearly say:", "the terms state clearly that", "the warranty card reads". Up to
// four words between the source and its verb ("the terms of your booking", "section 3 of the agreement").
const SOURCE_SAYS = new RegExp(
  String.raw`\b${SOURCE}\b(?:\s+[\p{L}\p{N}.&'’-]+){0,4}?\s+(?:(?:clearly|explicitly|specifically|also)\s+)?${REPORTS}\b(?:\s+(?:very\s+)?(?:clearly|explicitly|specifically|plainly))?(?:\s+that\b|\s*:)?`,
  'giu',
);
// "Under clause 9,", "according to our policy,", "per the terms,", "as per section 2,": what follows is read as the
// source's, as after a reporting verb. Only a frame that opens the sentence or a clause introduces what follows; "close
// accounts under clause 19 of the terms, and we…" names the clause the first half rests on.
const SOURCE_FRAME = new RegExp(
  String.raw`(?:^\s*|[,;:–—]\s*|\b(?:but|and|so|however|that)\s+)(?:under|according\s+to|as\s+per|per)\s+(?:the\s+|our\s+|your\s+)?(?:[\p{L}\p{N}.&'’-]+\s+){0,2}?${SOURCE}\b[^,;:]{0,30}[,:]`,
  'giu',
);

const CLAUSE_EDGE = /[,;–—]/u;

// The quoted words end where the agent starts a clause of their own: "Our terms require X, and unfortunately we
// cannot…". Commas alone do not end them ("technical issues, including outages, are the team's responsibility").
const OWN_CLAUSE = /(?:[,;]\s+(?:and|but|so|which|although|though|while|because|as)\b|;|\s[–—]\s)/iu;

/** Where, in `sentence`, the words reported as a document's run; none if it reports none. */
function quotedRanges(sentence: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const re of [SOURCE_SAYS, SOURCE_FRAME]) {
    for (const match of sentence.matchAll(re)) {
      const start = match.index + match[0].length;
      const own = OWN_CLAUSE.exec(sentence.slice(start));
      ranges.push([start, own ? start + own.index : sentence.length]);
    }
  }
  return ranges;
}

/**
 * Does rewriting `before` as `after` change what a document is reported to say? A change that ends before the quoted
 * words (the agent's frame: "clearly", "Per the agreement you signed,") or that takes all of them leaves no misquote.
 * Otherwise a substitution that reaches into them does, and so does a plain cut, unless it starts at a clause edge and
 * takes the rest of the sentence (the agent's own tag after the quote: ", which you agreed to"). Case is ignored, so
 * the capital a cut moves onto the next word is no change.
 */
export function rewordsQuotedSource(before: string, after: string): boolean {
  const ranges = quotedRanges(before);
  if (ranges.length === 0 || after.trim() === '') return false;
  const [from, removedEnd, written] = caseFoldedChange(before, after);
  const sentenceEnd = before.replace(/[\s.!?…]+$/u, '').length;
  for (const [start, end] of ranges) {
    const wordsStart = start + (/^\s*/u.exec(before.slice(start))?.[0].length ?? 0);
    if (removedEnd <= wordsStart || from >= end) continue;
    if (from < start && removedEnd >= Math.min(end, sentenceEnd)) continue;
    if (written.trim() !== '') return true;
    const removed = before.slice(from, removedEnd);
    const tagAfterQuote = CLAUSE_EDGE.test(removed.trimStart()[0] ?? '') && removedEnd >= sentenceEnd;
    if (!tagAfterQuote) return true;
  }
  return false;
}

/** Where `after` differs from `before`, ignoring case: the changed part's start and end in `before`, and what `after` has there. */
function caseFoldedChange(before: string, after: string): [number, number, string] {
  const folded = before.toLowerCase();
  const [prefix, suffix] = commonEnds(folded, after.toLowerCase());
  return [prefix, folded.length - suffix, after.slice(prefix, after.length - suffix)];
}
