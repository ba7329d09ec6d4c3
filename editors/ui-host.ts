/**
 * The one element Tactful adds to a page: <tactful-coach> on <html> (never inside the editor, and not in <body>,
 * which is the editor itself in TinyMCE's iframe). Everything visible lives in its shadow root, so page CSS cannot
 * break it and it cannot break the page. The root is CLOSED and the host carries no attributes: page script cannot
 * read the card (rule messages, rewrites, the team's rulebook) or reach its buttons. Assistive tech still reads it
 * (the accessibility tree includes closed roots); tests read it through CDP (tests/browser/tactful-ui.ts).
 */
const STYLE = `
:host { all: initial; }
* { box-sizing: border-box; }
.card, .bar { position: fixed; z-index: 2147483647; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #202124; background: #fff; border: 1px solid #dadce0; border-radius: 8px; box-shadow: 0 2px 10px rgba(0,0,0,.18); }
/* The card opens over the bar when they meet (the bar comes later in the DOM, so equal levels would put it on top and
   a click meant for the card's buttons would land on the bar). */
.bar { z-index: 2147483646; }
.card { width: 320px; max-width: calc(100vw - 16px); max-height: calc(100vh - 16px); overflow: auto; padding: 10px 12px; }
.card[hidden], .bar[hidden] { display: none; }
.card .message { font-weight: 600; margin: 0 0 4px; }
.card .note { margin: 8px 0 0; color: #5f6368; }
.card .rewrites { display: flex; flex-wrap: wrap; gap: 6px; margin: 0 0 8px; }
button { font: inherit; cursor: pointer; border-radius: 6px; border: 1px solid #dadce0; background: #f8f9fa; color: #202124; padding: 3px 8px; }
button.rewrite { background: #e8f0fe; border-color: #aecbfa; color: #174ea6; }
button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
.card .actions { display: flex; gap: 6px; flex-wrap: wrap; }
.card .status { margin: 6px 0 0; color: #5f6368; }
.card .hint { margin: 6px 0 0; color: #80868b; font-size: 12px; }
.card a { color: #1a73e8; }
.bar { padding: 6px 8px; max-width: min(460px, calc(100vw - 16px)); display: flex; flex-direction: column; gap: 4px; }
.bar { padding: 4px 6px; gap: 2px; font-size: 12px; }
.bar .item { display: flex; gap: 6px; align-items: baseline; white-space: nowrap; }
.bar .item .label { font-weight: 600; color: #b06000; }
.bar .item .text { flex: 1 1 auto; min-width: 0; overflow: hidden; text-overflow: ellipsis; color: #5f6368; }
.bar button { padding: 1px 8px; }
.mirror { position: fixed; z-index: 2147483645; pointer-events: none; overflow: hidden; color: transparent; background: transparent;
  white-space: pre-wrap; overflow-wrap: break-word; word-wrap: break-word; border-color: transparent !important; }
.mirror mark { color: transparent; background: transparent; text-decoration-thickness: 2px; text-underline-offset: 3px; }
`;

const HOST_TAG = 'tactful-coach';
const roots = new WeakMap<Document, ShadowRoot>();

export function uiRoot(doc: Document): ShadowRoot {
  const known = roots.get(doc);
  if (known?.host.isConnected) return known;
  const host = doc.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  shadow.append(style);
  doc.documentElement.append(host);
  roots.set(doc, shadow);
  return shadow;
}

/** Whether `node` is Tactful's own UI host (focus moving into the card lands on it, seen from the page). */
export function isCoachUi(node: Node): boolean {
  const doc = node.ownerDocument;
  return doc !== null && roots.get(doc)?.host === node;
}

/** Keep a fixed-position box inside the viewport. */
export function clampToViewport(doc: Document, left: number, top: number, width: number, height: number) {
  const view = doc.defaultView;
  const vw = view?.innerWidth ?? 1024;
  const vh = view?.innerHeight ?? 768;
  return {
    left: Math.max(8, Math.min(left, vw - width - 8)),
    top: Math.max(8, Math.min(top, vh - height - 8)),
  };
}

/**
 * A hidden panel (card or coach bar) in Tactful's shadow root, removed when `signal` aborts. Pressing the mouse on
 * it never takes the caret (and the selection a rewrite replaces) out of the editor.
 */
export function createPanel(
  doc: Document,
  className: string,
  role: string,
  label: string,
  signal: AbortSignal,
): HTMLDivElement {
  const element = doc.createElement('div');
  element.className = className;
  element.hidden = true;
  element.setAttribute('role', role);
  element.setAttribute('aria-label', label);
  element.addEventListener('mousedown', (e) => e.preventDefault(), { signal });
  uiRoot(doc).append(element);
  signal.addEventListener('abort', () => element.remove(), { once: true });
  return element;
}
