import { CLAUSE_START, hasTiming, re } from './cues.ts';
import {
  ACTION_UNDER_WAY,
  CONDITIONAL_REQUEST,
  FOUND_UNDER,
  ON_THE_WAY,
  POLITE_IMPERATIVE,
  TRAILING_QUESTION,
} from './next-step-cues.ts';

/**
 * Does the reply tell the customer concretely what happens next? Three shapes count:
 *  1. an instruction or request the customer can act on ("Go to Settings > Team", "please reply with your
 *     order number", "DM us your postcode", "you can switch plans in the app under My Plan");
 *  2. an action the agent took or commits to that moves the case on ("I've refunded the $25",
 *     "I'll call you tomorrow", "we'll rebook you");
 *  3. something that will happen, with a time ("it will clear on Monday", "you'll get an email within the hour").
 * Vague closings ("let us know if you need anything else", "we're looking into it", "hope this helps",
 * "I'll pass your feedback on") are not next steps, even though they sound like one.
 */

// Verbs that start an instruction (imperative). Kept to actions a customer can actually take.
const IMPERATIVE_VERBS = String.raw`(?:go|click|tap|select|open|enter|add|choose|dial|text|send|reply|respond|upload|call|ring|phone|visit|bring|use|update|restart|reboot|reinstall|install|download|hold|press|try|follow|head|log|sign|turn|switch|split|order|give|pop|dm|message|email|e-mail|contact|reach|book|fill|complete|attach|forward|share|confirm|provide|verify|type|set|clear|delete|remove|cancel|change|drop|return|print|scan|submit|tell|schedule|allow|enable|disable|refresh|reconnect|approve|pick|navigate|check|look|find|unplug|plug|reset|resubmit|re-enter|request|apply|come|ask|note|keep\s+an\s+eye|make\s+sure|double-check|see\s+(?:the|our|your|here|below|attached|this)|proceed|revert|top\s+up|disregard|ignore|restore|unfollow|re-?follow|follow\s+up|get\s+in\s+touch|write|discuss|advise|mind\s+clarifying|let\s+(?:us|me)\s+have|talk\s+to|speak\s+(?:to|with)|show|measure|pull|stop|pay|take\s+(?:a\s+(?:photo|picture|screenshot|look\s+at)|it\s+to|them\s+to|your\s+\w+\s+to)|grab|run|scroll|swipe|search|move|put|leave|collect|pick\s+up|post|include|mention|quote|power\s+cycle|wait\s+(?:\d+|until|till|for\s+(?:\d+|the\s+(?:email|text|sms|code|engineer|courier|driver))))`;

const POLITE = String.raw`(?:please\s+|pls\s+|plz\s+|kindly\s+|just\s+|simply\s+|do\s+|then\s+)*`;

const INSTRUCTION = re(`${CLAUSE_START}${POLITE}${IMPERATIVE_VERBS}\\b(?!\\s+(?:free|forward\\s+to|it\\s+out))`);

// "Let us know ..." is a next step only when it asks for something specific.
const LET_US_KNOW = re(
  String.raw`\b(?:let\s+(?:us|me)\s+know|reach\s+out|get\s+in\s+touch|contact\s+us|drop\s+us\s+a\s+line)\b`,
);
const SPECIFIC_ASK = re(
  String.raw`\b(?:let\s+(?:us|me)\s+know|tell\s+us)\s+(?:your|the|which|what|when|where|whether|how\s+(?:many|much|long)|if\s+(?:it|this|that|the|you\s+(?:still\s+)?(?:have\s+not|haven't|don't|do\s+not|didn't|can't|cannot|see|get|notice|receive))|once|as\s+soon\s+as)`,
);
const VAGUE_CLOSING = re(
  String.raw`\b(?:(?<!like\s)anything\s+else|any\s+(?:other|further|more)\s+(?:questions?|concerns?|help|issues?|assistance)|further\s+assistance|give\s+us\s+a\s+(?:shout|nudge|holler|call\s+if)|if\s+anything\s+(?:comes\s+up|else)|always\s+a\s+dm\s+away|if\s+you\s+have\s+(?:any\s+)?(?:questions|concerns)|if\s+(?:there\s+is|there's)\s+(?:anything|something)|if\s+you\s+(?:need|have)\s+(?:any|anything|more|further)|if\s+there(?:'s|\s+is)\s+anything|feel\s+free|happy\s+to\s+help|here\s+(?:to\s+help|if\s+you\s+need))`,
);

