import type { ReactNode } from 'react';

export interface Highlight {
  start: number;
  end: number;
  className: string;
  /** Read out by screen readers and shown on hover. */
  label: string;
}

/**
 * Text with marked spans, built from text nodes and <mark> elements only: rule messages and the
 * text itself are never interpreted as HTML. Overlapping spans: the earlier one wins. A zero-width
 * span (a "missing" finding's insertion point) shows as a small caret.
 */
export function HighlightedText({ text, highlights }: { text: string; highlights: readonly Highlight[] }) {
  const sorted = [...highlights].sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const h of sorted) {
    if (h.start < at || h.end > text.length) continue;
    if (h.start > at) parts.push(text.slice(at, h.start));
    if (h.end === h.start) {
      parts.push(
        <span
          key={`caret-${h.start}-${parts.length}`}
          className={`caret ${h.className}`}
          title={h.label}
          role="img"
          aria-label={h.label}
        >
          ‸
        </span>,
      );
    } else {
      parts.push(
        <mark key={`${h.start}-${h.end}`} className={h.className} title={h.label}>
          {text.slice(h.start, h.end)}
          <span className="visually-hidden"> ({h.label})</span>
        </mark>,
      );
    }
    at = h.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <span className="highlighted">{parts}</span>;
}
