import { BUILT_IN_MATCHES, matchCoversHost } from './built-in.ts';
import { plainText, type Site } from './site.ts';

/**
 * Gmail compose, reply and pop-out windows. Never match on aria-label: it is localised
 * ("Message Body", "Nachrichtentext").
 */
export const gmail: Site = {
  id: 'gmail',
  coversHost: (hostname) => matchCoversHost(BUILT_IN_MATCHES.gmail, hostname),
  replyBoxes: [
    // The message body of every composer: <div g_editable="true" role="textbox" contenteditable="true" class="Am Al editable">.
    // contenteditable is required: the compose window also holds a hidden, non-editable <textarea> with the same label.
    'div[g_editable="true"][role="textbox"][contenteditable="true"]',
    // Older captures (2020–2024) without g_editable: <div class="Am aiL Al editable" contenteditable="true">.
    'div.Am.Al.editable[contenteditable="true"]',
  ],
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
