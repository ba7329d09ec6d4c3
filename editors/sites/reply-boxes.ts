import { BUILT_IN_MATCHES, matchCoversHost } from './built-in.ts';

export type SiteId = 'gmail' | 'zendesk' | 'generic';

/**
 * Selectors of each site's editable reply-box roots. Kept apart from the rest of what a site knows (masks, where the
 * customer's message is): the watcher on every page of a coached site needs only these, and every line it loads
 * costs that page script time (bench/load-cost.ts, issue 11).
 */
export const REPLY_BOXES: Readonly<Record<SiteId, readonly string[]>> = {
  gmail: [
    // The message body of every composer: <div g_editable="true" role="textbox" contenteditable="true" class="Am Al editable">.
    // contenteditable is required: the compose window also holds a hidden, non-editable <textarea> with the same label.
    'div[g_editable="true"][role="textbox"][contenteditable="true"]',
    // Older captures (2020–2024) without g_editable: <div class="Am aiL Al editable" contenteditable="true">.
    'div.Am.Al.editable[contenteditable="true"]',
  ],
  zendesk: [
    // The reply editable: <div data-test-id="omnicomposer-rich-text-ckeditor" class="ck-editor__editable" contenteditable="true" role="textbox">.
    '[data-test-id="ticket-rich-text-editor"] [data-test-id="omnicomposer-rich-text-ckeditor"][contenteditable="true"]',
    '[data-test-id="omnicomposer-rich-text-ckeditor"][contenteditable="true"]',
    // Older workspace: <div class="zendesk-editor--rich-text-comment" contenteditable="true">.
    '.zendesk-editor--rich-text-comment[contenteditable="true"]',
  ],
  generic: [
    // Plain <textarea> (not read-only, not disabled).
    'textarea:not([readonly]):not([disabled])',
    // Rich editors mount on a contenteditable root: ProseMirror, Quill (.ql-editor), Lexical, roosterjs, TinyMCE's
    // iframe <body>, and hand-made ones.
    '[contenteditable="true"]',
    '[contenteditable=""]',
    '[contenteditable="plaintext-only"]',
  ],
};

/** The built-in sites, most specific first. */
const BUILT_IN_SITES = ['gmail', 'zendesk'] as const satisfies readonly (keyof typeof BUILT_IN_MATCHES & SiteId)[];

/**
 * The sites whose selectors apply on this host: on Gmail and Zendesk only their own reply boxes (a search box must
 * never be coached); on any other site the agent switched on, the built-in sites' DOM first (fixtures and embedded
 * widgets) and then every generic editable.
 */
export function siteIdsFor(hostname: string): SiteId[] {
  const own = BUILT_IN_SITES.filter((id) => matchCoversHost(BUILT_IN_MATCHES[id], hostname));
  return own.length > 0 ? own : [...BUILT_IN_SITES, 'generic'];
}

/** One selector for every reply-box root of these sites. */
export function replyBoxSelector(ids: readonly SiteId[]): string {
  return ids.flatMap((id) => REPLY_BOXES[id]).join(', ');
}

/**
 * Whether an element a reply-box selector matched is a box to coach. Not our own UI; a textarea that is not rendered
 * is a form's storage (TinyMCE's source, Gmail's hidden body), not a reply box; of nested editables only the editing
 * host (a nested one belongs to the editor around it). The local name, not `instanceof HTMLTextAreaElement`: that
 * builds the interface object in the watcher's fresh script world on every page load.
 */
export function isCoachableRoot(el: HTMLElement): boolean {
  if (el.closest('tactful-coach')) return false;
  if (el.localName === 'textarea') {
    const area = el as HTMLTextAreaElement;
    return !area.readOnly && !area.disabled && el.getClientRects().length > 0;
  }
  return el.isContentEditable && !el.parentElement?.isContentEditable;
}
