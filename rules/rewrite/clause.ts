import { HELLO } from '../text/letter-lines.ts';
import { countWords } from '../text/words.ts';
import { lowerCommonStart, TITLE } from './fit.ts';
import { LEADING_HANDLES } from './handles.ts';

/**
 * The sentence without the clause that carries the blame: the `{others}` slot of a rewrite template.
 *
 * Many blame phrases cannot be swapped for kinder words on their own ("so I'd question whether anyone was in",
 * "which you accepted at checkout", "Sending more will not speed up the review"); what a lead does is drop the clause
 * and keep the facts around it. A clause here runs between clause joins: a comma before a joining word (", and",
 * ", so", ", which"), a semicolon or dash, a comma before a new subject, or a subordinating word ("if", "unless").
 * A clause that depends on the dropped one ("…, because the photo shows…", "…, which the system doesn't support")
 * goes with it; a clause that stands on its own (", so the fee was applied") stays.
 */

// Joins before a clause. The joining word goes with the clause it opens.
// A bare " so we" is a purpose ("call us so we can note it"), not a clause of its own.
const COORDINATE = /^(?:\s*,\s+(?:and|but|so|yet)\s+|\s*;\s*|\s+[–—-]\s+|,\s+|\s+(?:and|but)\s+)$/iu;
const JOIN =
  /(\s*,\s+(?:and|but|so|because|since|which|who|as|while|although|though|whereas|yet)\s+|\s*;\s*|\s+[–—-]\s+|,\s+(?=(?:it['’]s|that['’]s|there['’]s|they|we|I|he|she|this|there|no need)\s)|\s+(?:if|unless|because|since|so)\s+(?=(?:you|we|I|they|he|she|it|there|that)\b)|\s+(?:and|but|so)\s+(?=(?:I|we|they|it['’]s|that['’]s|there['’]s|there is|it is|that is)\s))/giu;

