import { type MessageKey, t } from '../i18n/t.ts';
import type { Finding } from '../rules/types.ts';
import { previewElement } from './card-preview.ts';
import { severityWords } from './looks.ts';
import type { CardMode, CardStep, TurnOffScope } from './session/state.ts';
import { themeFor } from './theme.ts';
import { trusted } from './trusted.ts';
import { clampToViewport, createPanel } from './ui-host.ts';

export interface CardActions {
  apply(finding: Finding, replacement: string): void;
  dismiss(finding: Finding): void;
  /** "Turn this rule off": ask where. */
  askTurnOff(finding: Finding): void;
  turnOff(finding: Finding, scope: TurnOffScope): void;
  undoTurnOff(finding: Finding): void;
  close(): void;
  /** Esc in the card. */
  escape(): void;
  /** Alt+Shift+N in the card. */
  next(): void;
  /** The focus left the card for somewhere else than the card. */
  blurred(): void;
}

export interface CardOptions {
  /**
   * Offer "Turn this rule off": only where the host keeps the choice. Practice scores with the team's rules and the
   * welcome page's sample reply switches nothing, so there the button would do nothing.
   */
  turnOff: boolean;
  /** Offer "Everywhere" when the agent turns a rule off (the host confirms it on an extension page). */
  everywhere: boolean;
}

const KIND_WORDS: Record<string, MessageKey> = {
  blame: 'card_kind_blame',
  wording: 'card_kind_wording',
  length: 'card_kind_length',
};

/** Every string the card shows, in one place. */
const CARD_TEXT = {
  get label() {
    return t('card_label');
  },
  get suggestion() {
    return t('card_kind_generic');
  },
  get rewrites() {
    return t('card_rewrites');
  },
  get remove() {
    return t('card_remove');
  },
  get dismiss() {
    return t('card_dismiss');
  },
  get turnOff() {
    return t('card_turnOff');
  },
  get why() {
    return t('card_whyThisMatters');
  },
  get chooseOff() {
    return t('card_chooseOff');
  },
  get offHere() {
    return t('card_offHere');
  },
  get offHereLabel() {
    return t('card_offHereLabel');
  },
  get offEverywhere() {
    return t('card_offEverywhere');
  },
  get offEverywhereLabel() {
    return t('card_offEverywhereLabel');
  },
  get cancel() {
    return t('card_cancel');
  },
  get switchedOffHere() {
    return t('card_switchedOffHere');
  },
  get askedEverywhere() {
    return t('card_askedEverywhere');
  },
  get undo() {
    return t('card_undo');
  },
  get close() {
    return t('card_close');
  },
  get copy() {
    return t('card_copyRewrite');
  },
  get copied() {
    return t('card_copied');
  },
  copyThis: (replacement: string) => t('card_copyThis', { text: replacement }),
  rewriteCount: (n: number) => t('card_rewriteCount', { count: n }),
  get keysWithRewrites() {
    return t('card_keysWithRewrite');
  },
  get keysWithout() {
    return t('card_keys');
  },
  get keysStep() {
    return t('card_keysStep');
  },
};

const isNextShortcut = (e: KeyboardEvent) => e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyN';
let cards = 0;

/**
 * The explanation card for one finding: message, why it matters, rewrites, dismiss, turn the rule off (here only or
 * everywhere, with Undo). Every rule text is set with textContent, never as HTML.
 *
 * Opened by the shortcut it is a dialog that holds the focus: arrow keys move between the rewrites, Tab and
 * Shift+Tab go round its buttons without leaving it, Esc goes back to the editor. Opened by the pointer it never
 * takes the focus, so the caret (and Ctrl+Z) stay in the editor.
 */
export class Card {
  readonly element: HTMLDivElement;
  private readonly doc: Document;
  private readonly ids: { title: string; message: string; keys: string };

