import type { Site } from './site.ts';

/** Any other site the agent switched on from the popup: every visible textarea and contenteditable root. */
export const generic: Site = {
  id: 'generic',
  coversHost: () => false,
  replyBoxes: [
    // Plain <textarea> (not read-only, not disabled).
    'textarea:not([readonly]):not([disabled])',
    // Rich editors mount on a contenteditable root: ProseMirror, Quill (.ql-editor), Lexical, roosterjs, TinyMCE's
    // iframe <body>, and hand-made ones.
    '[contenteditable="true"]',
    '[contenteditable=""]',
    '[contenteditable="plaintext-only"]',
  ],
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
