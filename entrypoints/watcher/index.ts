import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { watchForReplyBox } from './watch-for-reply-box.ts';

/**
 * The one content script in the manifest, on every page of a coached site: small, it only watches for a reply box
 * and then has the worker start the coach in that frame (entrypoints/coach.content/). A page without a reply box
 * never loads the coach, the engine or the rulebook.
 *
 * An unlisted script that wxt.config.ts lists under `content_scripts` itself (for Gmail and Zendesk, in every frame,
 * at document_idle): WXT's content-script wrapper alone cost ~8 ms of script time on every page load, four times the
 * whole budget (issue 11). Nothing here outlives the page, so it needs no context to invalidate.
 */
export default defineUnlistedScript(() => {
  watchForReplyBox(document);
});
