import { activeLook, lookFor } from './looks.ts';
import { themeFor } from './theme.ts';
import { uiRoot } from './ui-host.ts';

/**
 * A <textarea> cannot hold highlights, so a mirror with the same font, padding and scroll is drawn over it
 * (transparent text, underlined marks, no pointer events) inside Tactful's shadow root.
 */
export interface MirrorMark {
  start: number;
  end: number;
  category: string;
  severity: string;
  active?: boolean;
}

// Properties that decide where each character wraps.
const COPIED = [
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'fontVariant',
  'letterSpacing',
  'wordSpacing',
  'lineHeight',
  'textTransform',
  'textIndent',
  'tabSize',
  'direction',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderTopStyle',
  'borderRightStyle',
  'borderBottomStyle',
  'borderLeftStyle',
  'boxSizing',
] as const;

export class TextareaMirror {
  readonly element: HTMLDivElement;

  constructor(
    private readonly textarea: HTMLTextAreaElement,
    signal: AbortSignal,
  ) {
    const doc = textarea.ownerDocument;
    this.element = doc.createElement('div');
    this.element.className = 'mirror';
    this.element.setAttribute('aria-hidden', 'true');
    uiRoot(doc).append(this.element);
    textarea.addEventListener('scroll', () => this.syncScroll(), { signal, passive: true });
    signal.addEventListener('abort', () => this.element.remove(), { once: true });
  }

  render(text: string, marks: MirrorMark[]): void {
    const doc = this.textarea.ownerDocument;
    const parts: Node[] = [];
    const theme = themeFor(this.textarea);
    this.element.dataset.theme = theme;
    let at = 0;
    for (const mark of [...marks].sort((a, b) => a.start - b.start)) {
      if (mark.start < at || mark.end <= mark.start) continue;
      parts.push(doc.createTextNode(text.slice(at, mark.start)));
      const el = doc.createElement('mark');
      const look = lookFor(mark.category, mark.severity, theme);
      el.style.textDecoration = `underline ${look.style} ${look.color}`;
      if (mark.active) {
        const active = activeLook(theme);
        el.style.textDecoration = `underline solid ${active.underline}`;
        el.style.textDecorationThickness = '3px';
        el.style.backgroundColor = active.tint;
      }
      el.dataset.start = String(mark.start);
      el.dataset.end = String(mark.end);
      el.textContent = text.slice(mark.start, mark.end);
      parts.push(el);
      at = mark.end;
    }
    // A trailing newline needs a character after it, or the mirror is one line short.
    parts.push(doc.createTextNode(`${text.slice(at)}\u200b`));
    this.element.replaceChildren(...parts);
    this.place();
  }

  /** Follow the textarea's box and scroll (called on scroll, resize and after each render). */
  place(): void {
    const ta = this.textarea;
    const style = ta.ownerDocument.defaultView?.getComputedStyle(ta);
    if (!style) return;
    const rect = ta.getBoundingClientRect();
    const s = this.element.style;
    for (const prop of COPIED) s[prop] = style[prop];
    s.left = `${rect.left}px`;
    s.top = `${rect.top}px`;
    s.width = `${rect.width}px`;
    s.height = `${rect.height}px`;
    s.display = rect.width === 0 ? 'none' : '';
    this.syncScroll();
  }

  /** The mark under a viewport point, if any. */
  markAt(x: number, y: number): { start: number; end: number; rect: DOMRect } | null {
    for (const mark of this.element.querySelectorAll('mark')) {
      for (const rect of mark.getClientRects()) {
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) {
          return { start: Number(mark.dataset.start), end: Number(mark.dataset.end), rect };
        }
      }
    }
    return null;
  }

  /** Where a text range is drawn (to anchor the card), or null when it is not rendered. */
  rectOf(start: number): DOMRect | null {
    for (const mark of this.element.querySelectorAll('mark')) {
      if (Number(mark.dataset.start) === start) return mark.getBoundingClientRect();
    }
    return null;
  }

  private syncScroll(): void {
    // The mirror is overflow:hidden, so scrollTop follows the textarea exactly (including the scrollbar gap).
    this.element.scrollTop = this.textarea.scrollTop;
    this.element.scrollLeft = this.textarea.scrollLeft;
    const gap = this.textarea.offsetWidth - this.textarea.clientWidth;
    this.element.style.paddingRight = `calc(${this.textarea.ownerDocument.defaultView?.getComputedStyle(this.textarea).paddingRight ?? '0px'} + ${Math.max(0, gap - (Number.parseFloat(this.element.style.borderLeftWidth) || 0) - (Number.parseFloat(this.element.style.borderRightWidth) || 0))}px)`;
  }
}
