import { re } from './cues.ts';

/**
 * Does the reply apologise or express regret? Quoted lines are already masked by the caller.
 * What is not an apology: "no need to apologise", "we're not sorry", a bare "Sorry?" asking the
 * customer to repeat, or someone else's apology being quoted ("you said 'sorry to bother you'").
 */
const APOLOGY_CUE = re(
  String.raw`\b(?:sorry|apolog(?:y|ies|i[sz]e[ds]?|i[sz]ing)|regret(?:s|ful|fully|tably)?|my\s+bad|forgive\s+(?:me|us)|pardon\s+(?:me|us|the)|excuse\s+the\s+(?:delay|wait)|our\s+mistake|that\s+(?:was|is)\s+(?:on\s+us|our\s+(?:fault|mistake|error)))\b`,
  'giu',
);

// Words that, shortly before the cue, turn it around.
const NEGATED = re(
  String.raw`(?:\bno\s+(?:need|reason)\s+(?:for\s+you\s+)?to\s+(?:be\s+)?$|\bnothing\s+to\s+(?:be\s+)?$|\b(?:not|never|n't)\s+(?:(?:at\s+all|really|even|very|so|that)\s+)?$|\bdon't\s+(?:need\s+to\s+)?(?:be\s+)?$|\bwithout\s+$|\bno\s+$|\bwon't\s+$|\bneed\s+not\s+$)`,
);

// "Sorry?" alone, or "Sorry, what do you mean", asks the customer to repeat: no regret expressed.
const REPEAT_REQUEST = re(
  String.raw`^\s*sorry\s*\?|^\s*sorry\s*,?\s*(?:what|who|which|come again|i\s+don't\s+follow)\b`,
);

// A quotation of the customer's own words, e.g. You said "sorry to bother you".
const QUOTED_SPAN = /["“][^"”]{0,200}["”]/g;

export function detectApology(sentences: string[]): boolean {
  return sentences.some(sentenceApologises);
}

export function sentenceApologises(sentence: string): boolean {
  if (REPEAT_REQUEST.test(sentence)) return false;
  const unquoted = sentence.replace(QUOTED_SPAN, (q) => ' '.repeat(q.length));
  APOLOGY_CUE.lastIndex = 0;
  for (let m = APOLOGY_CUE.exec(unquoted); m; m = APOLOGY_CUE.exec(unquoted)) {
    const before = unquoted.slice(Math.max(0, m.index - 40), m.index).toLowerCase();
    if (NEGATED.test(before)) continue;
    // "regret" about a choice of the customer's ("you'll regret") is not the agent's regret.
    if (
      /^regret/i.test(m[0]) &&
      !/\b(?:i|we)\s+(?:do\s+|truly\s+|deeply\s+|sincerely\s+)?$/i.test(before) &&
      !/^regret(?:s|tably|fully)/i.test(m[0]) &&
      !/\bour\s+$/i.test(before)
    )
      continue;
    return true;
  }
  return false;
}

// Regret without an apology: "I'm afraid", "unfortunately". It softens a refusal or bad news the way a sorry does.
const SOFTENER_CUE = re(
  String.raw`\b(?:(?:I|we)(?:'m|'re|\s+am|\s+are)\s+afraid\b(?!\s+(?:of|that\s+you))|unfortunately\b|sadly\b|regrettably\b)`,
  'iu',
);

/** Does the sentence apologise, or soften bad news with regret ("I'm afraid", "unfortunately", "sadly")? */
export function sentenceSoftens(sentence: string): boolean {
  return sentenceApologises(sentence) || SOFTENER_CUE.test(sentence);
}
