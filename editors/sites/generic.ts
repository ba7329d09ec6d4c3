import { REPLY_BOXES } from './reply-boxes.ts';
import type { Site } from './site.ts';

/** Any other site the agent switched on from the popup: every visible textarea and contenteditable root. */
export const generic: Site = {
  id: 'generic',
  replyBoxes: REPLY_BOXES.generic,
  masks: [
    // Quotes and email signatures wherever they come from.
    'blockquote',
    '.gmail_quote',
    '.gmail_signature',
    '[data-smartmail="gmail_signature"]',
  ],
  customer() {
    return undefined;
  },
};
