import { REPLY_BOXES } from './reply-boxes.ts';
import { plainText, type Site } from './site.ts';

/**
 * Gmail compose, reply and pop-out windows. Never match on aria-label: it is localised
 * ("Message Body", "Nachrichtentext").
 */
export const gmail: Site = {
  id: 'gmail',
  replyBoxes: REPLY_BOXES.gmail,
  masks: [
    // Quoted history, expanded into the body: <div class="gmail_quote"><div class="gmail_attr">On … wrote:</div>…
    '.gmail_quote',
    // Quotes pasted from other clients.
    'blockquote',
    // The agent's signature: <div class="gmail_signature" data-smartmail="gmail_signature">.
    '.gmail_signature',
    // The "-- " line Gmail puts before it: <span class="gmail_signature_prefix">-- </span>.
    '.gmail_signature_prefix',
    '[data-smartmail="gmail_signature"]',
  ],
  customer(box) {
    // 1. A reply quotes the customer's message inside the body; skip the "On … wrote:" attribution.
    const quote = box.querySelector('.gmail_quote');
    if (quote) {
      const copy = quote.cloneNode(true) as Element;
      for (const attr of copy.querySelectorAll('.gmail_attr')) attr.remove();
      const text = plainText(copy);
      if (text) return text;
    }
    // 2. Otherwise the last message of the thread above the composer: message bodies are <div class="a3s aiL">.
    const thread = box.closest('[role="main"], .nH') ?? box.ownerDocument;
    const bodies = thread.querySelectorAll('div.a3s');
    return plainText(bodies[bodies.length - 1]);
  },
};
