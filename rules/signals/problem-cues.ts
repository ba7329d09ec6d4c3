/**
 * More ways real customers tell a problem (issue 10, item 4), as phrase families joined into the problem detector's
 * cue list (customer-problem.ts). Each entry is one family; NEUTRAL there still sets aside the harmless uses.
 */
export const MORE_PROBLEM_CUES: string[] = [
  // Cannot do something, whatever the verb: "unable to activate", "couldn't even eat it". Not the happy idioms, a
  // how-to ("can't figure out how"), or the customer's own plans ("can't travel any more", "can't make it").
  String.raw`\b(?:can'?t|cannot|couldn'?t|unable\s+to)\s+(?:even\s+|seem\s+to\s+|get\s+(?:it|them)\s+to\s+)?(?!wait\b|thank|believe\b|recommend|fault\b|complain|praise|imagine\b|say\s+enough|be\s+happier|stop\s+(?:smiling|laughing)|help\s+(?:but|myself)|figure|work\s+out|decide|choose|remember|travel|make\s+it|attend|come\b|go\b)[a-z]{3,}`,
  // A quality denied: "not fast", "not clear", "never ready", "not selectable", "not allowed".
  String.raw`\b(?:not|never|nowhere\s+near)\s+(?:very\s+|that\s+|so\s+|even\s+)?(?:fast|quick|fair|clear|helpful|ready|available|allowed|selectable|updated|listening|ready\s+to\s+listen|there\s+yet)\b`,
  // How the customer was treated: hung up on, lied to, messed about, shouted at.
  String.raw`\b(?:hung\s+up|lying|liars?|lied|messing\s+(?:up|with|me|us)|messed\s+(?:up|me|us)|screwed\s+(?:up|me|us)|mismanag\w*|flipping\s+out|screaming|shouting|yelling|clueless|dissatisf\w*|pissed|ashamed|spamm\w*\s+(?:me|us|my|our)|fuck\w*|stinker|bloody|damn|runaround|fiasco)\b`,
  // Poor or bad service named as such: "poor network", "really bad reps".
  String.raw`\b(?:poor|bad|lousy|crappy)\s+(?:\w+\s+)?(?:service|network|signal|quality|coverage|connection|reps?|staff|support|experience|security)\b|\blax\b`,
  // Things that did not happen or came without what was ordered: "none of the sauces", "nothing has been updated".
  String.raw`\bnone\s+of\s+(?:the|my|our)\b|\bnothing\s+(?:has\s+|have\s+)?(?:been\s+)?(?:updated|changed|happened|arrived|came|come|done|sorted|fixed)\b|\bmissed\s+(?:the|our|her|his|their)\s+(?:connection|flight|train|bus|appointment|delivery|meeting)\b`,
  // A service stopped or stuck: "standstill", "out of action", "is the system back up?".
  String.raw`\b(?:standstill|out\s+of\s+action|out\s+of\s+order|back\s+(?:up|online)\s*\?)`,
  // Broken promises and being made to chase: "taking back", "it's been months", "already did that weeks ago", "will we
  // have to wait?" (asked; "have to wait until the 8th" alone may be a joke about a trip).
  String.raw`\b(?:taking|took|went|going)\s+back\s+on\b|\b(?:made|are\s+taking)\s+and\s+now\b|\b(?:been|for)\s+(?:months|weeks|ages|years|forever)\b|\balready\s+(?:did|done|tried|sent|reported|rebooted|reinstalled|restarted)\b|\bhave\s+to\s+wait\b[^.!?]*\?`,
  // Calls for action and outrage: "get your act together", "what are you doing about it", "any help here?".
  String.raw`\bget\s+your\s+act\s+together\b|\bwhat\s+(?:are|will)\s+you\s+(?:doing|going\s+to\s+do)\s+about\b|\bdeal\s+with\s+it\b|\bany\s+help\b|\b(?:need|needs|needed)\s+(?:some\s+|urgent\s+)?help\b|\bmake\s+any\s+sense\b|\bwhat(?:'s|\s+is)\s+the\s+reason\b|\bcall\s+this\s+(?:a\s+)?\w+\s*\?|\bstop\s+(?!by\b)\w+ing\b|\binstead\b`,
];
