import { splitSentences } from '../text/sentences.ts';
import { re } from './cues.ts';

/**
 * Does the exchange call for nothing more? True when the customer only thanks, compliments, jokes, says goodbye or
 * confirms the problem is solved, and asks for nothing (LABELS.md's `needs_next_step: false`). With no customer
 * message, true when the reply itself is plainly a thank-you or a closing. When unsure the answer is false: a wrong
 * "nothing is due" silences the coach, so every cue here errs towards "something is due".
 */

// Anything that asks: a question, a request, a need.
const ASKS = re(
  String.raw`\?|\b(?:can|could|would|will|cud|pls)\s+(?:you|u|ya|someone|somebody|anyone|i|we)\b|\b(?:please|pls|plz|kindly)\b|\b(?:i|we)\s+(?:really\s+|still\s+|just\s+)?(?:need|want|wanna|require|expect)\b|\b(?:i|we)(?:'d|\s+would)\s+(?:really\s+)?like\s+(?!to\s+(?:say|thank|share|let\s+you\s+know|give))|\bhow\s+(?:do|can|should|long|much|come)\b|\b(?:let\s+me|lemme)\s+know\b|\bhelp\s+(?:me|us)\b|\bis\s+(?:it|there)\s+(?:possible|a\s+way)\b|\bwhen\s+(?:will|can|do|does|is|are|should)\b|\bwhere\s+(?:is|are|can|do|does|'s)\b|\bany\s+(?:update|news|idea|chance)\b|\b(?:call|ring|email|text)\s+me\b|\bget\s+back\s+to\s+me\b|\bwondering\b|\bquestion\b|\bone\s+more\s+thing\b|\bcheck\s+(?:if|whether|on|my)\b|\btrying\s+to\s+(?:understand|figure\s+out|work\s+out|find|get|sort)\b|\b(?:not\s+sure|(?:don't|do\s+not|dont)\s+know|no\s+idea)\s+(?:what|how|if|whether|why|where|which|when)\b`,
);
// A question without its question mark: a sentence that opens the way questions do ("what if I have a student card").
const QUESTION_OPENING = re(
  String.raw`(?:^|[.!]\s+)(?:what\s+(?:if|about)|do\s+you|does\s+(?:it|this|that)|is\s+(?:it|this|that|there)|are\s+(?:you|there|they)|can\s+(?:i|we)|should\s+(?:i|we))\b`,
);

// A question asked for a laugh: "is he included in the rent? asking for a friend".
const JOKE_QUESTION = re(String.raw`\basking\s+for\s+(?:a\s+friend|(?:\w+\s+)?reasons)\b`);
// Praise strong enough to make a message a compliment on its own: "legend.", "10/10".
const STRONG_PRAISE = re(
  String.raw`\b(?:(?:absolute|total|proper)\s+)?(?:legends?|lifesavers?|life\s+savers?|heroes|superstars?)\b|\byou(?:'re|\s+are)\s+(?:a\s+)?(?:star|hero|legend|the\s+best)\b|\b10\s*\/\s*10\b|\bfive\s+stars\b|\babove\s+and\s+beyond\b|\bmade\s+my\s+(?:\w+\s+)?(?:day|week|year)\b`,
);

// Words that turn a happy sentence round: "thanks, but it's still not working".
export const CONTRAST = re(
  String.raw`\b(?:but|however|though|although|unfortunately|except|yet|sadly)\b|\bstill\s+(?:not|no|n't|waiting|broken|nothing|getting|having|the\s+same|down|charged|can't|cannot|won't|doesn't|isn't)`,
);

