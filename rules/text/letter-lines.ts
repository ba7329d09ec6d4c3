/**
 * The lines that frame a support reply: the greeting that opens it and the sign-off that closes it. Matched against
 * one whole line (a sentence that starts a line). Shared by `require` rules (where a missing sentence goes) and the
 * page's coach bar (whether a reply looks written yet).
 */
export const GREETING =
  /^(?:hi|hello|hey|hiya|dear|greetings|good\s+(?:morning|afternoon|evening)|howdy)\b[^\n]{0,60}$/i;

export const SIGN_OFF =
  /^(?:thanks|thank\s+you|many\s+thanks|thanks\s+again|thx|best|best\s+wishes|all\s+the\s+best|all\s+best|regards|kind\s+regards|kindest\s+regards|warm\s+regards|warmest\s+regards|best\s+regards|with\s+(?:kind\s+|kindest\s+|best\s+|warm\s+|warmest\s+|many\s+)?(?:regards|thanks)|warm(?:est)?\s+wishes|with\s+best\s+wishes|warmly|cheers|sincerely|respectfully|cordially|yours(?:\s+sincerely|\s+truly|\s+faithfully)?|take\s+care|speak\s+soon|talk\s+soon|have\s+a\s+(?:great|good|nice|lovely)\s+\w+|happy\s+\w+|enjoy)\b[^\n]{0,30}$/i;