  constructor(
    doc: Document,
    private readonly actions: CardActions,
    signal: AbortSignal,
    private readonly options: CardOptions = { turnOff: true, everywhere: false },
    /** The reply box: the page around it picks the light or dark palette. */
    private readonly box?: Element,
  ) {
    this.doc = doc;
    this.element = createPanel(doc, 'card', 'dialog', CARD_TEXT.label, signal);
    const n = ++cards;
    this.ids = {
      title: `tactful-card-${n}-kind`,
      message: `tactful-card-${n}-message`,
      keys: `tactful-card-${n}-keys`,
    };
    this.element.addEventListener(
      'keydown',
      trusted((e: KeyboardEvent) => this.onKey(e)),
      { signal },
    );
    this.element.addEventListener(
      'focusout',
      trusted(() => {
        // Rebuilding the card for its next step drops the focused button for a moment: only a focus that is
        // somewhere else once this turn is over has left the card.
        queueMicrotask(() => {
          if (!this.element.hidden && !this.hasFocus()) this.actions.blurred();
        });
      }),
      { signal },
    );
  }

  open(finding: Finding, anchor: DOMRect, mode: CardMode, step: CardStep = 'finding'): void {
    const doc = this.doc;
    const el = this.element;
    el.replaceChildren();
    if (this.box) el.dataset.theme = themeFor(this.box);

    // The kind and, in words with an underline drawn like the phrase's, how much it matters.
    const kind = doc.createElement('div');
    kind.className = 'kind';
    kind.id = this.ids.title;
    const category = doc.createElement('span');
    category.textContent = KIND_WORDS[finding.category]
      ? t(KIND_WORDS[finding.category] as MessageKey)
      : CARD_TEXT.suggestion;
    const severity = doc.createElement('span');
    severity.className = 'severity';
    severity.dataset.severity = finding.severity;
    severity.textContent = severityWords(finding.severity);
    kind.append(category, severity);
    const message = doc.createElement('p');
    message.className = 'message';
    message.id = this.ids.message;
    message.textContent = finding.message;
    el.append(kind, message);
    // Announced as "Tone: <message>, dialog", then the number of rewrites and the keys.
    el.setAttribute('aria-labelledby', `${this.ids.title} ${this.ids.message}`);

    if (step === 'finding') this.findingBody(finding);
    else this.stepBody(finding, step);

    if (mode === 'keyboard') {
      const keys = doc.createElement('p');
      keys.className = 'hint';
      keys.id = this.ids.keys;
      const count = finding.replacements.length;
      keys.textContent =
        step !== 'finding'
          ? CARD_TEXT.keysStep
          : count > 0
            ? `${CARD_TEXT.rewriteCount(count)} ${CARD_TEXT.keysWithRewrites}`
            : CARD_TEXT.keysWithout;
      el.append(keys);
      el.setAttribute('aria-describedby', this.ids.keys);
    } else {
      el.removeAttribute('aria-describedby');
    }
    el.hidden = false;
    this.place(anchor);
  }

