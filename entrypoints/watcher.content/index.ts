import { defineContentScript } from 'wxt/utils/define-content-script';
import { BUILT_IN_MATCH_LIST } from '../../editors/sites/built-in.ts';
import { watchForReplyBox } from './watch-for-reply-box.ts';

/**
 * The one content script in the manifest, on every page of a coached site: small, it only watches for a reply box
 * and then has the worker start the coach in that frame (entrypoints/coach.content/). A page without a reply box
 * never loads the coach, the engine or the rulebook.
 */
export default defineContentScript({
  // Gmail and Zendesk out of the box; other sites are registered at run time when the agent switches them on.
  matches: BUILT_IN_MATCH_LIST,
  // Helpdesk editors often sit in iframes (TinyMCE, CKEditor 4), some of them about:blank.
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    watchForReplyBox(document, ctx.signal);
  },
});
