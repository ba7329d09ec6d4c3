import { activeLook, lookFor, lookKey } from './looks.ts';
import { type Theme, themeFor } from './theme.ts';

/**
 * Findings shown with the CSS Custom Highlight API: nothing is added inside the editor's DOM. The registry is
 * shared with the page, so every name carries a random per-frame prefix; styles are adopted by the document
 * (no <style> node is added anywhere). The page can read the registry: names say nothing but a number per look
 * (no rule id, category or severity), so all a page learns is where the underlines are, as with a spell-checker.
 */
export interface HighlightItem {
  range: Range;
  category: string;
  severity: string;
}

// Digits only: a random run of letters could spell a word.
const prefix = `tactful-${Math.floor(Math.random() * 1e6)}`;
let sheet: CSSStyleSheet | null = null;
const styledNames = new Set<string>();
// A neutral number per look (category + severity), the same in every layer of this frame.
const lookNumbers = new Map<string, number>();
const lookNumber = (key: string) => {
  if (!lookNumbers.has(key)) lookNumbers.set(key, lookNumbers.size);
  return lookNumbers.get(key) as number;
};
let layers = 0;

function ensureStyle(doc: Document, name: string, rule: string): void {
  if (styledNames.has(name)) return;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  }
  sheet.insertRule(`::highlight(${name}) { ${rule} }`);
  styledNames.add(name);
}

function lookRule(category: string, severity: string, theme: Theme): string {
  const look = lookFor(category, severity, theme);
  return `text-decoration: underline ${look.style} ${look.color} 2px; text-underline-offset: 3px;`;
}

function activeRule(theme: Theme): string {
  const look = activeLook(theme);
  return `text-decoration: underline solid ${look.underline} 3px; text-underline-offset: 3px; background-color: ${look.tint};`;
}

/** Light or dark underlines for the box the ranges are in (read once per draw: a page can switch themes). */
function themeOfRanges(items: HighlightItem[], active: Range | undefined): Theme {
  const node = items[0]?.range.commonAncestorContainer ?? active?.commonAncestorContainer;
  const element = node && (node.nodeType === 1 ? (node as Element) : node.parentElement);
  return element ? themeFor(element) : 'light';
}

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** One editor's highlights. Several layers (two Gmail composers) can share a frame. */
export class HighlightLayer {
  private readonly id = layers++;
  private names = new Set<string>();

  constructor(private readonly doc: Document) {}

  /** Replace what this layer shows; `active` is the finding the card is open on, drawn with a fill. */
  show(items: HighlightItem[], active?: Range): void {
    if (!highlightsSupported()) return;
    const theme = themeOfRanges(items, active);
    const groups = new Map<string, { ranges: Range[]; category: string; severity: string }>();
    for (const item of items) {
      const name = `${prefix}-${this.id}-${lookNumber(`${lookKey(item.category, item.severity)}-${theme}`)}`;
      const group = groups.get(name) ?? { ranges: [], category: item.category, severity: item.severity };
      group.ranges.push(item.range);
      groups.set(name, group);
    }
    for (const name of this.names) if (!groups.has(name)) CSS.highlights.delete(name);
    this.names = new Set(groups.keys());
    for (const [name, group] of groups) {
      ensureStyle(this.doc, name, lookRule(group.category, group.severity, theme));
      CSS.highlights.set(name, new Highlight(...group.ranges));
    }
    // The names left over from the last draw (the old active one included) were deleted above.
    const activeName = `${prefix}-${this.id}-${theme === 'dark' ? 1 : 0}-active`;
    if (active) {
      ensureStyle(this.doc, activeName, activeRule(theme));
      CSS.highlights.set(activeName, new Highlight(active));
      this.names.add(activeName);
    } else CSS.highlights.delete(activeName);
  }

  clear(): void {
    if (!highlightsSupported()) return;
    for (const name of this.names) CSS.highlights.delete(name);
    this.names.clear();
  }
}