// Requests phrased as questions: "Could you send us ...", "Can you confirm ...", "Would you mind sharing ...".
const QUESTION_REQUEST = re(
  String.raw`\b(?:could|can|would|will)\s+you\s+(?:please\s+)?(?:${IMPERATIVE_VERBS}|mind\s+\w+ing|double-check)\b`,
);

// Asking for specific details: "What's your order number?", "Which device are you using?", "Have you tried ...?"
const DETAIL_QUESTION = re(
  String.raw`^\s*(?:(?:and|also|so)\s+)?(?:what(?:'s|\s+is|\s+was)\s+(?:your|the)\s+\w+|which\s+\w+|have\s+you\s+(?:tried|contacted|checked|received|restarted|updated|reached)|did\s+you\s+(?:receive|get|try)|are\s+you\s+(?:using|seeing|able)|is\s+(?:this|it)\s+(?:happening|showing)|do\s+you\s+(?:see|have\s+(?:the|your|an?)))\b[^?]*\?`,
);

// "you can switch plans in the app under My Plan": an option with a place to do it.
const ABLE_TO_WITH_PLACE = re(
  String.raw`\b(?:you\s+can|you(?:'ll|\s+will)?\s+(?:need|want|have)\s+to|you\s+(?:may|might)\s+(?:want|need)\s+to|you(?:'ll|\s+will)\s+be\s+able\s+to|the\s+(?:best|quickest|fastest)\s+way\s+is\s+to|your\s+best\s+bet\s+is\s+to)\s+(?!calm\b|relax\b|be\s+patient\b|wait\b)\w+`,
);
const PLACE = re(
  String.raw`\b(?:in|under|at|from|via|on|through|using|with|into|by)\s+(?:the\s+|your\s+|our\s+)?(?:app|website|site|account|settings|portal|dashboard|page|link|form|menu|tab|profile|store|branch|shop|desk|counter|checkout|booking|manage\s+booking|phone|chat|email|[\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+)*)|https?://|\b\w+\.(?:com|io|co|org|net|app)\b|\s>\s|@\w`,
);

// "Settings > Team > Invite": a menu path is a concrete instruction on its own.
const MENU_PATH = /[\p{L}\p{N})]\s*>\s*[\p{Lu}\p{N}]/u;

