import { partitionPoint } from '../rules/text/search.ts';

/**
 * The text model of a rich reply box: the editor's text nodes as segments of one string, with block
 * boundaries as "\n", and exact mapping between offsets in that string and DOM positions.
 *
 * Two strings come out of one walk, always the same length:
 *  - `text`: what the agent sees (used to verify replacements and to refuse stale findings);
 *  - `checked`: what the engine reads — quoted history, signatures and non-editable islands become spaces,
 *    and look-alike spaces become plain ones, so every offset the engine returns points into `text` unchanged.
 */

/** A run of `text` that comes from one DOM text node. */
export interface Segment {
  node: Text;
  start: number;
  end: number;
}

/** Where a "\n" that stands for a <br> sits in the DOM, so a caret can be put on an empty line. */
export interface BreakPoint {
  offset: number;
  parent: Node;
  index: number;
}

export interface TextSnapshot {
  text: string;
  checked: string;
  segments: Segment[];
  breaks: BreakPoint[];
  /** Offset in `text` where each visited node starts and ends (for DOM → offset of element positions). */
  bounds: Map<Node, { start: number; end: number }>;
}

export interface DomPoint {
  node: Node;
  offset: number;
}

// Elements that start a new line in every editor we support; a computed-style lookup would force layout.
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

// Never text the agent wrote.
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/**
 * Characters that look like a space or nothing at all (NBSP from contenteditable typing, CKEditor's inline
 * filler U+2060, zero-width space, BOM). The engine sees a plain space so phrases still match.
 */
const LOOKALIKE_SPACE = /[\u00a0\u2060\u200b\ufeff]/g;

export function checkedCopy(text: string): string {
  return text.replace(LOOKALIKE_SPACE, ' ');
}

const blankOut = (s: string): string => s.replace(/[^\n]/g, ' ');

/**
 * Walk `root` into a snapshot. `maskSelector` names elements whose text is hidden from the engine
 * (quoted history, signatures); contenteditable="false" islands are hidden too.
 */
export function readRichText(root: Element, maskSelector: string): TextSnapshot {
  const parts: string[] = [];
  const checkedParts: string[] = [];
  const segments: Segment[] = [];
  const breaks: BreakPoint[] = [];
  const bounds = new Map<Node, { start: number; end: number }>();
  let length = 0;
  let lastChar = '';
  let pendingBreak = false;

  const emit = (s: string, masked: boolean): void => {
    parts.push(s);
    checkedParts.push(masked ? blankOut(s) : checkedCopy(s));
    length += s.length;
    lastChar = s.charAt(s.length - 1);
  };
  const flushBreak = (): void => {
    if (pendingBreak && length > 0 && lastChar !== '\n') emit('\n', false);
    pendingBreak = false;
  };

  const walk = (node: Node, masked: boolean): void => {
    // A block starts its own line right away, so a caret before the block maps after the "\n".
    if (node.nodeType === 1 && BLOCK_TAGS.has((node as Element).tagName)) {
      pendingBreak = true;
      flushBreak();
    }
    const start = length;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data.length > 0) {
        flushBreak();
        const segStart = length;
        emit(data, masked);
        segments.push({ node: node as Text, start: segStart, end: length });
      }
    } else if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.tagName;
      if (SKIPPED_TAGS.has(tag)) {
        bounds.set(node, { start, end: start });
        return;
      }
      if (tag === 'BR') {
        flushBreak();
        breaks.push({ offset: length, parent: el.parentNode as Node, index: indexInParent(el) });
        emit('\n', false);
        bounds.set(node, { start, end: length });
        return;
      }
      const block = BLOCK_TAGS.has(tag);
      const hide =
        masked || (el !== root && (el.matches(maskSelector) || el.getAttribute('contenteditable') === 'false'));
      for (let child = el.firstChild; child; child = child.nextSibling) walk(child, hide);
      if (block) pendingBreak = true;
    }
    bounds.set(node, { start, end: length });
  };

  for (let child = root.firstChild; child; child = child.nextSibling) walk(child, false);
  bounds.set(root, { start: 0, end: length });
  return { text: parts.join(''), checked: checkedParts.join(''), segments, breaks, bounds };
}

function indexInParent(node: Node): number {
  let i = 0;
  for (let n = node.previousSibling; n; n = n.previousSibling) i++;
  return i;
}

/**
 * The DOM position of a text offset. `bias` decides between two positions that show the same caret spot:
 * 'after' prefers the start of the next text node (range starts, insertions), 'before' the end of the previous
 * one (range ends).
 */
export function offsetToPoint(snap: TextSnapshot, offset: number, bias: 'before' | 'after'): DomPoint | null {
  const { segments } = snap;
  // The first segment ending at or after the offset (segments are sorted and do not overlap).
  const i = partitionPoint(segments, (seg) => seg.end < offset);
  const seg = segments[i];
  const next = segments[i + 1];
  if (seg && seg.start <= offset) {
    if (bias === 'after' && offset === seg.end && next && next.start === offset) return { node: next.node, offset: 0 };
    return { node: seg.node, offset: offset - seg.start };
  }
  // The offset is on a "\n" that no text node holds: an empty line (<br>) or a block boundary.
  const br = snap.breaks.find((b) => b.offset === offset);
  if (br) return { node: br.parent, offset: br.index };
  const prev = segments[i - 1];
  if (bias === 'after' && seg) return { node: seg.node, offset: 0 };
  if (prev) return { node: prev.node, offset: prev.end - prev.start };
  if (seg) return { node: seg.node, offset: 0 };
  return null;
}

/** The text offset of a DOM position inside the snapshot's root, or null when the node is not part of it. */
export function pointToOffset(snap: TextSnapshot, node: Node, offset: number): number | null {
  if (node.nodeType === 3) {
    const b = snap.bounds.get(node);
    if (!b) return null;
    return Math.min(b.start + offset, b.end);
  }
  const child = node.childNodes[offset];
  if (child) return snap.bounds.get(child)?.start ?? null;
  return snap.bounds.get(node)?.end ?? null;
}

/** A live DOM Range over [start, end) of the snapshot's text. */
export function rangeFor(snap: TextSnapshot, start: number, end: number): Range | null {
  const a = offsetToPoint(snap, start, 'after');
  const b = start === end ? a : offsetToPoint(snap, end, 'before');
  if (!a || !b) return null;
  const doc = a.node.ownerDocument;
  if (!doc) return null;
  const range = doc.createRange();
  try {
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
  } catch {
    return null;
  }
  return range;
}