// The problem is over: "it's working now", "that fixed it", "the payment went through", "not complaining".
const RESOLVED = re(
  String.raw`\b(?:(?:is|it's|its|it\s+is|all|everything(?:'s)?|everything\s+is|now|are|they're)\s+(?:now\s+)?(?:working|fixed|sorted|resolved|solved|back|fine|running|flowing|up\s+and\s+running|set\s+up|good|reading\s+properly)|(?:that|it|this|the\s+\w+)\s+(?:worked|did\s+(?:it|the\s+trick)|fixed\s+it|sorted\s+it|solved\s+it)|works?\s+(?:now|again|fine|perfectly|a\s+treat)|(?:it|they|that|everything)\s+(?:finally\s+)?(?:downloaded|loaded|installed|updated|synced|connected|uploaded|printed|activated|worked)\s+(?:now|fine|in\s+the\s+end|after\s+all|this\s+time)|working\s+(?:now|again|fine|perfectly)|(?:fixed|sorted|resolved|solved|repaired)\s+(?:it|this|that|the|my|our|everything|things|all|now|in\s+no\s+time|quickly|so\s+quickly|for\s+me)|(?:is|are|was|were|been|got|get|it's|that's|all|now|just|finally|quickly|has|have|had)\s+(?:\w+\s+)?(?:fixed|sorted|resolved|solved|repaired)|unfrozen|unlocked|(?:got|received|getting)\s+(?:\w+\s+){0,3}back\b|(?:got|received|arrived|landed)\s+(?:the|my|our)\s+(?:refund|money|replacement|deposit|parcel|package|order|keys|credit|card|payment)|went\s+through|came\s+through|(?:is|are)\s+back|all\s+(?:good|set|sorted|fixed|working)|all\s+looks\s+(?:right|good|fine)|(?:thanks?|thank\s*(?:you|u))\s+(?:(?:so|very)\s+much\s+)?for\s+(?:replacing|repairing|fixing|mending|swapping|sorting|resolving)|(?:finally|now|completely|totally)\s+(?:gone|disappeared|stopped|filled\s+in|cleared(?:\s+up)?|vanished)|zero\s+(?:errors|issues|problems|faults|complaints|mistakes)|mystery\s+solved|no\s+(?:complaints|faff|hassle)|not\s+complaining|(?:made|makes|making)\s+(?:\w+\s+){1,6}(?:easier|better)|that(?:'s|\s+is)\s+(?:all|everything)|nothing\s+else|no\s+that's\s+(?:all|everything))\b`,
);
// "supposed to be fixed", "still not sorted", "when will it be resolved": not an end.
const UNRESOLVED_BEFORE = re(
  String.raw`(?:\bnot|n't|\bnever|\bsupposed\s+to|\bneeds?\s+to|\bshould|\bmeant\s+to|\bwill|\bhasn't\s+been|\bwasn't|\bnot\s+yet|\bsaid|\bclaimed|\btold\s+me)\s+(?:\w+\s+){0,2}$`,
);

// Social words that close a conversation or praise.
const THANKS = re(
  String.raw`\b(?:thanks?|thank\s*(?:you|u|ya)|thx|tysm|ty|cheers|ta|much\s+appreciated|appreciate(?:d)?|grateful|bye|goodbye|see\s+ya)\b`,
);
const PRAISE = re(
  String.raw`\b(?:legends?|lifesavers?|life\s+savers?|star|heroes?|brilliant|amazing|awesome|fantastic|wonderful|gorgeous|lovely|superb|excellent|perfect|great|impressed|kudos|proud|delighted|patient|helpful|courteous|kind|love|loved|loving|well\s+done|made\s+my\s+(?:\w+\s+)?(?:day|week|year)|above\s+and\s+beyond|painless|10\s*\/\s*10|five\s+stars?|5\s+stars?)\b`,
);
// A message that is a thank-you or a confirmation by its own words, whatever else it tells.
const WHOLE_MESSAGE_THANKS = re(
  String.raw`\b(?:just\s+)?(?:wanted|want|writing|wished|wish|like|'d\s+like|would\s+like)\s+to\s+(?:say|thank|give\s+a|send\s+a|pass\s+on)|\bshout\s*-?\s*out\b|\bjust\s+(?:a\s+)?(?:quick\s+)?(?:note|message|line)\s+to\s+(?:say|thank|let)|\bjust\s+(?:confirming|to\s+confirm|to\s+say|letting\s+you\s+know)\b|\b(?:thanks?|thank\s*(?:you|u))\s+(?:(?:so|very)\s+much\s+|again\s+|a\s+lot\s+)?for\s+(?:sorting|fixing|resolving|solving|getting|helping|replacing|repairing|mending|swapping|the\s+(?:quick|fast|speedy|help|great|brilliant|amazing|refund|replacement)|all\s+(?:your|the)|your\s+help)`,
);
// Laughter and celebration carry banter: "lol", "haha", 😂, 🥳, 🎉.
export const LAUGHTER =
  /\b(?:lol|lmao|rofl|haha\w*|hehe\w*)\b|[😂🤣😄😅😆😁😊😍🤩🥳🎉🎂🙌👏🥹⭐🚀❤💙💚💜🖤🧡💛☺]|:\)|:D\b|;\)/iu;

/** The problem detector's reading of a piece of the message; `whole` is the whole message, for its mood. */
export type ProblemReader = (text: string, whole: string) => boolean;

