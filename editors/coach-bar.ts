import { type MessageKey, t } from '../i18n/t.ts';
import type { Finding } from '../rules/types.ts';
import { themeFor } from './theme.ts';
import { trusted } from './trusted.ts';
import { clampToViewport, createPanel } from './ui-host.ts';

// One or two words name each item; the suggested sentence follows in full (wrapped), never cut short.
const SHORT_LABELS: Record<string, MessageKey> = {
  'missing-apology': 'bar_missingApology',
  'missing-next-step': 'bar_missingNextStep',
  length: 'bar_longReply',
};

/**
 * The small bar attached to the reply box for what is missing (an apology, a next step) and for notices
 * (a reply too long to check). Each missing item offers its suggested sentence to insert.
 */
/** What an agent clicks on the page around a reply box: the bar never covers one. */
const PAGE_CONTROLS = 'button, a[href], input, select, [role="button"], [role="link"]';

export class CoachBar {
  readonly element: HTMLDivElement;
  private readonly doc: Document;
  /** The bar's live region: only what matters is said (a new missing item), never a redraw. */
  private readonly live: HTMLDivElement;

  constructor(
    doc: Document,
    private readonly onInsert: (finding: Finding, sentence: string) => void,
    signal: AbortSignal,
    /** The reply box: the page around it picks the light or dark palette. */
    private readonly box?: Element,
  ) {
    this.doc = doc;
    // Not a live region itself: it is redrawn whenever its items change, and every redraw would be read out.
    this.element = createPanel(doc, 'bar', 'group', t('extName'), signal);
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
    const said = [
      ...(notice ? [notice] : []),
      ...added.map((f) => (SHORT_LABELS[f.category] ? t(SHORT_LABELS[f.category] as MessageKey) : f.message)),
    ];
    if (said.length > 0) this.live.textContent = t('bar_announce', { items: said.join('. ') });
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
      label.textContent = t(SHORT_LABELS[finding.category] ?? 'card_kind_generic');
      label.title = finding.message;
      item.append(label);
      const sentence = finding.replacements[0];
      if (sentence !== undefined) {
        const text = doc.createElement('span');
        text.className = 'text';
        text.textContent = t('bar_quoted', { text: sentence.trim() });
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
    const el = this.element;
    const width = el.offsetWidth || 300;
    const height = el.offsetHeight || 40;
    const vh = this.doc.defaultView?.innerHeight ?? 768;
    // Right under the reply box's right edge, so it reads as part of the box without covering the text. Where the
    // page has something of its own there (a composer docked at the window's bottom, another one popped out beside
    // it), the box's left edge, then the box's own bottom edge, right then left. Never held in the viewport apart from
    // its box: the bar scrolls away with it, and where every place is under something floating (200 % zoom), it is
    // hidden rather than drawn over that.
    const right = clampToViewport(this.doc, anchor.right - width, 0, width, 0).left;
    const leftEdge = clampToViewport(this.doc, anchor.left, 0, width, 0).left;
    const under = anchor.bottom + 4;
    const inside = Math.min(anchor.bottom - height - 4, vh - height - 8);
    const places: [number, number][] = [
      [right, under],
      [leftEdge, under],
      ...(inside >= anchor.top
        ? ([
            [right, inside],
            [leftEdge, inside],
          ] as [number, number][])
        : []),
    ];
    // One probe of each place at most (each is 15 hit tests): the first free place in full view wins, else the first
    // free one (it is below the fold and scrolls into view with its box), else the bar stays under the box, hidden.
    let inView: [number, number] | undefined;
    let belowFold: [number, number] | undefined;
    for (const place of places) {
      if (!this.free(place[0], place[1], width, height)) continue;
      if (place[1] + height <= vh - 8) {
        inView = place;
        break;
      }
      belowFold ??= place;
    }
    const [left, top] = inView ?? belowFold ?? [right, under];
    el.style.left = `${left}px`;
    el.style.top = `${top}px`;
    el.style.visibility = inView || belowFold ? '' : 'hidden';
  }

  /**
   * Whether nothing of the page that floats (fixed or sticky: a docked composer, a chat panel) and is not the box's
   * own, and none of the page's controls (the composer's Send button, its toolbar), lies under this place: probed on a
   * grid, since a button is smaller than the bar. Points off screen do not count: a bar there is simply scrolled away.
   */
  private free(left: number, top: number, width: number, height: number): boolean {
    const box = this.box;
    const view = this.doc.defaultView;
    // A DOM without layout (a unit test's) cannot say what lies where.
    if (!box || !view || typeof this.doc.elementsFromPoint !== 'function') return true;
    for (const fy of [0, 0.5, 1]) {
      for (const fx of [0, 0.25, 0.5, 0.75, 1]) {
        const x = left + 2 + fx * (width - 4);
        const y = top + 2 + fy * (height - 4);
        if (x < 0 || y < 0 || x >= view.innerWidth || y >= view.innerHeight) continue;
        const hit = this.doc.elementsFromPoint(x, y).find((e) => e.localName !== 'tactful-coach');
        if (hit && !box.contains(hit) && hit.closest(PAGE_CONTROLS)) return false;
        for (let node: Element | null = hit ?? null; node; node = node.parentElement) {
          if (node.contains(box)) break;
          const position = view.getComputedStyle(node).position;
          if (position === 'fixed' || position === 'sticky') return false;
        }
      }
    }
    return true;
  }

  hide(): void {
    this.element.hidden = true;
  }
}