  private findingBody(finding: Finding): void {
    const doc = this.doc;
    const el = this.element;
    const preview = previewElement(doc, finding);
    if (preview) el.append(preview);
    if (finding.replacements.length > 0) {
      const list = doc.createElement('div');
      list.className = 'rewrites';
      list.setAttribute('role', 'group');
      list.setAttribute('aria-label', CARD_TEXT.rewrites);
      finding.replacements.forEach((replacement, i) => {
        const button = doc.createElement('button');
        button.type = 'button';
        button.className = 'rewrite';
        button.textContent = replacement === '' ? CARD_TEXT.remove : replacement;
        // One rewrite in the Tab order; the arrow keys move between them.
        button.tabIndex = i === 0 ? 0 : -1;
        button.addEventListener(
          'click',
          trusted(() => this.actions.apply(finding, replacement)),
        );
        list.append(button);
      });
      el.append(list);
    }
    const actions = doc.createElement('div');
    actions.className = 'actions';
    actions.append(this.button(CARD_TEXT.dismiss, 'dismiss', () => this.actions.dismiss(finding)));
    if (this.options.turnOff) {
      actions.append(this.button(CARD_TEXT.turnOff, 'turn-off', () => this.actions.askTurnOff(finding)));
    }
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
      link.textContent = CARD_TEXT.why;
      el.append(link);
    }
  }

  /** After "Turn this rule off": the question, or what was done with its Undo. */
  private stepBody(finding: Finding, step: Exclude<CardStep, 'finding'>): void {
    const doc = this.doc;
    const status = doc.createElement('p');
    status.className = 'status';
    status.setAttribute('role', 'status');
    const actions = doc.createElement('div');
    actions.className = 'actions';
    if (step === 'chooseOff') {
      status.textContent = CARD_TEXT.chooseOff;
      const here = this.button(CARD_TEXT.offHere, 'off-here', () => this.actions.turnOff(finding, 'here'));
      here.setAttribute('aria-label', CARD_TEXT.offHereLabel);
      actions.append(here);
      if (this.options.everywhere) {
        const everywhere = this.button(CARD_TEXT.offEverywhere, 'off-everywhere', () =>
          this.actions.turnOff(finding, 'everywhere'),
        );
        everywhere.setAttribute('aria-label', CARD_TEXT.offEverywhereLabel);
        actions.append(everywhere);
      }
      actions.append(this.button(CARD_TEXT.cancel, 'cancel', () => this.actions.close()));
    } else if (step === 'offHere') {
      status.textContent = CARD_TEXT.switchedOffHere;
      actions.append(
        this.button(CARD_TEXT.undo, 'undo-off', () => this.actions.undoTurnOff(finding)),
        this.button(CARD_TEXT.close, 'close', () => this.actions.close()),
      );
    } else {
      status.textContent = CARD_TEXT.askedEverywhere;
      actions.append(this.button(CARD_TEXT.close, 'close', () => this.actions.close()));
    }
    this.element.append(status, actions);
  }

  /** The focus goes to the first rewrite, or the first button. */
  focusFirst(): void {
    const first = this.focusables()[0];
    first?.focus({ preventScroll: true });
  }

  /** The replacement could not be made: say what happened to the draft (`why`), and offer the rewrite to copy. */
  offerCopy(replacement: string, why: string): void {
    const status = this.doc.createElement('p');
    status.className = 'status';
    status.setAttribute('role', 'status');
    status.textContent = why;
    const copy = this.button(CARD_TEXT.copy, 'copy', () => {
      void navigator.clipboard?.writeText(replacement).then(
        () => {
          status.textContent = CARD_TEXT.copied;
        },
        () => {
          status.textContent = CARD_TEXT.copyThis(replacement);
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

  private hasFocus(): boolean {
    const active = (this.element.getRootNode() as ShadowRoot).activeElement;
    return active !== null && this.element.contains(active);
  }

  /** What Tab goes round, in order: the rewrite in the Tab order, then the buttons and the link. */
  private focusables(): HTMLElement[] {
    return [...this.element.querySelectorAll<HTMLElement>('button, a[href]')].filter(
      (b) => b.tabIndex >= 0 && !b.hidden,
    );
  }

  private onKey(e: KeyboardEvent): void {
    // The card's keys are the card's: the page's own shortcuts (Gmail's, a helpdesk's) do not see them.
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      this.actions.escape();
    } else if (isNextShortcut(e)) {
      e.preventDefault();
      this.actions.next();
    } else if (e.key === 'Tab') {
      e.preventDefault();
      this.cycle(e.shiftKey ? -1 : 1);
    } else if (['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'].includes(e.key)) {
      const rewrites = [...this.element.querySelectorAll<HTMLButtonElement>('button.rewrite')];
      const at = rewrites.indexOf(e.target as HTMLButtonElement);
      if (at < 0) return;
      e.preventDefault();
      const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : -1;
      const next = rewrites[(at + step + rewrites.length) % rewrites.length];
      if (!next) return;
      for (const b of rewrites) b.tabIndex = b === next ? 0 : -1;
      next.focus({ preventScroll: true });
    }
  }

  /** Tab and Shift+Tab go round the card's buttons and stay in it. */
  private cycle(by: 1 | -1): void {
    const list = this.focusables();
    if (list.length === 0) return;
    const active = (this.element.getRootNode() as ShadowRoot).activeElement as HTMLElement | null;
    const at = active ? list.indexOf(active) : -1;
    const next = list[at < 0 ? 0 : (at + by + list.length) % list.length];
    next?.focus({ preventScroll: true });
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
