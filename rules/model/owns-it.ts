import { sentenceApologises } from '../signals/apology.ts';
import { re } from '../signals/cues.ts';

/** "…unless you read the guide": the clearing words name what the customer missed after all. */
const UNLESS_MISSED = String.raw`(?![^.!?]*\b(?:unless|if|without)\b)`;

// Words that own the fault, shared by the sentence veto (OWNING, CLEARING) and the whole-reply one (OWNS_THE_FAULT).
const NOT_YOUR_FAULT = String.raw`\b(?:not|never|isn't|wasn't)\s+(?:your|you're)\s+fault\b`;
const OUR_MISTAKE = String.raw`\b(?:our|my)\s+(?:mistake|fault|error|oversight)\b`;
const DOWN_TO_US = String.raw`\bdown\s+to\s+(?:us|me)\b`;
const SHOULD_NEVER_HAVE = String.raw`\bshould\s+never\s+have\b`;
const WE_GOT_IT_WRONG = String.raw`\b(?:we|I)\s+(?:got\s+(?:it|this|that)\s+wrong|made\s+(?:a|an)\s+(?:mistake|error))\b`;
const FAULT_IS_OURS = String.raw`\b(?:fault|mistake|error|blame)\s+(?:is|was|lies)\s+(?:all\s+|entirely\s+|completely\s+)?(?:ours|mine)\b`;
const WE_SHOULD_HAVE = String.raw`\b(?:we|I)\s+(?:really\s+)?should(?:\s+have|'ve)\b`;

/**
 * A sentence that apologises, thanks the customer, owns the problem, feels with them or clears them is not a
 * reproach, however many of a reproach's words it shares: "it's nothing you're doing", "you should have had a quick
 * claim", "that isn't acceptable", "not ringing you was down to us", "which is a failing on our part", "it is nobody's
 * fault", "nobody here caught it", "we understand the product is not up to your satisfaction", "I understand it's easy
 * to miss", "not something the activation screen would have told you", "you couldn't have known". Not "I appreciate
 * it's frustrating, but…" (the reproach's own opening), nor "you couldn't have known unless you read the guide". The
 * learned model reads words, not whom they are pinned on; this is the veto it cannot learn from a few hundred replies.
 */
const OWNING = re(
  String.raw`${NOT_YOUR_FAULT}|\bnothing\s+(?:you|you've|you're)\s+(?:did|done|doing|have\s+done|could\s+have)\b|\bnot\s+(?:just\s+)?you\b|${OUR_MISTAKE}|\bon\s+(?:us|me)\b|\b(?:isn't|is\s+not|wasn't|was\s+not|not)\s+(?:acceptable|good\s+enough|okay|ok|on(?=\s*(?:[.!,;]|$)))|${SHOULD_NEVER_HAVE}|${WE_SHOULD_HAVE}|${DOWN_TO_US}|\bour\s+(?:[\p{L}-]+\s+){0,2}(?:was|were)\s+wrong\b|${WE_GOT_IT_WRONG}|\b(?:thanks|thank\s+you)\b|\b(?:nobody|no\s+one|no-one)(?:'s|\s+is\s+(?:at|to)|\s+was\s+(?:at|to))?\s+(?:fault|blame)\b|\b(?:on|at)\s+(?:our|my)\s+(?:part|end|side)\b|\b(?:nobody|no\s+one|no-one)\s+(?:here|on\s+our\s+(?:side|end)|at\s+our\s+end|on\s+our\s+team)\s+(?:caught|noticed|spotted|checked|flagged|picked\s+up)\b|\b(?:understand|appreciate|can\s+see|realise|realize)\b[^.!?]{0,60}\b(?:satisf\w*|frustrat\w*|disappoint\w*|upsett?\w*|inconvenien\w*|annoy\w*|stress\w*|worr\w*|easy\s+to\s+(?:miss|overlook|lose\s+track))(?![^.!?]*\b(?:but|however|though|yet)\b)|\byou\s+should(?:n't)?\s+have\s+(?:had|got|received|been\s+(?:told|given|sent|offered|kept|contacted|called|informed|warned))\b|\bnot\s+something\s+(?:you|anyone|anybody|(?:the|your|our)\s+(?:[\p{L}-]+\s+){0,2})\s*(?:could|would|can|might)(?:\s+have|'ve)?\s+(?:known|told\s+you|warned\s+you|shown\s+you|seen|spotted|guessed|foreseen)\b|\b(?:you|anyone|anybody)\s+(?:couldn't|could\s+not|had\s+no\s+way\s+(?:to|of))\s+(?:have\s+)?(?:known|know|knowing|seen|see|seeing|spotted|spot|spotting|guessed|guess|guessing)\b${UNLESS_MISSED}|\bno\s+way\s+(?:for\s+you\s+to|you\s+(?:could|would)(?:\s+have)?)\s+(?:know|known|see|seen|spot|spotted|guess|guessed)\b${UNLESS_MISSED}`,
);

