import type { Finding } from '../rules/types.ts';
import { trusted } from './trusted.ts';
import { clampToViewport, createPanel } from './ui-host.ts';

// One or two words per bar item keep the bar to one line each; the full message is the tooltip.
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
  /** The bar's live region: only what matters is said (a new missing item), never a redraw. */
  private readonly live: HTMLDivElement;

  constructor(
    doc: Document,
    private readonly onInsert: (finding: Finding, sentence: string) => void,
    signal: AbortSignal,
  ) {
    this.doc = doc;
    // Not a live region itself: it is redrawn whenever its items change, and every redraw would be read out.
    this.element = createPanel(doc, 'bar', 'group', 'Tactful', signal);
    this.live = doc.createElement('div');
    this.live.setAttribute('role', 'status');
    // Visually hidden but read (display: none or hidden would silence it).
    this.live.style.cssText =
      'position:fixed;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap;margin:-1px;';
    this.element.after(this.live);
    signal.addEventListener('abort', () => this.live.remove(), { once: true });
  }

  /** Say what newly appeared in the bar (nothing for an empty list). */
  announce(added: Finding[], notice: string | undefined): void {
    const said = [...(notice ? [notice] : []), ...added.map((f) => SHORT_LABELS[f.category] ?? f.message)];
    if (said.length > 0) this.live.textContent = `Tactful: ${said.join('. ')}.`;
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
      label.textContent = SHORT_LABELS[finding.category] ?? 'Suggestion';
      label.title = finding.message;
      item.append(label);
      const sentence = finding.replacements[0];
      if (sentence !== undefined) {
        const text = doc.createElement('span');
        text.className = 'text';
        text.textContent = `“${sentence.trim()}”`;
        text.title = finding.message;
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
    // Right under the reply box's right edge, so it reads as part of the box without covering the text.
    const pos = clampToViewport(this.doc, anchor.right - width, anchor.bottom + 4, width, height);
    this.element.style.left = `${pos.left}px`;
    this.element.style.top = `${pos.top}px`;
  }

  hide(): void {
    this.element.hidden = true;
  }
}
