import { re } from './cues.ts';

/**
 * Did the customer report a problem (so a good reply apologises)? Read from the customer's message
 * when we have it; otherwise from what the reply itself acknowledges ("sorry to hear", "sorry for the
 * delay"). null means we cannot tell, and then the apology rule stays silent.
 */
const PROBLEM_WORDS = re(String.raw`\b(?:broken|broke|breaks|damaged|defective|faulty|cracked|smashed|leak(?:s|ing|ed)?|wrong|incorrect|missing|lost|late|delay(?:ed|s)?|overdue|error|errors|fail(?:s|ed|ing|ure)?|crash(?:es|ed|ing)?|freez(?:es|ing)|froze|stuck|glitch\w*|bug(?:gy|s)?|down|outage|offline|disconnect(?:s|ed|ing)?|dropp(?:ing|ed)\s+out|dropouts?|slow|charged\s+(?:me\s+)?(?:twice|again|double|extra|for)|double[-\s]charged|overcharged|unauthori[sz]ed|fraud\w*|scam\w*|hacked|stolen|locked\s+out|declined|rejected|refused|cancell?ed\s+(?:my|on|without)|never\s+(?:arrived|came|received|got|showed|turned|heard|responded|replied)|still\s+(?:not|no|waiting|haven't|hasn't|can't|cannot|broken|nothing|missing|charged|getting|having)|no\s+(?:signal|service|internet|response|reply|one|refund|update|answer|power|water|heat|connection)|not\s+(?:working|arrived|received|delivered|showing|loading|responding|happy|acceptable|good\s+enough|what\s+i\s+ordered|turning)|(?:doesn't|does\s+not|didn't|did\s+not|won't|will\s+not|can't|cannot|couldn't|isn't|wasn't|aren't|haven't|hasn't)\s+(?:work|load|open|connect|arrive|turn|start|charge|sync|let|accept|show|get|find|log|sign|receive|see|access|use|pay|download|send|print|respond|reply|help|match|seem|fit|go\s+through|been|come)|unable\s+to|impossible|frustrat\w*|annoy\w*|angry|furious|upset|disappointed|disappointing|unhappy|terrible|awful|horrible|worst|ridiculous|unacceptable|disgusting|useless|joke|appalling|shocking|fed\s+up|sick\s+of|waste|rude|ignored|complain\w*|problem|problems|issue|issues|trouble|mess(?:ed)?\s+up|mix-?up|mistake|cold|spilled|spilt|soggy|inedible|expired|refund|compensation|chargeback|dispute|waiting\s+(?:for|since|over)|been\s+waiting|hours?\s+(?:late|waiting)|days?\s+late|weeks?\s+(?:late|now)|again\?|!!|\?\?|wtf|smh)\b|!{2,}|\?{2,}|\?!|!\?`, 'iu');

// Harmless uses of those words: "no problem", "not a problem", "no issues", "thanks", "does it work with".
const NEUTRAL = re(String.raw`\b(?:no\s+(?:problem|worries|issue|rush)|not\s+a\s+problem|without\s+(?:any\s+)?(?:problem|issue|trouble)s?|any\s+(?:problem|issue)s?\s+(?:with|if)|in\s+case\s+of\s+(?:problem|issue)s?|what\s+happens\s+if|is\s+it\s+(?:possible|normal)|how\s+(?:do|can|long)|refund\s+policy)\b`, 'giu');

export function customerReportsProblem(customer: string): boolean {
  const cleaned = customer.replace(NEUTRAL, ' ');
  return PROBLEM_WORDS.test(cleaned);
}

// What a reply says when it acknowledges a problem the customer had.
const ACKNOWLEDGES_PROBLEM = re(String.raw`\b(?:sorry|apologi[sz]e|apologies|regret)\b[^.!?\n]{0,40}\b(?:to\s+hear|to\s+see|to\s+learn|to\s+know|about\s+(?:the|this|that|your)|for\s+(?:the|any|this|that|all\s+the|your)\s+(?:[\w-]+\s+){0,2}(?:inconvenience|trouble|issue|problem|delay|frustration|experience|confusion|mix-?up|hassle|error|mistake|wait|disappointment|difficult\w*|charge|outage|disruption)|(?:you(?:'ve|\s+have|'re|\s+are)\s+(?:had|been|having|experiencing|facing|still)))|\b(?:understand|can\s+imagine|can\s+see)\s+(?:your|how|why|the)\s+(?:\w+\s+){0,3}(?:frustrat|annoy|upset|disappoint|inconvenien|stress|worr)\w*|\bthat(?:'s|\s+is)\s+not\s+(?:the\s+experience|what\s+we|ok|okay|acceptable|right)\b|\bwe\s+let\s+you\s+down\b`);

export function replyAcknowledgesProblem(replySentences: string[]): boolean {
  return replySentences.some((s) => ACKNOWLEDGES_PROBLEM.test(s));
}

export function detectCustomerProblem(customer: string | undefined, replySentences: string[]): boolean | null {
  if (customer !== undefined && customer.trim() !== '') {
    // The customer's own words decide; the reply's "sorry for the wait" may be about our slowness only.
    return customerReportsProblem(customer);
  }
  return replyAcknowledgesProblem(replySentences) ? true : null;
}