// The agent acted ("I've refunded", "we have booked") or commits to act ("I'll call you", "we will send").
const DONE_ACTIONS = String.raw`(?:adjusted|amended|pulled|swapped|renewed|marked|re-?enrolled|enrolled|registered|granted|refunded|issued|sent|re-?sent|booked|re-?booked|scheduled|arranged|opened|created|raised|escalated|blocked|unblocked|cancell?ed|reversed|waived|applied|credited|added|dispatched|shipped|restored|reset|contacted|called|emailed|asked|put|submitted|filed|started|changed|updated|corrected|fixed|reinstated|processed|removed|unlocked|extended|upgraded|ordered|requested|re-?activated|activated|enabled|disabled|refilled|replaced|attached|approved|released|flagged|reported|logged|organi[sz]ed|set\s+up|taken|given|moved|merged|paused|resumed|initiated|lodged|posted|placed|matched|noted|sorted|upgraded|transferred|redelivered|rescheduled|authori[sz]ed|cleared)`;
const DID_ACTION = re(
  String.raw`\b(?:i|we)(?:'ve|\s+have|'ve\s+just|\s+have\s+just|\s+just|\s+already|'ve\s+already|\s+have\s+already|\s+also|'ve\s+also|\s+have\s+also)\s+(?:\w+ly\s+|now\s+)?${DONE_ACTIONS}\b`,
);
const WILL_ACTIONS = String.raw`(?:get\s+(?:an?\s+|the\s+|our\s+|someone\s+)?(?:\w+\s+){0,2}(?:out|round|over)\b|pop\s+(?:round|over|by|in)|call|ring|phone|email|e-mail|text|message|send|re-?send|refund|ship|dispatch|re-?book|book|schedule|credit|replace|cancel|reset|unblock|unlock|switch|waive|match|issue|process|arrange|contact|follow\s+up|update\s+you|get\s+back\s+to\s+you|reach\s+out|be\s+in\s+(?:touch|contact)|check\s+(?:it|this|that|your|the|and)|investigate|look\s+into\s+(?:a|the|your)\s+(?:refund|replacement|credit|order|account)|take\s+a\s+look|escalate|fix|repair|collect|deliver|reactivate|restore|review|confirm|let\s+you\s+know|keep\s+you\s+(?:posted|updated|informed)|notify\s+you|add|apply|open|raise|pick\s+(?:it|them)\s+up|come|visit|ring\s+you\s+back|call\s+you\s+back|handle|sort|transfer|reach|assist|provide|give\s+you|share|inform\s+you|walk\s+you|guide\s+you|help\s+you\s+(?:with|set|get|to))`;
// Someone other than the customer will act: "I'll call you", "our billing team will email you", "they will follow up".
const WILL_ACTION = re(
  String.raw`\b(\w+)(?:'ll|\s+will|\s+shall|\s+(?:am|are|is)\s+going\s+to|'m\s+going\s+to|'re\s+going\s+to|\s+can|(?:\s+would|'d|'ll|\s+will)\s+be\s+(?:happy|glad|able|delighted)\s+to|(?:\s+would|'d)\s+(?:like|love)\s+to)\s+(?:\w+ly\s+|also\s+|then\s+|now\s+|personally\s+|gladly\s+)*${WILL_ACTIONS}\b`,
  'giu',
);
const willActionBySomeoneElse = (sentence: string): boolean => {
  WILL_ACTION.lastIndex = 0;
  for (let m = WILL_ACTION.exec(sentence); m; m = WILL_ACTION.exec(sentence)) {
    if (!/^(?:you|it|this|that|which)$/i.test(m[1] ?? '')) return true;
  }
  return false;
};
const RECOMMEND = re(
  String.raw`\b(?:i|we)(?:'d|\s+would)?\s+(?:(?:strongly|highly)\s+)?(?:recommend|suggest|advise|request|encourage|urge)\w*\b`,
);
const YOU_NEED_TO = re(
  String.raw`\b(?:you|he|she)(?:(?:'ll|\s+will|\s+would|'d|\s+may|\s+can|\s+might)\s+(?:(?:also|first|still|always)\s+)?(?:(?:need|have|want)\s+to\s+)?|\s+(?:(?:also|first|just|will\s+)\s*)?(?:need|have)\s+to\s+|\s+(?:must|should)\s+(?!have\b))(?:first\s+)?${IMPERATIVE_VERBS}\b`,
);
// "I'll need the last row of digits on your receipt": the agent asks for something specific.
const NEED_FROM_CUSTOMER = re(
  String.raw`\b(?:i|we)(?:'ll|\s+will|'d|\s+would)?\s+(?:just\s+)?need\s+(?:the|your|a|an|you\s+to|some|to\s+(?:see|get|know|have|confirm|verify))\b`,
);
// A link offered as the way forward ("Follow the steps here: https://…"), not a link dropped after a joke.
// A bare domain is read from the start of its token only: started anywhere inside "a.b.c.d…" it would re-read the
// rest of the token from every dot (quadratic on hostile text).
const LINK =
  /https?:\/\/\S+|\bwww\.\S+|(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:com|co\.uk|org|net|io|app|help|support|gov|edu|uk)(?:\/\S*)?(?=[\s,;)]|$)|(?<![\w.-])[\w-]+(?:\.[\w-]+)+\/[\w/-]+/iu;
