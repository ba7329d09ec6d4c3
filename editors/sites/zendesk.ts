import { REPLY_BOXES } from './reply-boxes.ts';
import { plainText, type Site } from './site.ts';

/**
 * Zendesk Agent Workspace (CKEditor 5). Selectors as used by public extensions, not verified against a live
 * account. Zendesk keeps every open ticket's panel in the page; each composer reads its own panel.
 */
export const zendesk: Site = {
  id: 'zendesk',
  replyBoxes: REPLY_BOXES.zendesk,
  masks: [
    // Quoted text pasted into the reply.
    'blockquote',
  ],
  customer(box) {
    // The ticket panel that holds this composer: <div data-entity-is-selected="true|false">.
    const panel = box.closest('[data-entity-is-selected]') ?? box.ownerDocument;
    // Conversation log items: <article data-test-id="omni-log-comment-item"> holding
    // <div data-test-id="omni-log-item-message" type="end-user|agent|internal">.
    const messages = panel.querySelectorAll('[data-test-id="omni-log-item-message"][type="end-user"]');
    const last = messages[messages.length - 1];
    return plainText(last?.querySelector('[data-test-id="omni-log-message-content"]') ?? last);
  },
};
