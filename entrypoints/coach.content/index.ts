import { defineContentScript } from 'wxt/utils/define-content-script';
import { BUILT_IN_MATCH_LIST } from '../../editors/sites/built-in.ts';
import { startCoachingPage } from './coach-page.ts';

export default defineContentScript({
  // Gmail and Zendesk out of the box; other sites are registered at run time when the agent switches them on.
  matches: BUILT_IN_MATCH_LIST,
  // Helpdesk editors often sit in iframes (TinyMCE, CKEditor 4), some of them about:blank.
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    startCoachingPage(document, ctx.signal);
  },
});
