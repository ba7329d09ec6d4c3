/**
 * Hide quoted history and signatures from the engine without moving any offset: each hidden
 * character becomes a space (line breaks stay), so findings still point into the original text.
 */
const QUOTE_LINE = /^[ \t\u00a0]*>/;
// "On Tue, 3 May 2022 at 10:04, Sam <sam@example.com> wrote:" introduces quoted history.
const QUOTE_INTRO = /^[ \t\u00a0]*On\b.{0,200}\bwrote:[ \t\u00a0]*$/i;
// "-- " (the usenet/email delimiter), a footer rule of dashes or underscores, and forwarded or original-message
// separators: what follows is a signature, a footer or someone else's message.
const SIGNATURE_START =
  /^[ \t\u00a0]*(?:--[ \t\u00a0]?|_{3,}|-{3,}|-{3,}[ \t\u00a0]*(?:Original Message|Forwarded message)[ \t\u00a0]*-{3,})[ \t\u00a0]*$/i;
const SENT_FROM = /^[ \t\u00a0]*Sent from my [\p{L}\p{N} ]{2,40}$/iu;

const blank = (line: string): string => line.replace(/[^\r\n]/g, ' ');

export interface MaskedText {
  text: string;
  /** Whether anything was hidden (saves work for callers that would re-scan). */
  masked: boolean;
}

export function maskQuotesAndSignatures(text: string): MaskedText {
  if (!text.includes('>') && !text.includes('--') && !/wrote:|Sent from|___|---/i.test(text))
    return { text, masked: false };
  const lines = text.split(/(?<=\n)/);
  let masked = false;
  let rest = false;
  const out = lines.map((line) => {
    const body = line.replace(/\r?\n$/, '');
    // Everything below a signature delimiter or an "On … wrote:" line is history or footer, quoted or not.
    if (!rest && (SIGNATURE_START.test(body) || (body.length < 300 && QUOTE_INTRO.test(body)))) rest = true;
    if (rest || QUOTE_LINE.test(body) || SENT_FROM.test(body)) {
      masked = true;
      return blank(line);
    }
    return line;
  });
  return { text: out.join(''), masked };
}