/**
 * Words that clear the customer or free them from a task: "the fault is ours", "not something we make obvious
 * enough", "it's ours to fix", "the failure was on our switch, not at your end", "you're fine", "as you mentioned"
 * (their own report, not a lecture), "there's no need to return the broken one", "it's nothing to do with how
 * they're being used", "which is an old design we're replacing". Only "no need to keep …" is the dismissal the model
 * has learned "no need to" from.
 */
const CLEARING = re(
  String.raw`\bwe\s+(?:don't|do\s+not|didn't|did\s+not)\s+make\s+(?:it|that|this|them)\s+(?:\w+\s+)?(?:clear|obvious|visible)\s+enough\b|\bnot\s+something\s+we\s+(?:make|made|explain|explained)\s+(?:\w+\s+)?(?:clear|obvious|visible)\s+enough\b|${FAULT_IS_OURS}|\bours\s+to\s+(?:fix|sort|put\s+right|cover|pay\s+for|sort\s+out)\b|\bnot\s+(?:at|on|from)\s+your\s+(?:end|side)\b|\byou(?:'re|\s+are)\s+(?:fine|not\s+doing\s+anything\s+wrong)\b|\bas\s+you(?:'ve|\s+have)?\s+(?:mentioned|said|described|noted|explained|pointed\s+out|reported|told\s+us|asked)\b|\bno\s+need\s+(?:for\s+you\s+)?to\s+(?:return|send|post|pay|bring|worry|apologi[sz]e|wait)\b|\b(?:nothing|not\s+anything)\s+to\s+do\s+with\s+(?:how|what|anything)\s+(?:you|you've|you're|they|they're|it's|it\s+(?:is|was))\b|\bwe(?:'re|\s+are|'ll\s+be|\s+will\s+be)\s+(?:already\s+)?(?:replacing|fixing|rebuilding|redesigning|reworking)\b`,
);

/**
 * Words that own the fault outright ("that's on us", "we should have warned you", "our mistake", "the fault is ours",
 * "the charge shouldn't have applied"): said anywhere in a reply, the reply takes the blame on itself, and a sentence
 * elsewhere in it that the model reads as reproach (an instruction after the apology, "please open the app and press
 * Test") is help, not blame. Apologies and thanks alone do not count: a reproach often opens with "Sorry, but…".
 */
const OWNS_THE_FAULT = re(
  String.raw`${OUR_MISTAKE}|\bthat(?:'s|\s+is|\s+was)\s+on\s+(?:us|me)\b|${DOWN_TO_US}|${WE_SHOULD_HAVE}\s+(?!(?:known|guessed|expected)\b)|${SHOULD_NEVER_HAVE}|${WE_GOT_IT_WRONG}|${FAULT_IS_OURS}|\b(?:on|at)\s+(?:our|my)\s+part\b|${NOT_YOUR_FAULT}|\bshould(?:n't|\s+not)\s+(?:apply|have\s+(?:applied|been\s+(?:charged|applied|added|taken|billed)))\b`,
);

/** Does the reply own the fault in so many words, anywhere in it? */
export const replyOwnsTheFault = (text: string): boolean => OWNS_THE_FAULT.test(text);

/**
 * A question that does not mention the customer asks about a thing ("Did the lights change on the router?", "Is there
 * something I can help with?"): real agents ask these to diagnose, while an insinuating question is put to "you"
 * ("Are you sure you're trying the right door?"). The model learned questions from the second kind.
 */
const YOU = re(String.raw`\b(?:you|your|yours|yourself|you're|you've|you'd|you'll)\b`);
const asksAboutAThing = (sentence: string): boolean => /\?\s*$/.test(sentence) && !YOU.test(sentence);

/**
 * "If it's not in your inbox, it may be in your spam folder": a condition on the state of a thing sets up help. The
 * conditionals that blame are about what the customer did ("if you had read…"), which this does not match.
 */
const IF_A_THING_IS = re(
  String.raw`^\s*if\s+(?:it|this|that|they|the\s+[\p{L}-]+)(?:'s|\s+is|\s+isn't|\s+doesn't|\s+does\s+not|\s+hasn't|\s+has\s+not|\s+still|\s+are|\s+aren't|\s+don't)\b`,
);

/**
 * The learned check's veto: the sentence owns the problem or clears the customer, or is a shape (a question about a
 * thing, a condition on a thing) that the written sets taught the model to distrust and real agents use to help.
 */
export const sentenceOwnsIt = (sentence: string): boolean =>
  sentenceApologises(sentence) ||
  OWNING.test(sentence) ||
  CLEARING.test(sentence) ||
  asksAboutAThing(sentence) ||
  IF_A_THING_IS.test(sentence);
