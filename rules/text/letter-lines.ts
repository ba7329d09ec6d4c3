/**
 * The lines that frame a support reply: the greeting that opens it and the sign-off that closes it. Matched against
 * one whole line (a sentence that starts a line). Shared by `require` rules (where a missing sentence goes) and the
 * page's coach bar (whether a reply looks written yet).
 */

/**
 * The words a hello opens on, English or not. Agents write English replies under the hello of their own or the
 * customer's language ("Hej Anna, This is the third time…": the hello went with a cut while "Vänliga hälsningar"
 * stayed, round 21), and a hello not known here had a missing apology inserted before it ("Hej Lars,", round 42).
 */
export const HELLO =
  "(?:hi|hello|hey|hiya|dear|greetings|howdy|g['’]day|good (?:morning|afternoon|evening)|hej|hei|hoi|hola|bonjour|bonsoir|salut|ciao|buongiorno|hallo|moin|servus|guten tag|ol[aá]|buenos d[ií]as|buenas tardes|dzie[nń] dobry|cze[sś][cć]|ahoj|merhaba|selam|sala+m|shalom|namaste|kia ora|jambo|habari|aloha)";

// (?!\p{L}), not \b: a hello may end on a letter \b does not count as one ("Cześć").
export const GREETING = new RegExp(String.raw`^${HELLO}(?!\p{L})[^\n]{0,60}$`, 'iu');

export const SIGN_OFF =
  /^(?:thanks|thank\s+you|many\s+thanks|thanks\s+again|thx|best|best\s+wishes|all\s+the\s+best|all\s+best|regards|kind\s+regards|kindest\s+regards|warm\s+regards|warmest\s+regards|best\s+regards|with\s+(?:kind\s+|kindest\s+|best\s+|warm\s+|warmest\s+|many\s+)?(?:regards|thanks)|warm(?:est)?\s+wishes|with\s+best\s+wishes|warmly|cheers|sincerely|respectfully|cordially|yours(?:\s+sincerely|\s+truly|\s+faithfully)?|take\s+care|speak\s+soon|talk\s+soon|have\s+a\s+(?:great|good|nice|lovely)\s+\w+|happy\s+\w+|enjoy)\b[^\n]{0,30}$/i;