const LINK_AS_NEXT_STEP = re(
  String.raw`\b(?:here|this\s+link|the\s+link|below|steps|click|follow|check|write|contact|report|get\s+in\s+touch|reach\s+out|help|helps|workaround|look\s+into|investigate|guide|instructions|form|fill|submit|request|claim|listed|apply|sign\s+up|register|download|update)\b`,
);
const IF_YOU_NEED = re(String.raw`(?:,\s*)?\bif\s+you\s+(?:need|want|'d\s+like|would\s+like)\b[^.!?]*$`);
// Direct messages are where most social-media support continues: "DM us", "sent you a DM", "see you in DM".
const DIRECT_MESSAGE = re(String.raw`\b(?:DM|DMs|direct\s+message|private\s+message|PM)\b`);
// A question put to the customer asks for something specific: "Which device are you using?"
const QUESTION_TO_CUSTOMER = re(
  String.raw`^\s*(?:(?:ok(?:ay)?|so|and|also|just|thanks|hi|hey|hello)[\s,!\-\u2013]+(?:\w+[,!]\s*)?)?(?:(?:just\s+)?to\s+(?:verify|confirm|check),?\s+)?(?:do|does|did|are|is|was|were|have|has|had|can|could|would|will|may|what|which|when|where|how|who|whose|any|roughly)\b[^?]{6,}\?`,
);
const VAGUE_QUESTION = re(
  String.raw`\b(?:anything\s+else|how\s+(?:can|may|could)\s+(?:i|we)\s+(?:help|assist|fix|make)|what\s+can\s+(?:i|we)\s+do(?:\s+to\s+help)?|(?:more|additional|further|some)\s+(?:info|information|details)|tell\s+us\s+more|what(?:'s|\s+is)\s+(?:going\s+on|happening)|what\s+(?:happened|went\s+wrong|(?:exactly\s+)?(?:is|was)\s+the\s+(?:issue|problem))|is\s+there\s+(?:something|anything)|have\s+you\s+had\s+an\s+issue|can\s+(?:i|we)\s+help\s+(?:you\s+)?with\s+anything|is\s+there\s+anything|any\s+(?:other|more|further)\s+questions)\b`,
);

// Promises that only sound like action.
const VAGUE_PROMISE = re(
  String.raw`\b(?:pass|passed|forward|forwarded|share|shared|send|sent)\s+(?:this|your|the|that|these)\s+(?:feedback|comments?|suggestions?|thoughts?|request|idea)s?\b|\b(?:pass|passed)\s+(?:it|this|that)\s+(?:on|along)\b|\bkeep\s+(?:it|this|that)\s+in\s+mind\b|\btake\s+(?:it|this|that|your\s+feedback)\s+on\s+board\b|\bin\s+due\s+course\b|\bas\s+soon\s+as\s+(?:possible|we\s+can|they\s+can|i\s+can|we\s+(?:have|hear|get|know)|they\s+(?:have|hear|get|know))\b|\bwhen\s+(?:we|they|i)\s+(?:have|hear|get|know)\s+(?:an?\s+|any\s+|more\s+|some\s+)?(?:update|news|information|more)\b|\bwhen\s+(?:their|our|the)\s+(?:\w+\s+)?(?:schedule|diary|availability)\s+allows\b|\b(?:once|when)\s+(?:there\s+is|there's|we\s+(?:have|hear|know))\s+(?:any\s+)?(?:news|an\s+update|more)\b|\bat\s+some\s+point\b|\beventually\b|\b(?:we(?:'re|\s+are)|team\s+(?:is|are))\s+(?:looking\s+into|working\s+on|aware)`,
);

// A clause that says no: its actions are not done ("so you won't be charged" does not cancel "I've cancelled the order").
const NEGATED_CLAUSE = re(String.raw`\b(?:not|never|cannot|no\s+longer|unable)\b|n't\b`);
// Handing the case on ("I've raised it with billing") moves it only when a time comes with it.
const HANDOFF = re(
  String.raw`\b(?:raised|escalated|passed|forwarded|referred|shared|noted|logged|flagged|reported|asked|added\s+a\s+note|made\s+a\s+note)\b`,
);
// Something set for a time, said without the agent as subject: "your refund is being processed today",
// "an engineer is booked for tomorrow", "we expect supply back by 3pm", "the credit will be added to your next bill".
const PASSIVE_ACTION = re(
  String.raw`\b(?:is|are|'s|'re)\s+(?:now\s+)?(?:coming|visiting|arriving|calling|going\s+live|set\s+for|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight)\b)|\b(?:is|are|'s|'re|has\s+been|have\s+been|'s\s+been|is\s+being|are\s+being|will\s+be|'ll\s+be|is\s+now|are\s+now|now)\s+(?:now\s+|already\s+|just\s+|also\s+|automatically\s+)?(?:${DONE_ACTIONS}|confirmed|booked|due|on\s+(?:its|their|the)\s+way|on\s+site|en\s+route|out\s+for\s+delivery)\b|\b(?:we|i)\s+(?:expect|aim|plan|hope)\s+(?:to\s+have\s+)?\w+`,
);
const CAN_BE_DONE_AT = re(
  String.raw`\bcan\s+be\s+(?:paid|collected|picked\s+up|booked|changed|returned|renewed|topped\s+up)\s+(?:at|in|on|online|by|via|from)\b`,
);
const NEXT_BILL = re(
  String.raw`\b(?:on|to|in)\s+your\s+next\s+(?:bill|statement|invoice)\b|\bfor\s+(?:today|tomorrow|tonight|the\s+\d{1,2}(?:st|nd|rd|th)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\bbetween\s+\d`,
);

