import { type MessageKey, t } from '../i18n/t.ts';
import type { Finding } from '../rules/types.ts';
import { previewElement } from './card-preview.ts';
import { severityWords } from './looks.ts';
import type { CardMode } from './session/state.ts';
import { themeFor } from './theme.ts';
import { trusted } from './trusted.ts';
import { clampToViewport, createPanel } from './ui-host.ts';

export interface CardActions {
  apply(finding: Finding, replacement: string): void;
  dismiss(finding: Finding): void;
  turnOff(finding: Finding): void;
}

const KIND_WORDS: Record<string, MessageKey> = {
  blame: 'card_kind_blame',
  wording: 'card_kind_wording',
  length: 'card_kind_length',
};

/**
 * The explanation card for one finding: message, why it matters, rewrites, dismiss, turn the rule off.
 * Every rule text is set with textContent, never as HTML.
 */
export class Card {
  readonly element: HTMLDivElement;
  private readonly doc: Document;

  constructor(
    doc: Document,
    private readonly actions: CardActions,
    signal: AbortSignal,
    /** The reply box: the page around it picks the light or dark palette. */
    private readonly box?: Element,
  ) {
    this.doc = doc;
    this.element = createPanel(doc, 'card', 'dialog', t('card_label'), signal);
  }

  open(finding: Finding, anchor: DOMRect, mode: CardMode): void {
    const doc = this.doc;
    const el = this.element;
    el.replaceChildren();
    if (this.box) el.dataset.theme = themeFor(this.box);

    // The kind and, in words with an underline drawn like the phrase's, how much it matters.
    const kind = doc.createElement('div');
    kind.className = 'kind';
    const category = doc.createElement('span');
    category.textContent = t(KIND_WORDS[finding.category] ?? 'card_kind_generic');
    const severity = doc.createElement('span');
    severity.className = 'severity';
    severity.dataset.severity = finding.severity;
    severity.textContent = severityWords(finding.severity);
    kind.append(category, severity);
    const message = doc.createElement('p');
    message.className = 'message';
    message.textContent = finding.message;
    el.append(kind, message);
    const preview = previewElement(doc, finding);
    if (preview) el.append(preview);

    if (finding.replacements.length > 0) {
      const list = doc.createElement('div');
      list.className = 'rewrites';
      list.setAttribute('aria-label', t('card_rewrites'));
      for (const replacement of finding.replacements) {
        const button = doc.createElement('button');
        button.type = 'button';
        button.className = 'rewrite';
        button.textContent = replacement === '' ? t('card_remove') : replacement;
        button.addEventListener(
          'click',
          trusted(() => this.actions.apply(finding, replacement)),
        );
        list.append(button);
      }
      el.append(list);
    }
    const actions = doc.createElement('div');
    actions.className = 'actions';
    actions.append(
      this.button(t('card_dismiss'), 'dismiss', () => this.actions.dismiss(finding)),
      this.button(t('card_turnOff'), 'turn-off', () => this.actions.turnOff(finding)),
    );
    el.append(actions);
    // Why it matters comes after the buttons: in a small frame (TinyMCE's iframe) the rewrites stay in view.
    if (finding.note) {
      const note = doc.createElement('p');
      note.className = 'note';
      note.textContent = finding.note;
      el.append(note);
    }
    if (finding.url && /^https?:\/\//i.test(finding.url)) {
      const link = doc.createElement('a');
      link.href = finding.url;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      link.textContent = t('card_whyThisMatters');
      el.append(link);
    }
    if (mode === 'keyboard') {
      const hint = doc.createElement('p');
      hint.className = 'hint';
      hint.textContent = finding.replacements.length > 0 ? t('card_keysWithRewrite') : t('card_keys');
      el.append(hint);
    }
    el.hidden = false;
    this.place(anchor);
  }

  /** The replacement could not be made: say what happened to the draft (`why`), and offer the rewrite to copy. */
  offerCopy(replacement: string, why: string): void {
    const status = this.doc.createElement('p');
    status.className = 'status';
    status.setAttribute('role', 'status');
    status.textContent = why;
    const copy = this.button(t('card_copyRewrite'), 'copy', () => {
      void navigator.clipboard?.writeText(replacement).then(
        () => {
          status.textContent = t('card_copied');
        },
        () => {
          status.textContent = t('card_copyThis', { text: replacement });
        },
      );
    });
    // A second failure on the same card replaces the first one's message and button.
    this.element.querySelector('.status')?.remove();
    this.element.querySelector('[data-action="copy"]')?.remove();
    this.element.append(status, copy);
  }

  close(): void {
    this.element.hidden = true;
  }

  private button(label: string, action: string, onClick: () => void): HTMLButtonElement {
    const button = this.doc.createElement('button');
    button.type = 'button';
    button.dataset.action = action;
    button.textContent = label;
    // A page's .click() on this button is untrusted and does nothing.
    button.addEventListener('click', trusted(onClick));
    return button;
  }

  /** Follow the flagged words when the page scrolls, without rebuilding the buttons under the pointer. */
  place(anchor: DOMRect): void {
    const el = this.element;
    const vh = this.doc.defaultView?.innerHeight ?? 768;
    el.style.maxHeight = '';
    const width = el.offsetWidth || 320;
    const height = el.offsetHeight || 140;
    const below = vh - anchor.bottom - 14;
    const above = anchor.top - 14;
    // Never cover the flagged words: below if it fits, else above. When neither side has room, the whole card still
    // shows on the roomier side, shifted into the viewport (over part of the line rather than squeezed behind its
    // own scrollbar); only a card taller than the viewport scrolls.
    let top: number;
    if (height <= below) top = anchor.bottom + 6;
    else if (height <= above) top = anchor.top - height - 6;
    else {
      const room = vh - 16;
      if (height > room) el.style.maxHeight = `${room}px`;
      const shown = Math.min(height, room);
      top = below >= above ? Math.min(anchor.bottom + 6, vh - shown - 8) : Math.max(anchor.top - shown - 6, 8);
    }
    el.style.left = `${clampToViewport(this.doc, anchor.left, top, width, 0).left}px`;
    el.style.top = `${Math.max(top, 4)}px`;
  }
}
