import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['https://mail.google.com/*', 'https://*.zendesk.com/*'],
  allFrames: true,
  matchAboutBlank: true,
  main() {
    document.documentElement.dataset.tactfulLoaded = '1';
  },
});
