import type { Finding } from '../rules/types.ts';
import { themeFor } from './theme.ts';
import { trusted } from './trusted.ts';
import { clampToViewport, createPanel } from './ui-host.ts';

// One or two words name each item; the suggested sentence follows in full (wrapped), never cut short.
const SHORT_LABELS: Record<string, string> = {
  'missing-apology': 'No apology yet',
  'missing-next-step': 'No next step yet',
  length: 'Long reply',
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
    /** The reply box: the page around it picks the light or dark palette. */
    private readonly box?: Element,
  ) {
    this.doc = doc;
    this.element = createPanel(doc, 'bar', 'status', 'Tactful', signal);
  }

  show(missing: Finding[], notice: string | undefined, anchor: DOMRect): void {
    const doc = this.doc;
    const el = this.element;
    el.replaceChildren();
    if (this.box) el.dataset.theme = themeFor(this.box);
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
      label.textContent = SHORT_LABELS[finding.category] ?? 'Suggestion';
      label.title = finding.message;
      item.append(label);
      const sentence = finding.replacements[0];
      if (sentence !== undefined) {
        const text = doc.createElement('span');
        text.className = 'text';
        text.textContent = `“${sentence.trim()}”`;
        const button = doc.createElement('button');
        button.type = 'button';
        button.className = 'rewrite';
        button.dataset.action = 'insert';
        button.setAttribute('aria-label', `Insert: ${sentence.trim()}`);
        button.textContent = 'Insert';
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
    const vh = this.doc.defaultView?.innerHeight ?? 768;
    // Right under the reply box's right edge, so it reads as part of the box without covering the text.
    const left = clampToViewport(this.doc, anchor.right - width, 0, width, 0).left;
    let top = anchor.bottom + 4;
    // No room under the box (a composer docked at the window's bottom): sit on the box's own bottom edge instead,
    // but only where that edge is on screen and nothing else of the page lies over it. Otherwise the bar scrolls away
    // with its box: held in the viewport, it would float over whatever is there (another composer, at 200 % zoom).
    if (top + height > vh - 8) {
      const inside = vh - height - 8;
      if (
        inside >= anchor.top &&
        this.boxAt(left + 2, inside + 2) &&
        this.boxAt(left + width - 2, inside + height - 2)
      ) {
        top = inside;
      }
    }
    this.element.style.left = `${left}px`;
    this.element.style.top = `${top}px`;
  }

  /** Whether the page shows this bar's own box (or what contains it) at a viewport point. */
  private boxAt(x: number, y: number): boolean {
    const box = this.box;
    if (!box) return true;
    const hit = this.doc.elementsFromPoint(x, y).find((e) => e.localName !== 'tactful-coach');
    return !!hit && (hit === box || box.contains(hit) || hit.contains(box));
  }

  hide(): void {
    this.element.hidden = true;
  }
}