// Clause boundaries inside a sentence: a problem is over only where its own clause says so ("that fixed the crash").
const CLAUSE_BREAK = re(String.raw`[,;:]|\s[-\u2013\u2014]\s|\b(?:and|but|so|though|although|while|since)\b`, 'giu');

/**
 * Does a sentence of the customer's still report a problem? A clause that says the problem is over may name it
 * ("the restore worked and all our files are back", "thanks, that fixed the crash!"), unless the sentence turns
 * round ("thanks, but it still crashes"); a problem in any other clause stands.
 */
export function problemLeft(sentence: string, whole: string, readsAsProblem: ProblemReader): boolean {
  if (!readsAsProblem(sentence, whole)) return false;
  if (CONTRAST.test(sentence)) return true;
  const clauses = sentence.split(CLAUSE_BREAK).filter((c) => c.trim() !== '');
  const problems = clauses.filter((clause) => readsAsProblem(clause, whole));
  // A problem told across clauses ("ordered M and got S") stands unless some clause ends it.
  if (problems.length === 0) return !clauses.some(endsAProblem);
  return problems.some((clause) => !endsAProblem(clause));
}

/**
 * The customer's message needs nothing: no ask, no open problem, and it thanks, praises, jokes or confirms an end.
 * `readsAsProblem` is the problem detector's reading of one sentence (passed in to keep the two modules apart).
 */
export function customerNeedsNothing(customer: string, readsAsProblem: ProblemReader): boolean {
  if (customerAsks(customer)) return false;
  const sentences = splitSentences(customer).map((s) => customer.slice(s.start, s.end));
  if (sentences.length === 0) return false;
  let strong = WHOLE_MESSAGE_THANKS.test(customer) || LAUGHTER.test(customer) || STRONG_PRAISE.test(customer);
  let allSocial = true;
  for (const sentence of sentences) {
    const contrast = CONTRAST.test(sentence);
    const resolved = endsAProblem(sentence);
    if (resolved && !contrast) strong = true;
    if (problemLeft(sentence, customer, readsAsProblem)) return false;
    if (contrast || !(resolved || THANKS.test(sentence) || PRAISE.test(sentence) || LAUGHTER.test(sentence)))
      allSocial = false;
  }
  return strong || allSocial;
}

// A message that hands over details answers an earlier question, so the conversation goes on: an email address, a
// long number (order, account, phone), or a date.
const SUPPLIES_DETAILS = re(
  String.raw`(?<![\w.+-])[\w.+-]+@[\w-]+\.\w|\d{5,}|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s+(?:\d{1,2}|\d{4})\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b`,
);
// The cues read English: a message mostly in another script is not known to ask nothing.
const LETTER = /\p{L}/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;
const readsLatin = (text: string): boolean =>
  (text.match(LATIN_LETTER)?.length ?? 0) * 2 >= (text.match(LETTER)?.length ?? 0);

/**
 * The customer neither asks, nor reports a problem (the caller knows), nor hands over details, and writes in a script
 * the cues read: a post, a joke, a piece of news.
 */
export const customerSaysNothingToActOn = (customer: string): boolean =>
  !customerAsks(customer) && !SUPPLIES_DETAILS.test(customer) && readsLatin(customer);

/** The customer asks for something: a question, a request or a need (a joke's "asking for a friend" aside). */
export function customerAsks(customer: string): boolean {
  const text = customer.replace(SAYING_NOT_ASKING, ' ');
  return JOKE_QUESTION.test(text)
    ? ASKS.test(text.replace(/\?/g, ' '))
    : ASKS.test(text) || QUESTION_OPENING.test(text);
}
// "Can I just say ...", "may I say": a question in form that introduces praise or news.
const SAYING_NOT_ASKING = re(String.raw`\b(?:can|could|may|might)\s+i\s+(?:just\s+)?(?:say|add)\b`, 'giu');

/** The sentence says a problem is over: a resolution cue that is not negated or hoped for. */
export function endsAProblem(sentence: string): boolean {
  const cue = new RegExp(RESOLVED.source, 'giu');
  for (let m = cue.exec(sentence); m; m = cue.exec(sentence)) {
    const before = sentence.slice(Math.max(0, m.index - 30), m.index);
    if (!UNRESOLVED_BEFORE.test(before)) return true;
  }
  return false;
}

