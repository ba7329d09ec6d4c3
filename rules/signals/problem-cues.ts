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
  // What the customer expected against what came: "the invoice says £95 but I was told £70", "but when I came to
  // collect it was only 6ft", "I specifically said".
  String.raw`\b(?:confirmation|invoice|receipt|email|report|ticket|label|bill|statement|website|listing)\s+(?:\w+\s+)?(?:says|said|lists|listed|shows|showed|states|has)\b[^.!?]{0,60}\bbut\b|\bbut\s+(?:the|my|your|our)\s+(?:\w+\s+)?(?:confirmation|invoice|receipt|email|report|ticket|label|bill|statement)\s+(?:says|lists|shows|states)\b|\bbut\s+when\s+(?:I|we)\s+(?:came|arrived|went|got\s+there|got\s+home|opened|collected|picked|turned\s+up|checked)\b|\b(?:I|we)\s+(?:was|were)\s+told\b|\bspecifically\s+(?:said|asked|requested|told|mentioned|wrote|ordered)\b`,
  // The state things were left in after the service: "gone out of tune again three weeks after your visit" (only after
  // yours: "how often after the repair?" is a question), "came back with a faded patch", "came home noticeably
  // thinner", "came out a completely different colour".
  String.raw`\b(?:after|since)\s+(?:your|you)\s+(?:\w+\s+)?(?:visit|repair|service|fitting|tuning|clean|cleaning|sweep|installation|install|treatment|session|appointment|groom|grooming|stay|lesson|alteration|alterations|restoration)\b|\b(?:came|come|comes|got|was\s+sent)\s+(?:back|home|out)\s+(?:with\b|a\s+(?:completely\s+|totally\s+|very\s+)?different\b|(?:noticeably\s+|much\s+|a\s+lot\s+)?(?:thinner|smaller|shorter|darker|paler|duller|weaker|looser|worse)|damaged|broken|wrong|faded|stained|shrunk|torn|covered|dirty|worse)|\b(?:out\s+of\s+tune|broken|leaking|stopped|faulty|loose|wobbly|blocked|dripping|flat|peeling|cracked|jammed|stuck)\s+again\b|\bgone\s+(?:\w+\s+){0,3}again\b|\bagain\s+(?:only\s+)?(?:\d+|a\s+few|two|three|four|five|six)\s+(?:days|weeks|months)\s+after\b`,
  // What was done is not what was asked: "isn't what I asked for", "doesn't look like my cat".
  String.raw`\b(?:isn'?t|is\s+not|wasn'?t|was\s+not|aren'?t|are\s+not|doesn'?t\s+look|does\s+not\s+look|looks\s+nothing|is\s+nothing)\s+(?:\w+\s+)?(?:what\s+(?:I|we)\s+(?:asked|ordered|wanted|expected|paid|booked|chose)|like\s+(?:my|our|the\s+photo|the\s+picture|him|her|them|it\s+did))\b`,
  // Damage and decay in the customer's words: "peeling", "snapped after two days", "flopping over and dying".
  String.raw`\b(?:peeling|faded|fading|snapped|flopping|wilting|wilted|chipped|warped|frayed|fraying|scuffed|sagging|crumbling|rusty|rusted|discolou?red|smudged|blurry|blurred|wonky|lopsided|scratchy|leaky|dripping|flaking|shedding|bald\s+patch\w*)\b|\bdying\b(?!\s+to\b)|\b(?:too|way\s+too)\s+(?:short|thin|thick|tight|loose|narrow|wide|heavy|weak|strong|salty|spicy|bitter|sour|pale|faint|stiff|rough|sharp|noisy)\b|\ball\s+over\s+(?:my|our)\s+\w+`,
  // Turned away, kept waiting for someone, money for nothing: "turned away at drop-off", "No call, nothing", "a waste of
  // money", "what exactly was I paying for?", "3 weeks for a simple frame? Seriously?".
  String.raw`\b(?:turned\s+away|not\s+let\s+in|weren'?t\s+let\s+in|wasn'?t\s+let\s+in|refused\s+entry|kicked\s+out|sent\s+(?:home|away))\b|\b(?:turned|showed)\s+up\s+(?:at\s+\d|late|an\s+hour|two\s+hours|hours)|\bno\s+(?:call|phone\s+call|text|email|word|explanation|apology|show)\b|\bwaste\s+of\s+(?:money|time)\b|\bfound\s+nothing\b|\btook\s+(?:my|our)\s+money\b|\bwhat\s+(?:exactly\s+)?(?:was|am|were|are)\s+(?:I|we)\s+paying\s+for\b|\bwould(?:n'?t|\s+not)\s+recommend\b|\bseriously\s*\?|\bare\s+you\s+(?:just\s+)?(?:trying\s+to|kidding|serious)\b|\bspent\s+half\b`,
];
