/**
 * The lines that frame a support reply: the greeting that opens it and the sign-off that closes it. Matched against
 * one whole line (a sentence that starts a line). Shared by `require` rules (where a missing sentence goes) and the
 * page's coach bar (whether a reply looks written yet).
 */
export const GREETING =
  /^(?:hi|hello|hey|hiya|dear|greetings|good\s+(?:morning|afternoon|evening)|howdy)\b[^\n]{0,60}$/i;

export const SIGN_OFF =
  /^(?:thanks|thank\s+you|many\s+thanks|thanks\s+again|best|best\s+wishes|all\s+the\s+best|regards|kind\s+regards|warm\s+regards|best\s+regards|warmly|cheers|sincerely|yours(?:\s+sincerely|\s+truly)?|take\s+care|speak\s+soon|talk\s+soon|have\s+a\s+(?:great|good|nice|lovely)\s+\w+|happy\s+\w+|enjoy)\b[^\n]{0,30}$/i;
