import { re } from './cues.ts';

/**
 * More shapes of a concrete next step (issue 10, item 5), each a phrase family with its grammar. next-step.ts decides
 * when each one counts (vague closings and negated clauses still win).
 */

// "If you send me a screenshot, I'll pass it on", "if you reply with your mileage, I'll re-quote": a condition that asks
// the customer to hand something over or take one step is a request. "If you need anything" is not: the verbs here
// are things to do, not needs.
export const CONDITIONAL_REQUEST = re(
  String.raw`\bif\s+you\s+(?:can\s+|could\s+)?(?:just\s+|please\s+|kindly\s+)?(?:send|reply|respond|share|forward|upload|attach|email|e-mail|provide|dm|message|text|let\s+(?:me|us)\s+have|pop|drop|pay|bring|book|call|ring|phone|visit|head|go\s+to|pop\s+into|log\s+in|sign\s+in|fill\s+in|complete|confirm|screenshot|take\s+a\s+(?:photo|picture|screenshot))\b`,
);

// An action under way, said in the present: "we're moving you to a suite tonight", "I'm sending a new card". The
// verbs move the case on; "we're looking into it" and "we're working on it" are not here (they are vague).
export const ACTION_UNDER_WAY = re(
  String.raw`\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:now\s+|also\s+|just\s+|currently\s+)?(?:moving|sending|re-?sending|refunding|booking|re-?booking|upgrading|replacing|crediting|issuing|calling|ringing|emailing|arranging|dispatching|shipping|cancell?ing|processing|adding|applying|waiving|transferring|switching|posting|couriering|extending|reinstating|reactivating|covering|rescheduling|refunding|reversing|sorting\s+out|setting\s+up|putting|topping\s+up|swapping|exchanging|upgrading|comping)\b`,
);

// Someone or something is on the way, by distance or time: "your rider is 5 minutes away", "the engineer is two
// stops away".
export const ON_THE_WAY = re(
  String.raw`\b(?:is|are|'s|'re)\s+(?:only\s+|just\s+|about\s+|around\s+)?(?:\d+|a\s+few|a\s+couple\s+of|one|two|three|five|ten|twenty)\s+(?:minutes?|mins?|hours?|stops?|miles?|km)\s+away\b`,
);

// Please/kindly/simply with any verb is an instruction ("Simply batch your requests", "kindly revert to our email"),
// except the polite phrases that ask for nothing ("please be patient", "please note", "please accept our apologies") and
// the ways of saying "come back to us", which count only when they ask for something specific (next-step.ts).
export const POLITE_IMPERATIVE = re(
  String.raw`(?:^|[,;:]\s*|\b(?:and|then|so)\s+)(?:please|kindly|simply)\s+(?:just\s+|do\s+)?(?!(?:wait|just|be|feel|note|bear|accept|rest|know|understand|let|keep|loop|reach|contact|get|come\s+back|write\s+back|ask|assist|help|dont|don't|do|stay|enjoy|have|hold|allow|forgive|excuse|consider|remember|find|see|share\s+(?:any|your\s+(?:feedback|thoughts))|accept|advise)\b)[a-z]{3,}\b`,
);

// Where a setting lives: "it's under 'Manage contract'", "you'll find it in the app under SIM settings". The place is
// named (quoted or capitalised), so "it is under review" is not one; case matters, hence the spelled-out capitals.
export const FOUND_UNDER = re(
  String.raw`\b(?:[Ii]t's|[Ii]t\s+is|[Tt]hey're|[Tt]hey\s+are|(?:[Yy]ou'll|[Yy]ou\s+will|[Yy]ou\s+can|[Yy]ou\s+should)\s+find\s+(?:it|them|this|that|the\s+\w+))\s+(?:\w+\s+){0,5}?(?:under|in\s+the|on\s+the)\s+(?:[\x27‘’"“]\s*[\p{L}\p{N}]|\p{Lu})`,
  'u',
);

// A question at the end of a sentence that opens with something else: "Hi Sam, apologies for the wait, are you still
// unable to log in?"
export const TRAILING_QUESTION = re(
  String.raw`[,;]\s*(?:(?:are|were|did|do|have|can|could|would|will)\s+you|(?:is|was|has|does)\s+(?:it|the|your|this|that))\b[^?,;]{4,}\?`,
);
