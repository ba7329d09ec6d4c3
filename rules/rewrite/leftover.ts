/**
 * Tone a cut leaves behind. A clause cut removes the words a rule matched; readers judged the click awkward or broken
 * wherever the sentence still said the same thing in other words: "so tracing it is their responsibility" once
 * ", not ours" is gone, "The difference is only €20 anyway" once "so it's not a huge loss" is gone. These shapes are
 * too common in neutral replies to flag on their own ("it's with them now" can be a plain status), so they do not
 * raise findings; they only keep a rewrite from being offered for one click.
 */

const LEFTOVER_TONE: readonly RegExp[] = [
  // Deflection that outlives its "not us" tag.
  // ("is with the carrier" and "is on the way" are plain status, so only "down to" names a culprit, and "on" only a person.)
  /\b(?:is|are|was|'s|’s)\s+(?:really\s+|entirely\s+|honestly\s+)?(?:down to\s+(?:them|him|her|the\s+[\p{L}-]+)|on\s+(?:them|him|her))\b/iu,
  // "their responsibility", "the courier's problem", "Canada Post's baby".
  /\b(?:[Tt]heir|[Hh]is|[Hh]er|[Tt]he\s+[\p{L}-]+['’]s|(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]s)\s+(?:responsibility|problem|fault|mess|lookout|baby|headache|department|issue to (?:fix|sort))\b/u,
  /\bfault\s+(?:sits|lies|rests)\s+with\b/iu,
  // "so that side of it really sits with them", "entirely up to Boots", "their pricing is their business".
  /\b(?:sits|lies|rests)\s+(?:really\s+|entirely\s+|squarely\s+)?with\s+(?:them|him|her)\b/iu,
  /\b(?:entirely|really|all|completely)\s+up\s+to\s+(?:them|him|her|the\s+[\p{L}-]+|\p{Lu}[\p{L}-]*)/u,
  /\b(?:their|his|her)\s+(?:business|lookout|call)\b/iu,
  // An internal hand-off that outlives its "out of my hands": "…rather than the social team".
  /\b(?:rather\s+than|not)\s+(?:the|us\s+in|us\s+on|me\s+in)\s+(?:[\p{L}-]+\s+){0,2}(?:team|desk|department)\b/iu,
  // "…controlled by the school, not by us" once its "so there's nothing we can change" went.
  /\bnot\s+by\s+(?:us|me)\b/iu,
  // The fault placed back on the customer, or on someone else's work: "so the problem was at your end",
  // "so it's really their work that's failing", "any complaint really needs to go to them".
  /\b(?:at|on)\s+your\s+(?:end|side)\b/iu,
  /\b(?:it|that)['’]s\s+(?:really\s+|honestly\s+|all\s+)?their\s+[\p{L}-]+/iu,
  /\bany\s+(?:complaint|issue|problem|query|claim|question)s?\s+(?:really\s+|will\s+)?(?:needs?|has|have)\s+to\s+go\b/iu,
  // "…coming from the supplier in Germany and they are very slow", "so the problem is not on our side".
  /\bthey(?:['’]re|\s+are)\s+(?:very|really|so|always|incredibly)\s+slow\b/iu,
  /\bnot\s+(?:on|at)\s+our\s+(?:side|end)\b/iu,
  // "…really a matter for them", "any wait is on their side".
  /\ba\s+matter\s+for\s+(?:them|him|her|the\s+[\p{L}-]+)\b/iu,
  /\b(?:on|at)\s+their\s+(?:side|end)\b/iu,
  // "Any delay after pickup is on the delivery company tho" (round 12, read as awkward by two leads).
  /\b(?:is|was|are|were|['’]s)\s+(?:really\s+|all\s+|squarely\s+|entirely\s+)?on\s+(?:the|your|their)\s+(?:[\p{L}-]+\s+)?(?:company|courier|carrier|driver|drivers|team|supplier|seller|merchant|bank|airline|manufacturer|council|landlord|provider|network|hub|depot|warehouse|gateway|partner|partners|office|concession|contractor|installer|insurer|lab|factory|mill|haulier|shipper|agent|agency|platform)\b(?!['’])/iu,
  // "so the measurement was yours" once "not ours" went; "that's a Parcelforce issue", "an Amazon issue" (both read as
  // awkward: the fault still placed).
  /\b(?:was|is|were|are|['’]s)\s+(?:all\s+|entirely\s+)?yours\b/iu,
  /\b(?:[Tt]hat|[Tt]his|[Ii]t)(?:['’]s|\s+is|\s+was)\s+(?:really\s+|just\s+|more\s+)?(?:a|an)\s+(?:\p{Lu}[\p{L}-]*|[\p{L}-]+['’]s)\s+(?:issue|problem|thing|matter|fault)\b/u,
  // "…scheduled by the logistics team, so I can't really tell you why": the hand-off left as a shrug (round 12).
  /\bso\s+(?:I|we)\s+(?:can['’]t|cannot|couldn['’]t)\s+(?:really\s+|honestly\s+)?(?:tell\s+you|say|answer|explain|comment|speak\s+to)\b/iu,
  // "…is down to the delivery rider, they're a separate company"; "any argument about how it was parked is with them"
  // (round 13, read as awkward by two leads once the tag or the "no say" went).
  /\bthey['’]re\s+a\s+(?:separate|different|third-party|independent)\s+(?:company|business|firm|team|organi[sz]ation|department|outfit)\b/iu,
  /\b(?:argument|complaint|dispute|claim|disagreement|quarrel)s?\b[^,.;:!?]{0,40}\b(?:is|are|would\s+be|will\s+be)\s+with\s+(?:them|him|her|the\s+[\p{L}-]+)\b/iu,
  // "…coming from the payment gateway, their side, we only see…" once "not ours" went (round 11).
  /(?:^|[,;–—])\s*their\s+(?:side|end)(?=\s*(?:[,.;:!?–—]|$))/iu,
  // "so wherever it is now is on Purolator", "so this one is on the concession": the fault still placed on a party
  // once its "not us" went (round 11, read as awkward). Not a time, a route or a status ("is on the way", "on Friday").
  /\bso\s+(?:[\p{L}'’]+\s+){0,5}?(?:is|was|['’]s)\s+(?:really\s+|all\s+|squarely\s+|entirely\s+)?on\s+(?:the\s+)?(?!(?:way|time|track|hold|schedule|order|board|file|record|site|list|system|road|phone|call|line|agenda|calendar|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekends?)\b)[\p{L}-]+(?=\s*(?:[,.;:!?–—]|$))/iu,
  // A flat denial the cut leaves standing: "We've never lost a part in the workshop."
  /\b(?:we|I)(?:['’]ve|\s+have)\s+never\s+(?:lost|had|missed|made|damaged|broken|mixed)\b/iu,
  // A bare attribution ("that's the courier tbh 🤷"): with its "not us" gone, it still points at someone else.
  /\b(?:that|this|it)(?:['’]s|\s+is|\s+was)\s+(?:(?:all|just|really|probably|definitely|obviously)\s+)?(?:the|your|their)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?(?:\s+(?:tbh|honestly|really|I['’]m afraid))?(?=\s*(?:[,.;:!?–—]|\p{Extended_Pictographic}|$))/iu,
  // "that's one for them", "one for your kitchen fitter", "one for the council".
  /\bone\s+for\s+(?:them|him|her|(?:your|the|their)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\b/iu,
  /\bthey['’]re\s+the\s+ones\b/iu,
  // "so it's them you'll have to chase about the delay" once its "not us" went (round 10, read as awkward).
  /\b(?:it['’]s|it\s+is)\s+(?:them|him|her)\s+(?:that\s+|who\s+)?you(?:['’]ll|\s+will|['’]d|\s+would)?\s+(?:have|need)\s+to\b/iu,
  // "it's in the queue like every other request" once "tweeting at us won't move it up" went: still a brush-off.
  /\blike\s+(?:every|any)\s+other\s+(?:request|customer|case|order|ticket|job|booking|claim|application|enquiry|inquiry|report|complaint)\b/iu,
  /\b(?:need|have)\s+to\s+(?:fight|argue)\s+with\b/iu,
  // Internal deflection ("owned by our product team, not support") that outlives its "isn't mine to fix".
  /\bnot\s+(?:support|customer\s+(?:service|support|care)|(?:the\s+)?(?:support|help|service)\s+desk|tech\s+(?:support|chat))(?=\s*(?:[,.;:!?–—]|$))/iu,
  // Minimising that outlives its tag.
  /\bonly\b[^,.;!?]{1,40}\b(?:anyway|though|really|after all)\b/iu,
  /\b(?:is|are|was|'s|’s)\s+hardly\b/iu,
  /\b(?:it|that|this)(?:['’]s| is)\s+(?:just\s+|only\s+|merely\s+)?(?:a|one)\s+(?:single|little|small|tiny|minor|quick)\b/iu,
  /\b(?:though|anyway)(?=\s*(?:[,.;!?]|$))/iu,
  // "It's one night though and you're back on": the size said with a shrug, once its "only" is gone.
  /\b(?:it|that|this)(?:['’]?s|\s+is|\s+was)\s+(?:[\p{L}\p{N}£€$.-]+\s+){1,4}(?:though|anyway)\b/iu,
  /\bto be fair\b/iu,
  /\bin the grand scheme\b/iu,
  /\bat the end of the day\b/iu,
  // Tone policing that outlives its request ("…, I can read you fine", "…, this is a support chat").
  /\b(?:I|we)\s+can\s+(?:read|hear|see|understand)\s+you\s+(?:just\s+)?(?:fine|perfectly|clearly)\b/iu,
  /\bthis\s+is\s+a\s+(?:support|customer service|help|professional)\s+(?:chat|line|channel|inbox|page|account)\b/iu,
];

/**
 * Reproach anywhere in the sentence a click leaves. Readers judged a cut awkward whenever the sentence it changed still
 * scolded in another clause, however clean the cut itself ("As you will appreciate, …" gone, "in the quote you
 * accepted" still there). Unlike LEFTOVER_TONE these are read in the whole rewritten sentence, because the click is
 * offered as the sentence an agent can send; they never raise a finding, so a neutral use only costs a click.
 */
const SENTENCE_REPROACH: readonly RegExp[] = [
  // Reminding and pointing out: "We must kindly remind you", "I would also point out that".
  /\b(?:remind|reminding|reminded)\b|\bpoint(?:ing)?\s+out\b/iu,
  // What the customer did or failed to do: "the quote you accepted", "you were advised", "despite two reminders".
  /\byou(?:['’]ve|\s+have)?\s+(?:[\p{L}]+\s+)?(?:accepted|agreed|signed|ignored|overlooked|neglected|forgot|forgotten|failed|chose|opted)\b/iu,
  /\byou\s+(?:were|had\s+been|have\s+been)\s+(?:[\p{L}]+\s+)?(?:told|advised|informed|warned|notified)\b/iu,
  /\bdespite\s+(?:[\p{L}\p{N}]+\s+){0,2}(?:reminders?|emails?|warnings?|notices?|requests?|letters?|messages?)\b/iu,
  /\boverlooked\b/iu,
  // A condition left from the aside it belonged to: "~~as you'll know~~ if you've read the GDPR guidance, …".
  /\bif\s+you(?:['’]ve|\s+have)\s+(?:already\s+)?(?:read|seen|checked|looked\s+at)\b/iu,
  // What the customer is presumed to have seen: "you'll have seen on the consent form", "it's not as if it was hidden".
  /\byou['’]ll\s+have\s+(?:seen|read|noticed|spotted)\b/iu,
  /\b(?:it['’]s|it\s+is|it\s+was)\s+not\s+as\s+(?:if|though)\b/iu,
  // "The information was there.", "Our listings do say 'edition may vary'": the pointer outlives the cut.
  /\b(?:the\s+information|it|this|that)\s+(?:was|is)\s+(?:all\s+|right\s+)?there\b(?!\s+(?:for|to|when|if)\b)/iu,
  /\b(?:do|does|did)\s+(?:actually\s+|clearly\s+|also\s+)?(?:say|state|mention|show)\b/iu,
  // What would have been, had the customer acted: "had one been requested", "if you'd checked".
  /\bhad\s+(?:you|one|it|this|that|they)\s+been\s+(?!waiting|charged)|\b(?:had\s+you|if\s+you\s+had|if\s+you['’]d)\s+(?:only\s+|just\s+)?(?:known|read|checked|told|asked|called|contacted|followed|let|waited|booked|ordered|sent|looked|used|kept|returned)\b/iu,
  // What a tool or a step "would have let you" do: the customer's missed chance, told after the fact.
  /\b(?:would|could)(?:['’]ve|\s+have)\s+(?:let|allowed|helped|saved|spared|stopped|enabled)\s+you\b/iu,
  // Fault placed on the customer's use or on nothing at all: "in poor condition", "it is not a defect".
  /\b(?:poor|improper|incorrect|inadequate)\s+(?:condition|use|handling|installation|storage|care|maintenance)\b/iu,
  /\bnot\s+a\s+(?:defect|fault)\b/iu,
  // An emphatic "did" defends the agent: "I did leave a voicemail", "we did send it".
  /\b(?:I|we)\s+did\s+(?:leave|send|tell|mention|explain|say|email|call|inform|advise|include|attach|state|write|ring|phone|text|warn|confirm)\b/iu,
  // An emphatic "do" that answers a reproach no one made: "We do read every email." (rounds 34 and 39, read as defensive).
  /\b(?:I|we)\s+do\s+(?:read|see|get|receive|check|answer|look\s+at|reply\s+to|respond\s+to)\b/iu,
  // A record held up against the customer's account: "and he has never missed a visit with us", left once "so I find
  // it hard to believe nobody was home" went (round 40, awkward for both leads: it still says she was out).
  /\b(?:has|have|had)\s+never\s+(?:once\s+)?(?:missed|failed|lost|forgotten|been\s+late|let\s+(?:us|anyone|a\s+customer)\s+down|had\s+a\s+(?:complaint|problem))\b/iu,
  // A risk or a duty laid on the customer with a shrug: "breakage up to 5% is simply your risk in transit" once "as
  // per the sales terms you signed" went (round 37, awkward for both leads: the sentence stayed curt).
  /\b(?:is|are|was|['’]s)\s+(?:simply|entirely|purely|solely|wholly|squarely|very\s+much)\s+(?:your|the\s+(?:customer|buyer|client|owner|guest|tenant|traveller|traveler|passenger)['’]s)\s+(?:own\s+)?(?:risk|responsibility|lookout|problem|concern|call)\b/iu,
  // A duty left on the customer once the presumption that framed it went: "~~You'll of course be aware that~~ the
  // protective sheeting is normally the client's to lay down" (round 48, awkward: the blame in the sentence stayed).
  /\b(?:is|are|was|were|['’]s)\s+(?:(?:normally|usually|generally|always|really|strictly)\s+)?(?:your|the\s+(?:customer|buyer|client|owner|guest|tenant|hirer|homeowner|householder|traveller|traveler|passenger)['’]s)\s+(?:own\s+)?(?:to\s+[\p{L}-]+|job|duty|responsibility)\b/iu,
  // "I have to say our technician's log shows…": the writer squaring up to the customer's account, left once the
  // "I find it hard to believe" that followed went (round 37, awkward for both leads).
  /\bI\s+(?:have\s+to|must|need\s+to|feel\s+I\s+(?:have|need)\s+to)\s+say,?\s+(?:that\s+)?(?:our|the|we|this|it)\b/iu,
  // A second "I told you before" that outlives the first: "~~For the third time:~~ … this was in the service agreement
  // and in my reply last month", "~~once again~~ … and I raised it with your office in March as well", "as we
  // mentioned in the welcome mail and in the last two reminders" (rounds 46-47, awkward for both leads: the sentence
  // still says the customer was told). Raising a matter with someone else ("I've raised it with the warehouse too") is
  // an action, not a reminder, so only a telling to the customer counts.
  /\band\s+(?:again\s+|also\s+)?(?:in|on)\s+(?:my|our)\s+(?:last\s+|previous\s+|earlier\s+|first\s+)?(?:reply|email|e-mail|message|letter|call|note|response)\b/iu,
  /\b(?:raised|mentioned|explained|flagged|pointed\s+out)\s+(?:it|this|that)?\s*(?:to|with)\s+(?:you|your\s+[\p{L}-]+)\b[^.!?]{0,40}?\b(?:as\s+well|too|before|already|previously)\b/iu,
  /\btold\s+you\s+(?:this\s+|that\s+|so\s+)?(?:before|already|previously|as\s+well|too)\b/iu,
  /\bin\s+(?:the|my|our)\s+(?:last|previous|earlier)\s+(?:two|three|four|few|several|\d+)\s+(?:reminders|emails|e-mails|messages|replies|letters|calls)\b/iu,
  // "One does the job." left alone once "and sending more just bumps you back" went. The starter's stop-chasing-us
  // reads the bare words as blame too, so there this only doubles its "still blames"; a team rulebook that keeps
  // only "one email is enough" would not, and the customer still reads the brush-off.
  /^\s*(?:one|a\s+single)\s+(?:is\s+(?:plenty|enough)|does\s+the\s+job|will\s+do)\s*[.!]?\s*$/iu,
  // A queue rule left as the whole answer once the "chasing won't help" went: "we answer DMs in the order they come
  // in.", "and we work through them in order." (rounds 46 and 48, awkward for both leads: a curt brush-off to someone
  // still waiting). A queue with a time or a place in it ("…in order, within two days") says something and stays.
  /\b(?:we|I)\s+(?:answer|reply\s+to|respond\s+to|work\s+through|deal\s+with|go\s+through|handle|get\s+to)\s+(?:them|these|those|(?:all\s+)?(?:messages|emails|e-mails|DMs|tickets|requests|queries|enquiries|inquiries|calls|posts|comments))\s+in\s+(?:the\s+)?(?:order|turn)(?:\s+(?:they|it)\s+(?:come|came|arrive|arrived|land|landed|reach\s+us)(?:\s+in)?)?\s*[.!]?\s*$/iu,
];

/** Does the sentence a click leaves still reproach the customer somewhere? */
export function keepsReproach(sentence: string): boolean {
  return SENTENCE_REPROACH.some((re) => re.test(sentence));
}

const CLAUSE_EDGE = /[,;:–—]/u;

/**
 * Does the clause the rewrite changed still carry the tone its cut meant to remove? Only that clause is read (from the
 * clause edge before the change to the one after it, and the neighbouring clause where the cut sat at a clause edge):
 * tone elsewhere in the sentence is the agent's own wording, which another finding may address, not something this
 * click claims to fix.
 */
export function leavesTone(sentence: string, from: number, to: number): boolean {
  let start = Math.min(from, sentence.length);
  const toEdge = () => {
    while (start > 0 && !CLAUSE_EDGE.test(sentence[start - 1] as string)) start--;
  };
  toEdge();
  // A clause cut between two clauses changed both of their neighbourhoods: the one before it is read too.
  if (start > 0 && sentence.slice(start, from).trim() === '') {
    start--;
    toEdge();
  }
  let end = Math.max(to, start);
  const toNextEdge = () => {
    while (end < sentence.length && !CLAUSE_EDGE.test(sentence[end] as string)) end++;
  };
  toNextEdge();
  // …and so is the one after it, when the cut ended a clause: "…our Product team ~~rather than Support~~, so I can't
  // really speak to why" (round 13, read as awkward by two leads).
  if (end < sentence.length && sentence.slice(Math.max(to, start), end).trim() === '') {
    end++;
    toNextEdge();
  }
  const clause = sentence.slice(start, end);
  return LEFTOVER_TONE.some((re) => re.test(clause));
}