// Something happens at a stated time: "it will clear on Monday", "you'll get an email within the hour".
const WILL_HAPPEN = re(
  String.raw`\b(?:will|'ll|should|is\s+due\s+to|are\s+due\s+to|is\s+scheduled\s+to|is\s+expected\s+to|usually|typically|normally)\s+(?:\w+\s+)?(?:be\s+)?(?:show|appear|arrive|clear|resume|ship|go\s+live|move|update|switch|reach|land|refresh|return|reflect|process|processed|credited|refunded|delivered|dispatched|back|ready|restored|active|visible|available|fixed|resolved|sent|emailed|contacted|in\s+touch|notified|issued|applied|corrected|replaced|reactivated|rebooked|released|repaired|collected|posted|confirmed|done|completed|ready|complete)\b`,
);
const YOU_RECEIVE = re(
  String.raw`\byou(?:'ll|\s+will|\s+should|\s+can\s+expect\s+to|\s+are\s+going\s+to)\s+(?:\w+ly\s+)?(?:receive|get|see|hear|be\s+(?:contacted|notified|refunded|credited|emailed|sent))\b`,
);
const PRESENT_WITH_TIME = re(
  String.raw`\b(?:going\s+live|arrives?|ships?|moves?\s+over|takes?|resumes?|goes\s+live|updates?|opens?|is\s+due|are\s+due|clears?|refreshes)\b`,
);

export interface NextStepEvidence {
  sentence: number;
  kind: 'instruction' | 'request' | 'agent-action' | 'scheduled' | 'menu-path';
}

export function findNextStep(sentences: string[]): NextStepEvidence | null {
  for (let i = 0; i < sentences.length; i++) {
    for (const part of splitAtLinks(sentences[i] as string)) {
      const kind = classifyRemembered(part);
      if (kind) return { sentence: i, kind };
    }
  }
  return null;
}

/**
 * A reply with no next step is read to its end on every check, and a check runs on every pause in typing: what a
 * sentence holds is remembered, and the memory is dropped whole once it outgrows a long reply's worth.
 */
const KINDS = new Map<string, NextStepEvidence['kind'] | null>();
const MAX_KINDS = 2000;
function classifyRemembered(sentence: string): NextStepEvidence['kind'] | null {
  const known = KINDS.get(sentence);
  if (known !== undefined) return known;
  if (KINDS.size >= MAX_KINDS) KINDS.clear();
  const kind = classify(sentence);
  KINDS.set(sentence, kind);
  return kind;
}

export const detectNextStep = (sentences: string[]): boolean => findNextStep(sentences) !== null;