// What a reply says when it only thanks or closes: "Glad it's sorted!", "Thanks for the kind words", "Enjoy!".
const REPLY_CLOSING = re(
  String.raw`\b(?:glad|happy|great|good|lovely|nice|brilliant|wonderful)\s+(?:to\s+(?:hear|read|know)|it(?:'s|\s+is|\s+was)?|that|we|you|the|everything|all|this)\b|\bthank(?:s|\s+you)\s+(?:(?:so|very)\s+much\s+)?for\s+(?:the\s+(?:love|kind|lovely|shout|feedback|update|message|note|compliment)|such\s+a|your\s+(?:kind|lovely|message|note|feedback)|taking\s+the\s+time|letting\s+us\s+know|sharing|shopping|choosing)|\byou(?:'re|\s+are)\s+(?:very\s+|so\s+|most\s+)?welcome\b|\b(?:congratulations|congrats|happy\s+birthday)\b|\bwe\s+love\s+(?:hearing|to\s+hear|this|that)\b|\bmade\s+our\s+day\b`,
);
// A reply that acknowledges a problem or asks something is not a plain closing.
const REPLY_ENGAGES = re(
  String.raw`\b(?:sorry|apologi[sz]e|apologies|unfortunately|issue|problem|trouble|inconvenience|frustrat\w*|delay)\b|\?`,
);

// A reply that talks about trouble: it apologises, names a problem or a fault, or regrets something.
const REPLY_TALKS_TROUBLE = re(
  String.raw`\b(?:sorry|apologi[sz]e|apologies|regret\w*|unfortunately|issue|problem|trouble|inconvenience|frustrat\w*|delay\w*|fault\w*|error|broken|wrong|missing|complain\w*|concern)\b`,
);

/**
 * The customer asks nothing and reports no problem (a post, a joke, a piece of news, "treat!"), and the reply answers
 * in kind, without taking up any trouble: nothing is due. A reply that apologises or names a problem has found
 * something to act on, so then a next step is still due.
 */
export const replyAnswersInKind = (replySentences: string[]): boolean =>
  replySentences.length > 0 && !REPLY_TALKS_TROUBLE.test(replySentences.join(' '));

// An open offer of more help, which is how a conversation ends: "don't hesitate to contact us", "feel free to reach
// out", "just give us a shout if anything comes up", "we're always a DM away", "let us know if you need anything else".
const OPEN_OFFER = re(
  String.raw`\b(?:(?:don't|do\s+not)\s+hesitate\s+to|feel\s+free\s+to)\s+(?:\w+\s+){0,2}(?:contact|reach|get\s+in\s+touch|message|ask|dm|call|write|let\s+us\s+know|come\s+back)|\bgive\s+us\s+a\s+(?:shout|nudge|holler|bell|call|tweet|dm)\b|\b(?:always|right|still)\s+(?:here|a\s+(?:dm|message|tweet|call|click)\s+away)\b|\bhere\s+(?:to\s+help|for\s+you|if\s+you\s+need)|\bif\s+(?:you\s+(?:need|have|want)|there(?:'s|\s+is)|anything)\s+(?:\w+\s+){0,4}(?:else|further|more|other|comes\s+up|questions?)\b|\b(?:happy|glad)\s+to\s+help\b`,
);
// Words of a pleasantry: "Enjoy!", "Have a great day", "Take care", "Cheers".
const PLEASANTRY = re(
  String.raw`^\s*(?:cool|great|awesome|perfect|nice|brilliant|excellent|wonderful|fab\w*|lovely|super|yay|woo\w*)\s*[!.]|\b(?:enjoy|have\s+a\s+(?:great|good|nice|lovely|wonderful)|take\s+care|cheers|thanks?|thank\s+you|welcome|congrat\w*|glad|happy|best\s+wishes|kind\s+regards|regards)\b`,
);
// A sentence with no words of its own: a link, an emoji, a signature tag.
const LINKS_AND_TAGS = /https?:\/\/\S+|[\^@#]\w+/gu;
const hasNoWords = (sentence: string): boolean => !/\p{L}/u.test(sentence.replace(LINKS_AND_TAGS, ' '));

/**
 * With no customer message: the reply itself is plainly a thank-you or a closing. Either it says so in its own words
 * ("Glad it's sorted!"), or every sentence is an open offer of more help or a pleasantry ("Please don't hesitate to
 * contact us for further assistance. Have a great day!"); in both cases it takes up no trouble and asks nothing.
 */
export function replyOnlyCloses(replySentences: string[]): boolean {
  if (replySentences.length === 0) return false;
  const text = replySentences.join(' ');
  if (REPLY_ENGAGES.test(text)) return false;
  if (REPLY_CLOSING.test(text)) return true;
  const closing = (s: string) => hasNoWords(s) || OPEN_OFFER.test(s) || PLEASANTRY.test(s);
  return replySentences.some((s) => OPEN_OFFER.test(s)) && replySentences.every(closing);
}
