/** Small helpers shared by the signal detectors: case-insensitive, Unicode-aware, apostrophe-tolerant. */
export const re = (source: string, flags = 'iu'): RegExp => new RegExp(source.replace(/'/g, "['’]"), flags);

/** Words ending a clause: a detector that looks at "the start of a clause" starts after one of these. */
export const CLAUSE_START = String.raw`(?:^|[,;:(]\s*|\s[-\u2013\u2014]\s*|\b(?:and|then|or|so|but|also|now|first|next|finally|otherwise|meanwhile)\s+)`;

export const TIMING = String.raw`(?:\b(?:within|in)\s+(?:the\s+next\s+)?(?:\d+|a|an|one|two|three|four|five|seven|ten|24|48|72)(?:\s*[-\u2013]\s*\d+)?\s*(?:business\s+|working\s+)?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b|\bwithin\s+the\s+(?:hour|day|week)\b|\bby\s+(?:the\s+end\s+of\s+)?(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|midday|midnight|eod|end\s+of\s+(?:the\s+)?(?:day|week)|next\s+\w+|\d{1,2}(?::\d{2})?\s*(?:am|pm)?|the\s+\d{1,2}(?:st|nd|rd|th)?)\b|\b(?:today|tonight|tomorrow|this\s+(?:morning|afternoon|evening|week)|next\s+(?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|right\s+away|straight\s+away|immediately|shortly|just\s+now)\b|\bon\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+\d{1,2}(?:st|nd|rd|th)?)\b|\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\bas\s+soon\s+as\s+(?:it|they|we|the|your|i)\b|\b\d+(?:\s*[-\u2013]\s*\d+)?\s*(?:business\s+|working\s+)?(?:minutes|hours|days|weeks)\b|\bby\s+the\s+end\s+of\s+the\s+(?:day|week|month)\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s+\d{1,2}(?:st|nd|rd|th)?\b|\b(?:at\s+)?\d{1,2}[:.]\d{2}\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:at|morning|afternoon|evening|between)\b)`;

export const hasTiming = (sentence: string): boolean => timingRe.test(sentence);
const timingRe = re(TIMING);
