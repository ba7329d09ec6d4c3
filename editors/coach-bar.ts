import { type MessageKey, t } from '../i18n/t.ts';
import type { Finding } from '../rules/types.ts';
import { trusted } from './trusted.ts';
import { clampToViewport, createPanel } from './ui-host.ts';

// One or two words per bar item keep the bar to one line each; the full message is the tooltip.
const SHORT_LABELS: Record<string, MessageKey> = {
  'missing-apology': 'bar_missingApology',
  'missing-next-step': 'bar_missingNextStep',
  length: 'bar_longReply',
};

/**
 * The small bar attached to the reply box for what is missing (an apology, a next step) and for notices
 * (a reply too long to check). Each missing item offers its suggested sentence to insert.
 */
export class CoachBar {
  readonly element: HTMLDivElement;
  private readonly doc: Document;

  constructor(
    doc: Document,
    private readonly onInsert: (finding: Finding, sentence: string) => void,
    signal: AbortSignal,
  ) {
    this.doc = doc;
    this.element = createPanel(doc, 'bar', 'status', t('extName'), signal);
  }

  show(missing: Finding[], notice: string | undefined, anchor: DOMRect): void {
    const doc = this.doc;
    const el = this.element;
    el.replaceChildren();
    if (notice) {
      const item = doc.createElement('div');
      item.className = 'item notice';
      item.textContent = notice;
      el.append(item);
    }
    for (const finding of missing) {
      const item = doc.createElement('div');
      item.className = 'item';
      item.dataset.category = finding.category;
      const label = doc.createElement('span');
      label.className = 'label';
      label.textContent = t(SHORT_LABELS[finding.category] ?? 'card_kind_generic');
      label.title = finding.message;
      item.append(label);
      const sentence = finding.replacements[0];
      if (sentence !== undefined) {
        const text = doc.createElement('span');
        text.className = 'text';
        text.textContent = t('bar_quoted', { text: sentence.trim() });
        text.title = finding.message;
        const button = doc.createElement('button');
        button.type = 'button';
        button.className = 'rewrite';
        button.dataset.action = 'insert';
        button.setAttribute('aria-label', t('bar_insertLabel', { text: sentence.trim() }));
        button.textContent = t('bar_insert');
        button.addEventListener(
          'click',
          trusted(() => this.onInsert(finding, sentence)),
        );
        item.append(text, button);
      } else {
        const text = doc.createElement('span');
        text.className = 'text';
        text.textContent = finding.message;
        item.append(text);
      }
      el.append(item);
    }
    el.hidden = el.childElementCount === 0;
    if (!el.hidden) this.place(anchor);
  }

  place(anchor: DOMRect): void {
    if (this.element.hidden) return;
    const width = this.element.offsetWidth || 300;
    const height = this.element.offsetHeight || 40;
    // Right under the reply box's right edge, so it reads as part of the box without covering the text.
    const pos = clampToViewport(this.doc, anchor.right - width, anchor.bottom + 4, width, height);
    this.element.style.left = `${pos.left}px`;
    this.element.style.top = `${pos.top}px`;
  }

  hide(): void {
    this.element.hidden = true;
  }
}