// A link or bare domain ends a sentence even without a full stop: "Reset it at example.com/reset Let us know…".
// A link starts after a space, a bracket or a quote, never inside a longer run of non-spaces: tried at every position
// of "www.www.www…" or "a-a-a-…" (a pasted log), each try would rescan the rest of the run.
const LINK_THEN_SENTENCE =
  /(?:(?<![^\s(<["'“‘])(?:https?:\/\/\S+|www\.\S+|[\w-]+\.(?:com|co\.uk|org|net|io|app|help)(?:\/\S*)?)|\p{Extended_Pictographic}\uFE0F?)[ \t]+(?=\p{Lu})/gu;
function splitAtLinks(sentence: string): string[] {
  const parts: string[] = [];
  let from = 0;
  LINK_THEN_SENTENCE.lastIndex = 0;
  for (let m = LINK_THEN_SENTENCE.exec(sentence); m; m = LINK_THEN_SENTENCE.exec(sentence)) {
    const end = m.index + m[0].length;
    parts.push(sentence.slice(from, end));
    from = end;
  }
  parts.push(sentence.slice(from));
  return parts;
}

// Clause boundaries: punctuation, and the conjunctions that join two actions or an action and its consequence.
const CLAUSE_BREAK = re(
  String.raw`[,;:()\u2013\u2014]|\s-\s|\b(?:but|so|because|while|although|though|if|unless|otherwise)\b`,
  'giu',
);
const clausesOf = (sentence: string): string[] =>
  sentence
    .split(CLAUSE_BREAK)
    .map((c) => c.trim())
    .filter((c) => c !== '');

function classify(sentence: string): NextStepEvidence['kind'] | null {
  const vagueClosing = VAGUE_CLOSING.test(sentence);
  const vagueQuestion = VAGUE_QUESTION.test(sentence);
  if (LET_US_KNOW.test(sentence) && SPECIFIC_ASK.test(sentence) && !vagueClosing && !vagueQuestion) return 'request';
  if (QUESTION_REQUEST.test(sentence) && !vagueClosing && !vagueQuestion) return 'request';
  if (DETAIL_QUESTION.test(sentence)) return 'request';
  if (MENU_PATH.test(sentence)) return 'menu-path';
  if (DIRECT_MESSAGE.test(sentence) && !vagueClosing) return 'request';
  if ((QUESTION_TO_CUSTOMER.test(sentence) || TRAILING_QUESTION.test(sentence)) && !vagueQuestion) return 'request';
  if (CONDITIONAL_REQUEST.test(sentence)) return 'request';
  if (FOUND_UNDER.test(sentence)) return 'instruction';
  if (ON_THE_WAY.test(sentence)) return 'scheduled';
  if (NEED_FROM_CUSTOMER.test(sentence)) return 'request';
  // "if you need more" at the end is a condition on the offer, not a vague closing in place of it.
  const offer = sentence.replace(IF_YOU_NEED, '');
  const vagueOffer = VAGUE_CLOSING.test(offer);
  if (LINK.test(sentence) && LINK_AS_NEXT_STEP.test(offer) && !vagueOffer) return 'instruction';
  if (ABLE_TO_WITH_PLACE.test(offer) && PLACE.test(offer) && !vagueOffer) return 'instruction';
  const timed = hasTiming(sentence) || NEXT_BILL.test(sentence);
  const question = sentence.includes('?');
  // Each clause is judged on its own: a "won't" or a vague closing in one clause says nothing about the others.
  for (const clause of clausesOf(sentence)) {
    const kind = classifyClause(clause, timed, question);
    if (kind) return kind;
  }
  return null;
}

function classifyClause(clause: string, timed: boolean, question: boolean): NextStepEvidence['kind'] | null {
  if (VAGUE_CLOSING.test(clause) || (question && VAGUE_QUESTION.test(clause)) || isVagueInstruction(clause))
    return null;
  const keepAnEye = /\bkeep\s+an\s+eye\b/i.test(clause);
  if (INSTRUCTION.test(clause) && (!keepAnEye || timed)) return 'instruction';
  if (POLITE_IMPERATIVE.test(clause)) return 'instruction';
  if (RECOMMEND.test(clause) || YOU_NEED_TO.test(clause) || CAN_BE_DONE_AT.test(clause)) return 'instruction';
  if (NEGATED_CLAUSE.test(clause) || VAGUE_PROMISE.test(clause)) return null;
  if (HANDOFF.test(clause) && !timed) return null;
  if (DID_ACTION.test(clause) || willActionBySomeoneElse(clause) || ACTION_UNDER_WAY.test(clause))
    return 'agent-action';
  if (PASSIVE_ACTION.test(clause) && timed) return 'scheduled';
  if (YOU_RECEIVE.test(clause) && !/\bshould\s+have\b/i.test(clause)) return 'scheduled';
  if ((WILL_HAPPEN.test(clause) || PRESENT_WITH_TIME.test(clause)) && timed) return 'scheduled';
  return null;
}

// Imperatives that are pleasantries or calming words, not actions: "Enjoy", "Have a great day", "Rest assured".
function isVagueInstruction(sentence: string): boolean {
  return /\b(?:keep\s+(?:calm|safe|smiling)|rest\s+assured|look\s+forward|see\s+you|take\s+care|have\s+a\s+(?:great|good|nice|lovely)|check\s+back\s+(?:later|soon)|try\s+(?:again\s+)?later|stay\s+tuned|enjoy|bear\s+with\s+us|hang\s+(?:in\s+)?tight|calm\s+down)\b/i.test(
    sentence,
  );
}