// A sentence that opens with a subordinate clause ("If you had checked …, this would have …"): its first comma
// closes that clause, and what follows depends on it, so the comma is no join.
const OPENS_SUBORDINATE =
  /^[\s"'“‘(]*(?:if|unless|had|as|since|when|although|though|while|because|given|considering|whether)\b/i;

const END_PUNCT = /[.!?…]+["'”’)]*\s*$/u;

// What is left, starting the sentence now: its first letter in upper case where it is one (quotes stay as they are,
// unlike fit.ts's `capitalise`, which looks past them).
const upperFirst = (text: string): string => text.replace(/^(\p{Ll})/u, (ch) => ch.toUpperCase());

// A request softened with a "just" that leaned on the clause before it ("…, so please just wait").
const JUST_AFTER_PLEASE = /^(please\s+)just\s+(?=\p{L})/iu;
const ONLY_WAIT =
  /^please\s+(?:sit\s+tight|be\s+patient|bear\s+with\s+(?:us|me)|hang\s+(?:on|tight|in\s+there)|hold\s+(?:on|tight|fire)|wait(?:\s+(?:for\s+(?:now|it|us|that)|a\s+(?:bit|little|while)|patiently))?|give\s+(?:us|it)\s+(?:some\s+)?(?:more\s+)?time)$/iu;
const COMPARED_WITH_OTHERS =
  /\b(?:every(?:one|body) else|no(?: |-)?one else|nobody else|thousands|hundreds|millions|most (?:people|customers|users|clients|riders|drivers|guests|members|patients|shoppers|owners|students|parents|passengers|households|travell?ers|buyers|subscribers|of our)|(?:the )?(?:vast )?majority of|other (?:[\p{L}-]+ )?(?:customers|users|people|households|passengers|members|complaints|reports|students|pupils|kids|children|parents|guests|riders|drivers|tenants|families|clients|patients|learners|players|owners|residents|stockists|retailers|shops|stores|dealers|buyers|distributors|venues|growers|farms|schools|businesses|companies))\b/iu;
const SUBORDINATORS = 'if|unless|when|once|because|since|although|though|while';
const SUBORDINATOR_AT_END = new RegExp(`(?:^|[\\s,])(?:${SUBORDINATORS})\\s+$`, 'i');
const SUBORDINATOR_AT_START = new RegExp(`^(?:${SUBORDINATORS})\\s`, 'i');
const REQUEST_OR_OFFER =
  /^(?:please|just|do|could you|can you|would you|I['’]ll|we['’]ll|I will|we will|I can|we can|I['’]ve|we['’]ve|I have|we have)\b/i;

const APOLOGY_OPENING =
  /^[\s"'“‘(]*(?:(?:I['’]m|I am|we['’]re|we are)\s+(?:so\s+|really\s+|very\s+)?sorry|sorry|apologies|(?:I|we)\s+apologi[sz]e)\b/i;

// A hello, or an address that stands for one ("Ma'am, there's no need to shout.": a reader missed the address once the
// sentence went with it).
const GREETING = new RegExp(
  String.raw`^[\s"'“‘(]*(?:${HELLO}|ma['’]am|madam|sir|${TITLE}\.?\s+\p{Lu}[\p{L}'’-]*)(?![\p{L}])`,
  'iu',
);
// The same hello with its name and comma ("Hey Jas, "), kept when a verdict before a colon goes; the guard reads it
// too, for a filler left straight after it.
// A title's full stop belongs to the name ("Dear Mr. Khan, For the second time: …" lost its greeting, round 12).
export const GREETING_LEAD = new RegExp(String.raw`${GREETING.source}(?:\s+${TITLE}\.|[^,.!?:;]){0,40},\s*`, 'iu');
// A name the sentence opens on, as the writer addresses the customer ("Dale, you don't need…"), told apart from a
// capitalised opener by case (no "i" flag) and by the words a sentence often opens on.
const VOCATIVE =
  /^[\s"'“‘(]*(?!(?:Sadly|Honestly|Look|Listen|Again|Yes|No|Sorry|Thanks|Well|Okay|Ok|Sure|Right|Also|Unfortunately|Frankly|Seriously|Actually|Basically|Obviously|Clearly|Firstly|Secondly|Finally|Otherwise|However|Besides|Anyway|Still|Alright|Fine|Now|Please|Hello|Hi|Hey|Dear|Regardless|Nevertheless|Meanwhile|Then|So|But|And|Plus|Normally|Usually|Technically|Personally|Ideally|Luckily|Fortunately|Thankfully|Hopefully|Currently|Today|Tomorrow|Yesterday)\b)\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?,\s+/u;
const PARTY_NAMED = /\b(?:the|your)\s+[\p{L}-]+['’]s?\s/iu;
const THEY = /\b(?:they|them|their|theirs)\b/i;

const REQUEST_OR_REFUSAL =
  /\b(?:please|make sure|can['’]t|cannot|unable|not (?:able|possible|refundable|available|allowed|eligible))\b/iu;

const INFERENCE = /^\s*(?:means|meant|shows|showed|suggests|proves|indicates|tells us)\b/i;

// Who the customer is pointed to: a party ("them", "the merchant you need…") or where a remedy comes from.
const POINTER =
  /\b(?:them|him|her|their|they)\b|\byou(?:['’]ll| will)? (?:need|have) to\b|\bcome from\b|\bthe\s+[\p{L}-]+\s+(?:you|who)\b/iu;

// "us in support", "we on the phones": a "we" that means one team, not the company.
const TEAM_WE = /\b(?:we|us)\s+(?:in|on|at)\s+(?:the\s+)?[\p{L}-]+/iu;

// A thing a clause names, and a later pronoun that may stand for it ("it's" is mostly the empty "it": "it's worth…").
export const NAMES_A_THING = /\b(?:the|our|your|this|that|my|their)\s+\p{L}/iu;
const LEANS_ON_PRONOUN = /\b(?:it(?!['’]s\b)|they|them)\b/iu;
// A "they" or "them" with no plural noun before it in the same words (read loosely: any word of three letters or more
// ending in "s" counts as one, so "this" or "was" lets a pronoun through; the check only ever withholds).
const THEY_WITHOUT_PLURAL = /^(?:(?!\p{L}{2,}s\b)[^.!?])*?\b(?:they|them)\b/iu;
const OPENS_ON_PRONOUN = /^(?:they|them|he|she|it(?!['’]s\b|\s+is\b))\b/iu;
const POINTS_BACK_OPENING = /^(?:that|this)(?:['’]s|\s+(?:is|was|means|would\s+be|will\s+be))\b/iu;
const REFERENTIAL_ITS =
  /^it['’]s\s+(?!(?:worth|best|a\s+good|possible|likely|unlikely|time|important|easi|quick|probably|been|also|not\s+(?:possible|likely)|fine|ok|okay|up\s+to|down\s+to|with|in\s+(?:the|their|our)|no\s+problem|usually|normally|generally|typically|often|always)\b)/iu;

// A join that makes the clause after it a condition or a reason of the clause before ("so" only says what follows:
// "…, so ~~it's honestly not a big deal~~ — just swab as normal" keeps its "so").
const SUBORDINATING_JOIN = /^\s*,?\s*(?:if|unless|because|since)\s+$/iu;

// Where the reply sends the customer: a clause that says it is their only way on.
const CUSTOMER_ROUTE =
  /\byou(?:['’](?:d|ll)|\s+(?:would|will|may|might))?\s+(?:need|have)\s+to\s+(?:contact|call|ring|phone|email|speak|talk|write|go|take|raise|get\s+in\s+touch|reach\s+out|follow\s+up|chase|apply|claim)\b|\b(?:take|raise)\s+(?:it|this|that|them)\s+(?:up\s+)?with\b|\bto\s+(?:raise|take\s+up)\s+with\b|\ba\s+question\s+for\b/iu;
// A frame that says something can't or won't be done ("the system won't allow us", "we're not able").
const REFUSAL_FRAME =
  /\b(?:(?:won|wouldn|doesn|don|can|couldn)['’]t|(?:will|does|do|could)\s+not|cannot|unable|not\s+(?:able|allowed|permitted|possible))\b/iu;
// …and the action it refuses: "to" and a verb, not a person or a thing ("a surprise to anyone", "to the courier").
const REFUSED_ACTION =
  /^\s*to\s+(?!(?:any|every|some|no)(?:one|body)\b|(?:you|us|me|them|him|her|it|the|a|an|your|our|their|its|my|this|that|these|those|any|all|each|whoever|what|how|where|when|why|which|who)\b)\p{L}/iu;

// Words after a match that are the verb of a relative clause the match sits in ("which I'm sure you know is …").
const AUXILIARY_OPENS =
  /^\s*(?:is|are|was|were|has|have|had|will|would|can|could|should|must|does|do|did|isn['’]t|wasn['’]t)\b/iu;
// A match that ends on a verb of knowing or telling, whose object may follow as a clause of its own.
const KNOWING_ENDS =
  /\b(?:know|knows|knew|known|tell\s+you|aware|realise|realize|understand|appreciate|remember|recall)\s*$/iu;

// What the customer is presumed to know ("I'm sure you know", "you'll know"), unlike an accusation ("you clearly don't
// understand how this works", "I did tell you it would take a week"), which goes whole.
const PRESUMES_YOU_KNOW =
  /\bsure\s+you\b|\byou(?:['’]ll|\s+will|\s+must|\s+would|\s+already|\s+probably|\s+surely)\b|\byou(?:['’]re|\s+are)\s+(?:well\s+)?aware\b/iu;

// A frame about what was said or known ("like I said", "as I told you", "as you know"), and after it, within a few
// words that open no clause of their own ("twice yesterday") and with no comma between, a subject with its verb.
const SAYING_FRAME_ENDS =
  /\b(?:said|say|told(?:\s+you)?|tell\s+you|mentioned|explained|stated|wrote|written|pointed\s+out|know|knew|aware)\s*$/iu;
const OWN_CLAUSE_AFTER =
  /^\s+(?:(?!(?:if|when|whenever|because|since|as|unless|until|so|while|though|although|once|before|after|whether|that|which|who)\b)[\p{L}-]+\s+){0,3}?(?:it|that|this|there|they|he|she|we)(?:['’](?:s|re|ve|ll|d)|\s+(?:is|are|was|were|has|have|had|will|won['’]t|can|can['’]t|cannot|does|doesn['’]t|did|didn['’]t))\s+\p{L}/iu;

/** Words of the dropped clause outside the match: beyond this, the clause carries facts a rewrite must keep. */
const MAX_DROPPED_FACT_WORDS = 6;

interface Join {
  start: number;
  end: number;
  coordinate: boolean;
  /** A dash: what follows may be an aside ("– about 13p a day"), so it never opens a sentence of its own. */
  dash: boolean;
}

function joins(text: string): Join[] {
  const found: Join[] = [];
  const firstComma = OPENS_SUBORDINATE.test(text) ? text.indexOf(',') : -1;
  JOIN.lastIndex = 0;
  for (let m = JOIN.exec(text); m; m = JOIN.exec(text)) {
    if (firstComma >= 0 && m.index <= firstComma && firstComma < m.index + m[0].length) continue;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      coordinate: COORDINATE.test(m[0]),
      dash: /[–—-]/.test(m[0]),
    });
  }
  return found;
}

/**
 * `sentence` without the clause that holds [start, end) (offsets into it), its end punctuation kept; "" when the
 * clause is the whole sentence. Undefined when the clause holds more than the blame (facts a rewrite must keep), or
 * what would be left is too short to stand as a clause (a lone "Sadly").
 */
export function withoutClause(
  sentence: string,
  start: number,
  end: number,
  /** Whether a request or refusal in the dropped clause blocks the cut; not for a sentence that is all attitude. */
  keepRequests = true,
): string | undefined {
  // A social reply opens with the customer's @handle, which no clause owns: the clauses are read after it, and it
  // stays. A rewrite that would leave the handle alone is not offered.
  const handles = LEADING_HANDLES.exec(sentence)?.[0] ?? '';
  if (handles) {
    if (start < handles.length) return undefined;
    const rest = withoutClause(
      sentence.slice(handles.length),
      start - handles.length,
      end - handles.length,
      keepRequests,
    );
    return rest ? `${handles}${rest}` : undefined;
  }
  const tail = END_PUNCT.exec(sentence)?.[0] ?? '';
  const punct = tail.trim();
  const body = sentence.slice(0, sentence.length - tail.length);
  // "Hi Ania, like I said twice yesterday it's the second link, the one…": with no comma after the frame, the clause
  // after it (its own subject and verb) is the answer, and a cut to the next comma would take it.
  if (
    SAYING_FRAME_ENDS.test(body.slice(start, end)) &&
    OWN_CLAUSE_AFTER.test(body.slice(end).split(/[,;:–—]/u)[0] ?? '')
  )
    return undefined;
  const all = joins(body);
  const aside = withoutAside(body, start, end, all);
  if (aside !== undefined) return `${aside}${punct}`;
  const steps = withoutOpeningVerdict(body, start, end);
  if (steps !== undefined) return `${steps}${punct}`;
  // A reply's @handle or ^signature is no clause: a rewrite that would drop one is not offered.
  if (/(^|\s)[@^][\p{L}\p{N}_]/u.test(body)) return undefined;
  // So is a greeting emoji the sentence splitter left in front ("👋🏽 sadly your problem is…").
  if (/\p{Extended_Pictographic}/u.test(body.slice(0, start))) return undefined;
  const before = all.filter((j) => j.start < start && countWords(body.slice(0, j.start)) >= 3).pop();
  // The clause ends at the next join that opens a clause standing on its own; dependent clauses go with it.
  // A match may end inside the join after it ("You say you chose monthly, but …"): that join still ends its clause.
  const next = all.find((j) => j.start >= end || (j.start > start && j.end >= end));
  let after = next?.coordinate && countWords(body.slice(next.end)) >= 3 ? next : undefined;
  // A relative clause set off by commas (", which you accepted at checkout, state…") ends at its closing comma.
  const relative = before !== undefined && /\b(?:which|who|as)\b/i.test(body.slice(before.start, before.end));
  const close = relative ? body.indexOf(',', end) : -1;
  if (close >= 0 && (!next || close < next.start))
    after = { start: close, end: close + 1, coordinate: false, dash: false };
  const clauseStart = before ? Math.min(before.end, start) : 0;
  const clauseEnd = after ? after.start : body.length;
  const cut = body.slice(clauseStart, clauseEnd);
  const dropped = countWords(cut) - countWords(body.slice(start, end));
  if (dropped > MAX_DROPPED_FACT_WORDS) return undefined;
  // "… that invoices can only be reissued by accounts": a content clause after the blame is a fact to keep.
  const afterMatch = body.slice(end, clauseEnd);
  // Figures, and steps after a colon, are facts the customer needs: never dropped with the blame.
  const outside = body.slice(clauseStart, start) + afterMatch;
  if (/[\p{N}:]/u.test(outside)) return undefined;
  // So are a request and a refusal: the customer needs to know what to do and what was decided. ({drop}, which removes
  // only a sentence that is all tone policing or sarcasm, reads "please keep your tone civil" as part of the scolding.)
  if (keepRequests && REQUEST_OR_REFUSAL.test(outside)) return undefined;
  // "…, and the system won't allow us to add one after dispatch": what the blame's frame says can't be done is the
  // decision itself, and "…, and breakages in transit are something you'd need to take up with them directly" is the
  // customer's only way on. Readers called both cuts broken.
  if ((REFUSAL_FRAME.test(body.slice(start, end)) && REFUSED_ACTION.test(afterMatch)) || CUSTOMER_ROUTE.test(cut))
    return undefined;
  if (/(^|\s)that\s/i.test(afterMatch) && countWords(afterMatch.replace(/^.*?\bthat\s/is, '')) >= 4) return undefined;
  // The same without its "that": "…, and anyone who's been cutting a while knows the photos show the best face" (round
  // 14: the cut took the fact with the presumption, read as awkward by two leads).
  // (Not a sentence that is all blame, which goes whole, nor a relative clause whose verb follows the match: "…, which
  // I'm sure you know is standard under CIS" goes with its presumption.)
  if (
    KNOWING_ENDS.test(body.slice(start, end)) &&
    /^\s+\p{L}/u.test(afterMatch) &&
    !AUXILIARY_OPENS.test(afterMatch) &&
    countWords(afterMatch) >= 3 &&
    // "Everyone knows cheap phones have weak antennas" is a sweeping claim that goes whole; what "you" know is a fact
    // told to the customer, kept ("Honestly, I'm sure you know refunds take five working days" lost its refund time).
    (clauseStart > 0 || clauseEnd < body.length || PRESUMES_YOU_KNOW.test(body.slice(start, end)))
  )
    return undefined;

  // A "because" clause answers the customer's "why" ("The bill went up because you kept using the wrong tariff
  // code"): dropped with the blame, it leaves a bare verdict. A "since" that only props up the blame ("…, since our
  // system doesn't change passwords by itself") may go, unless it carries facts of its own.
  const reason = before ? /^\s*,?\s*(because|since)\s+$/i.exec(body.slice(before.start, before.end))?.[1] : undefined;
  if (reason && (reason.toLowerCase() === 'because' || dropped >= 4)) return undefined;
  // "…, so tracing it is their responsibility" / "…, so it's the merchant you need to go to": in a hand-off, the "so"
  // clause is where the reply says who the customer should turn to. Readers called its removal broken.
  if (before && /\bso\b/i.test(body.slice(before.start, before.end)) && POINTER.test(cut)) return undefined;
  // "Unless you can show otherwise, the fee stands": the clause after an opening condition is the answer, and goes only
  // when the blame reaches into it.
  const opening = OPENS_SUBORDINATE.test(body) ? body.indexOf(',') : -1;
  if (!before && opening >= end && countWords(body.slice(opening)) >= 2) return undefined;

  // "…, which means the code was shared from your end, so this was not a breach": the conclusion after the cut rests
  // on the inference the cut takes away, and would follow from the bare fact instead.
  if (
    relative &&
    INFERENCE.test(body.slice(before?.end ?? 0)) &&
    after &&
    /\bso\b/i.test(body.slice(after.start, after.end))
  )
    return undefined;
  // "I'm happy to go through the figures, but please, ~~there's no need for all the capitals~~": the "but please" asked
  // for what the cut removes, and left behind it reads "…, but please." (two leads called that broken, round 10). So did
  // a bare one: "Hi Claire, Please, ~~there's no need to email every few days~~, we are replying…" (round 21).
  const left = before ? withoutLeaningPlease(body.slice(0, before.start).replace(/[\s,;:]+$/u, '')) : '';
  // "…, which you'd have known if you'd read the page": a conditional is not left without its condition.
  const beforeJoin = before ? body.slice(before.start, before.end) : '';
  if (/^\s+(?:if|unless)\s/i.test(beforeJoin) && /\b(?:would|could|might)(?:n['’]t)? have\b|['’]d have\b/i.test(left))
    return undefined;
  // "…they won't leave the track unless they're being slammed": without its "unless", the main clause says the
  // opposite of what happened (the doors do come off).
  if (/^\s+unless\s/i.test(beforeJoin)) return undefined;
  let right = after ? body.slice(after.end).replace(/^[\s,;:]+/u, '') : '';
  // Whether what is left after the cut was joined to it by "so", and so drew its conclusion from it.
  const joinedBySo = after !== undefined && /\bso\b/i.test(body.slice(after.start, after.end));
  // "Hi, no need for the attitude…", "Hello, please there is no need to shout at us, we are trying to help": a clause
  // that opens the sentence goes only with the reply's hello, so it stays.
  if (!left && GREETING.test(body.slice(0, start))) return undefined;
  // The same where the hello is long enough to read as a clause ("Dear Ms Okafor, ~~There's no need to chase this every
  // day; it will be done when it's done~~."): cut to "Dear Ms Okafor." the hello would end in a full stop.
  if (!right && isGreetingOnly(left)) return undefined;
  if (!left && !right) return '';
  // "that's the promoter's call not ours, we just sell the tix … once they confirm": the cut clause named the party
  // a "they" in what is left points at.
  if (PARTY_NAMED.test(cut) && THEY.test(`${left} ${right}`)) return undefined;
  // A main clause dropped after its condition leaves the condition hanging ("…, so if they forgot.").
  if (!right && before && /^\s*,\s*$/.test(body.slice(before.start, before.end))) {
    const lastLeftJoin = all.filter((j) => j.end <= before.start).at(-1);
    const join = lastLeftJoin ? body.slice(lastLeftJoin.start, lastLeftJoin.end) : '';
    const clause = body.slice(lastLeftJoin?.end ?? 0, before.start).trimStart();
    if (SUBORDINATOR_AT_END.test(join) || SUBORDINATOR_AT_START.test(clause)) return undefined;
  }
  // A comparison with other customers ("Everyone else on your street uses the same box with no trouble") is the
  // premise of the blame: left on its own it still says the fault is the customer's.
  if (!right && COMPARED_WITH_OTHERS.test(left)) return undefined;
  // "…, and the vast majority of users haven't reported any issues, so it's likely your phone": the "so" conclusion
  // rests on the comparison; without it, it would follow from nothing.
  if (joinedBySo && COMPARED_WITH_OTHERS.test(cut) && !REQUEST_OR_OFFER.test(right)) return undefined;
  if (!left) {
    // "Those terms are non-negotiable, and they require…": "they" would point at nothing once the clause is gone.
    // "…ancient, so of course it's slow" → "Of course it's slow" keeps the sneer.
    if (
      after?.dash ||
      /^(?:they|them|these|those|he|she|it(?!['’]s)|of course|obviously|clearly|surely)\b/iu.test(right)
    )
      return undefined;
    // "~~Honestly it's not up to us in support when features ship~~, we find out the same time you do": the "we" that
    // is left meant the team the cut named, and alone it speaks for the whole company (which now learns of its own
    // releases late; a reader called it misleading).
    if (TEAM_WE.test(cut) && /^(?:we|us|our)\b/iu.test(right)) return undefined;
    // "~~Our map has been used by thousands of visitors…~~, but I appreciate it can take a moment to get used to": an
    // "it" or "they" in what is left stood for the thing the cut clause named.
    // And for an opening "that's" or "this is", which points back at the clause itself ("~~Payments aren't something I
    // deal with in the studio~~, that's our accounts person": a reader read the charges as the accounts person).
    // The same for "them" after a plural the cut named ("~~Rules are rules~~, and the club isn't going to bend them"), and
    // for an opening "it's" that is no empty "it" ("~~you typed your number in wrong~~, it's missing a digit").
    if (
      (NAMES_A_THING.test(cut) && LEANS_ON_PRONOUN.test(right)) ||
      (/\b\p{L}{3,}s\b/u.test(cut) && /\b(?:they|them)\b/iu.test(right)) ||
      // …and after a singular the cut named, with no plural in what is left for the pronoun to take ("~~One email is
      // plenty~~, we do read them": round 39, broken for both leads).
      THEY_WITHOUT_PLURAL.test(right) ||
      REFERENTIAL_ITS.test(right) ||
      POINTS_BACK_OPENING.test(right)
    )
      return undefined;
    // A conclusion drawn from the dropped blame ("…, so dropped calls are to be expected") is a bare verdict without
    // it; only a request or an offer stands on its own ("…, so please wait for the patch notes").
    if (joinedBySo && !REQUEST_OR_OFFER.test(right)) return undefined;
    // The clause opened the sentence: what follows starts it now ("…, so please wait" → "Please wait").
    right = right.replace(/^(?:and|but|so|then)\s+/iu, '');
    // "~~More emails won't make it move any faster~~, so please just keep an eye on the tracking link": the "just" leaned
    // on the reason the cut took, and alone it reads as impatience (round 16, awkward for both leads).
    if (joinedBySo) right = right.replace(JUST_AFTER_PLEASE, '$1');
    // "~~Emailing in every couple of days won't get the part here any quicker~~, so please just sit tight" → "Please sit
    // tight.": an order to wait is all that was left, and alone, to a customer on her fourth email, it reads as curt
    // (round 37, awkward for both leads). The card keeps its advice.
    if (joinedBySo && ONLY_WAIT.test(right)) return undefined;
    right = upperFirst(right);
    if (countWords(right) < 3) return undefined;
    // "Dale, ~~you don't need to keep chasing~~, I got both messages": the name the writer opened on stays (round 18, read
    // as curt without it).
    const vocative = VOCATIVE.exec(body.slice(0, start))?.[0];
    if (vocative !== undefined) return `${vocative}${lowerCommonStart(right)}${punct || '.'}`;
    return `${right}${punct || '.'}`;
  }
  // The dropped clause was the question ("…, so what did you expect?"): what is left is a statement.
  // "I'm sorry the screen has cracked, but …": the "but" turned the apology into the answer, so the apology is not
  // left on its own (a reader called the bare apology broken: the refusal after it lost its premise).
  if (!right && /\bbut\b/i.test(beforeJoin) && APOLOGY_OPENING.test(left)) return undefined;
  if (!right) {
    if (countWords(left) < 3) return undefined;
    return `${closedRun(left, beforeJoin)}${punct.replace(/^\?/, '.') || '.'}`;
  }
  // Both sides stay: they are joined as the left side was joined to the dropped clause ("sorry, but … , so the fee
  // was applied" → "sorry, but the fee was applied"), a relative clause's commas closing up around it.
  const leftJoin = before ? body.slice(before.start, before.end) : ' ';
  // "we'd appreciate it if ~~you could keep it respectful~~ — our staff work really hard": the "if" would open the
  // clause after the dash, which was never a condition (a reader read "…it if our staff work really hard" as nonsense).
  // Only a clause joined by "and" or "or" shares the condition or reason with the one that went.
  if (SUBORDINATING_JOIN.test(leftJoin) && !/\b(?:and|or)\b/iu.test(after ? body.slice(after.start, after.end) : ''))
    return undefined;
  // "…iPadOS 15, ~~and frankly that tablet is past it for the new sync engine~~, so that's where the missed syncs are
  // coming from": the "so … that's" pointed back at the clause that went, and now points at the bare fact before it
  // (round 40, broken for both leads).
  if (joinedBySo && POINTS_BACK_OPENING.test(right)) return undefined;
  // "The files open fine on our end, so ~~it'll be that older iPad of yours~~, they just don't cope with PDFs this size":
  // the pronoun that opens what is left stood for what the cut named, and now reads as the clause before it ("they",
  // the files; round 39, broken for both leads).
  if (NAMES_A_THING.test(cut) && OPENS_ON_PRONOUN.test(right)) return undefined;
  const relativeLeft = /\b(?:which|who|as)\b/i.test(leftJoin);
  // A bare comma before the dropped clause gives way to the joining word after it ("…, and the new one is…").
  const bareComma =
    /^\s*,\s*$/.test(leftJoin) && after?.coordinate && /\p{L}/u.test(body.slice(after.start, after.end));
  const joinText =
    !relativeLeft && !bareComma
      ? leftJoin.replace(/^\s+(?=[,;])/u, '')
      : after?.coordinate
        ? body.slice(after.start, after.end).replace(/^\s+(?=[,;])/u, '')
        : /^(?:and|but|so|yet)\b/i.test(right)
          ? ', '
          : ' ';
  return `${left}${joinText}${right}${punct}`;
}

// A clause with its own subject and verb after a bare comma: "…apostilled, the copy you sent is a plain scan".
const CLAUSE_AFTER_COMMA =
  /^(?:the|this|that|these|those|your|our|my|his|her|their|its|it|we|I|you|they|he|she)\b(?:\s+(?!which\b|who\b)[\p{L}\p{N}'’-]+){0,5}?\s+(?:is|are|was|were|has|have|had|will|won['’]t|can|can['’]t|cannot|does|doesn['’]t|did|didn['’]t)\b/iu;

/**
 * The clauses left before a cut of the last of a run ("X, Y, ~~and rules are rules~~"): the "and" that closed the run
 * moves to the comma before, so what is left is "X, and Y", no comma splice (round 38, awkward for both leads). Only
 * where both sides of that comma are clauses with their own verbs; "Sorry for the wait, the copy…" stays as it is.
 */
function closedRun(left: string, droppedJoin: string): string {
  if (!/^\s*,\s*and\s+$/iu.test(droppedJoin)) return left;
  const comma = left.lastIndexOf(', ');
  if (comma < 0) return left;
  const head = left.slice(0, comma);
  const tail = left.slice(comma + 2);
  const body = head.replace(GREETING_LEAD, '');
  if (!CLAUSE_AFTER_COMMA.test(tail) || !FINITE_VERB.test(body) || OPENS_SUBORDINATE.test(body)) return left;
  if (APOLOGY_OPENING.test(body) || /\b(?:and|or)\s*$/iu.test(head)) return left;
  return `${head}, and ${tail}`;
}

/** Whether `text` is nothing but a hello ("Dear Ms Okafor", "Hi Sam"). */
function isGreetingOnly(text: string): boolean {
  return text !== '' && GREETING_LEAD.exec(`${text}, `)?.[0] === `${text}, `;
}

/** What is left before a cut, without a "please" that asked for what the cut removes (see withoutClause). */
function withoutLeaningPlease(left: string): string {
  const joined = left.replace(/[\s,;:]*\b(?:but|and|so)\s+please$/iu, '');
  if (joined !== left) return joined;
  // A bare "please" goes only where it follows the hello; after a request it is that request's own ("I'd ask you to
  // keep it civil, please").
  const bare = left.replace(/[\s,;:]*\bplease$/iu, '');
  return bare === '' || isGreetingOnly(bare) ? bare : left;
}

/**
 * An "as I said" aside: words that open on "as", "like" or "per" ("as I told you on the phone, …", "per my last
 * email, …"), after any punctuation a cut took along. The guard reads it too: such a cut names nothing a later
 * sentence can lean on.
 */
export const OPENS_ON_ASIDE = /^[\s,;:–—]*(?:as|like|per)\s/iu;
const MAX_ASIDE_TAIL_WORDS = 6;
/** A participle phrase about the customer, up to its comma ("having sold wool for as long as you have,"). */
export const CUSTOMER_PARTICIPLE = String.raw`(?:having|being)\s(?=[^,.;:!?]{0,80}\byou)[^,.;:!?]{3,80},`;
const PRESUMPTION_REASON = new RegExp(String.raw`^${CUSTOMER_PARTICIPLE}\s*(?=\p{L})`, 'iu');

/** The sentence body without an opening aside the match starts, or undefined when the match is no such aside. */
function withoutAside(body: string, start: number, end: number, all: Join[]): string | undefined {
  if (!OPENS_ON_ASIDE.test(body.slice(start, end))) return undefined;
  const comma = body.indexOf(',', end);
  if (comma < 0 || countWords(body.slice(end, comma)) > MAX_ASIDE_TAIL_WORDS || /\p{N}/u.test(body.slice(end, comma)))
    return undefined;
  if (all.some((j) => j.start >= end && j.start < comma)) return undefined;
  const before = all.filter((j) => j.start < start).pop();
  // "Hi Paul, as I said in my last two emails, we finish at 4pm": an aside straight after the hello opens the body of
  // the sentence; it goes and the hello stays, as a lead edits it (the hello's comma is no clause join, and "Hi Paul"
  // is no clause to join what is left to).
  const greeting = GREETING_LEAD.exec(body.slice(0, start))?.[0];
  const afterHello = greeting !== undefined && greeting.length === start;
  const opensSentence = body.slice(0, start).trim() === '';
  if (!before && !opensSentence && !afterHello) return undefined;
  // "As you'll appreciate, having sold wool for as long as you have, the November figure was…": the participle gave the
  // presumption its reason and leaned on the customer; left behind, it hangs on the figure (round 25, broken for both
  // leads). It goes with the aside.
  const rest = body
    .slice(comma + 1)
    .replace(/^\s+/u, '')
    .replace(PRESUMPTION_REASON, '');
  if (countWords(rest) < 3) return undefined;
  // An aside written with a capital after a comma ("Dear Chef Moreau, As anyone in the trade knows, truffle…") set
  // what came before apart as its own line: what is left keeps the capital, as the writer set it.
  const cased = /^\p{Lu}/u.test(body.slice(start)) ? upperFirst(rest) : rest;
  if (afterHello) return `${greeting}${cased}`;
  // The aside's own "as" read as a join (", as specified in the listing, and …"): the join goes with the aside, and
  // its opening comma joins what is left ("…DCC-fitted, and will not run").
  if (before && before.end > start) {
    const left = body.slice(0, before.start).replace(/[\s,;:]+$/u, '');
    // "…heat-sensitive and, as stated on the product page, should be…": a joining word before the aside takes no comma;
    // nor does a relative one ("…– which, ~~as anyone doing TPMS will know,~~ is the first option": "which, is" was read
    // as broken by two leads, round 19).
    const joined = /\b(?:and|but|or|so|yet|which|who|whom|whose|where|when)$/iu.test(left)
      ? `${left} ${rest}`
      : `${left}, ${cased}`;
    return countWords(left) >= 3 ? joined : undefined;
  }
  if (opensSentence) return upperFirst(rest);
  const left = body.slice(0, before?.start ?? 0).replace(/[\s,;:]+$/u, '');
  return `${left}${body.slice(before?.start ?? 0, before?.end ?? 0).replace(/^\s+(?=[,;])/u, '')}${cased}`;
}

/** Words of an opening verdict outside the match ("Sure, …", "… with it") that may go with it. */
const MAX_VERDICT_TAIL_WORDS = 5;
const OPENS_WITH_POINTER = /^(?:they|them|these|those|this|that|he|she|it)\b/iu;
const FINITE_VERB =
  /\b(?:is|are|was|were|has|have|had|will|would|can|could|should|must|does|do|did)(?:n['’]t)?\b|\b(?:can['’]t|won['’]t)|[\p{L}]['’](?:s|re|ll|ve|d)\b/iu;
const STEP_OPENING =
  /^(?:(?:just|simply|then|first)\s+)?(?:log|sign|click|tap|go|open|hold|press|select|choose|pick|enter|type|restart|reset|turn|switch|head|visit|use|check|try|add|scroll|find|reply|send|call|email|update|install|plug|unplug|remove|follow|fill|scan|swipe|drag|search|look|download|upload|reboot|clear|delete|copy|paste|save|set|change)\b/iu;

/**
 * "It's honestly not hard to find: log in, click your booking…": a verdict that opens the sentence and ends at a
 * colon goes, and the steps after the colon start the sentence, as a lead rewrites it. Undefined where the match is
 * no such verdict, or what follows the colon leans on it ("…: it's on page 4").
 */
function withoutOpeningVerdict(body: string, start: number, end: number): string | undefined {
  const colon = body.indexOf(':', end);
  if (colon < 0 || !/^:\s/u.test(body.slice(colon))) return undefined;
  const outside = `${body.slice(0, start)} ${body.slice(end, colon)}`;
  if (countWords(outside) > MAX_VERDICT_TAIL_WORDS || /[\p{N};–—]/u.test(outside)) return undefined;
  const steps = body.slice(colon + 1).trim();
  if (countWords(steps) < 3 || OPENS_WITH_POINTER.test(steps)) return undefined;
  // Left on its own, a list of conditions ("good light, no glasses, face in the oval") reads as a fragment; steps that
  // start with what to do, a menu path, or a statement with its verb read as a sentence.
  if (!STEP_OPENING.test(steps) && !/[>→]/u.test(steps) && !FINITE_VERB.test(steps)) return undefined;
  // "Hey Jas, it's about as simple as it gets: just tap…" keeps its hello and the name: "Hey Jas, just tap…" (set 39,
  // read as curt without them).
  // So does a name the writer opened on ("Martín, for the second time this week: operators can't…", round 21).
  const greeting = GREETING_LEAD.exec(body.slice(0, start))?.[0] ?? VOCATIVE.exec(body.slice(0, start))?.[0];
  // A capital after the hello's comma set the hello apart as its own line, as the writer set it.
  if (greeting) return `${greeting}${/^(?!I\b|I['’])\p{Lu}/u.test(body.slice(start)) ? upperFirst(steps) : steps}`;
  return upperFirst(steps);
}

// What may come before a blame that opens its sentence: a reaction or a hedge, nothing the customer needs.
const OPENING_REACTION =
  /^[\s"'“‘(]*(?:(?:ha+|haha+|hmm+|ah|oh|well|look|honestly|frankly|tbh|to be honest|yeah|yes|ok|okay|and|but|however|also|again|plus|i mean|in fairness|to be fair)\b[\s,!.…]*)*$/iu;
// In the rest of the sentence: what a reply must never lose with it (a figure, steps after a colon, a question, an
// apology, a request or refusal, something the agent does or offers, an instruction opening a clause ("– double-check
// them slowly"), a consequence about the account or the thing rather than the customer ("so the policy is priced on
// the higher figure"; "so you've probably skipped a step" and "so the issue is how your job is written" are verdicts
// that go with their blame), a decision ("the fee stands") or advice ("your best bet is to ring them")).
const KEEPS_SOMETHING = new RegExp(
  String.raw`[\p{N}:?]|\b(?:sorry|apologi[sz]e|apologies)\b|${REQUEST_OR_REFUSAL.source}|\b(?:I['’]ll|we['’]ll|I will|we will|I can|we can|I['’]ve|we['’]ve|I have|we have|I['’]m|I am|let me|let us|you can|you could|feel free)\b|[–—;,]\s*(?:just\s+)?(?:double-check|check|try|use|restart|reset|send|call|contact|ring|email|reply|open|click|tap|press|turn|switch|unplug|plug|update|remove|re-?enter|book)\b|\b(?:so|maybe|perhaps)\s+(?:maybe\s+|perhaps\s+|just\s+)?(?:give|try|use|check|double-check|restart|reset|send|call|contact|ring|email|reply|open|click|tap|press|pause|turn|switch|update|book|follow|watch|read|keep|ask|wait|go)\b|\b(?:so|which means|meaning)\s+(?:the|your|our|its|their|this|that|it)\s+(?!(?:issue|problem|fault|cause|trouble|reason|error|mistake|culprit|bottleneck)\b|(?:is|was|'s)\s+(?:on|down\s+to|your|you)\b)[\p{L}'’-]+\s+(?:is|was|are|were|has|have|will|gets?|got|stays?)\b|\b(?:stands|remains|still\s+applies|will\s+(?:remain|stand|apply)|(?:is|are|was|has\s+been|will\s+be)\s+(?:closed|final|declined|refused|rejected|void|cancelled|upheld|non-refundable))\b|\b(?:(?:your|the)\s+best\s+(?:bet|option|way)|I(?:['’]?d|\s+would)\s+(?:suggest|recommend|advise|check|double-check|try|look|start|ask|contact|call|clear|update|restart))\b`,
  'iu',
);
const MAX_SENTENCE_DROP_WORDS = 30;
// In the rest: advice for the customer's side with something to do in it ("so maybe your tappers need to sharpen more
// often with the stone"). Dropped with the comparison, the reply lost its only advice (round 43, read as broken).
const ADVISES_A_STEP =
  /\b(?:you|your\s+[\p{L}-]+|they|the\s+[\p{L}-]+)\s+(?:(?:might|may|could|would)\s+)?(?:need|needs|should|ought)\s+(?:to\s+)?(?:[\p{L}-]+\s+){3}/iu;
// In the rest of the sentence: where the customer can read what was asked of them ("…, as the packing guide asks,
// which is why…"). Dropped with the comparison, it took the only basis of a charge the customer asked about (round
// 42, read as broken by both leads).
const POINTS_TO_A_SOURCE =
  /\b(?:as|per|in|on)\s+(?:the|our|your)\s+(?:[\p{L}-]+\s+){0,2}(?:guide|guidance|guidelines|instructions|manual|handbook|checklist|leaflet|booklet|brochure|FAQs?|T&Cs|terms|conditions|policy|contract|agreement|label|form|website|web\s*site|page|email|letter|notice|sign)\b/iu;
// In the rest: the agent's own guess at a cause the customer can check ("so I'd guess the hours are being entered
// under the wrong child profile"). Dropped with the comparison, it took the reply's only lead, and a later "If it is a
// bug" was left without the first of its two cases (round 48, broken). A guess at what the customer did ("so I'd guess
// you skipped a step") is the verdict itself and may go.
const NAMES_A_LIKELY_CAUSE =
  /\b(?:I(?:['’]d|\s+would)\s+(?:guess|say|suspect)|I\s+(?:suspect|think|reckon|guess)|my\s+guess\s+is|(?:it|this)\s+(?:looks|sounds)\s+like|most\s+likely|chances\s+are)\s+(?:that\s+)?(?!you\b|you['’])/iu;

/**
 * {dropSentence}: whether the whole sentence may go with its blame, conclusion and all. A lead drops a comparison with
 * other customers ("Thousands of people built this wardrobe with the same instructions, so you've probably skipped a
 * step") rather than keep its verdict, since the "so …" that follows rests on it. Only where the blame opens the
 * sentence (after a reaction such as "Ha,") and the rest carries nothing the customer needs.
 */
export function dropsWithItsSentence(sentence: string, start: number, end: number): boolean {
  if (!OPENING_REACTION.test(sentence.slice(0, start))) return false;
  const rest = sentence.slice(end);
  if (
    KEEPS_SOMETHING.test(rest) ||
    POINTS_TO_A_SOURCE.test(rest) ||
    ADVISES_A_STEP.test(rest) ||
    NAMES_A_LIKELY_CAUSE.test(rest) ||
    /(^|\s)[@^][\p{L}\p{N}_]/u.test(rest)
  )
    return false;
  return countWords(sentence) <= MAX_SENTENCE_DROP_WORDS;
}
