/**
 * The one element Tactful adds to a page: <tactful-coach> on <html> (never inside the editor, and not in <body>,
 * which is the editor itself in TinyMCE's iframe). Everything visible lives in its shadow root, so page CSS cannot
 * break it and it cannot break the page. The root is CLOSED and the host carries no attributes: page script cannot
 * read the card (rule messages, rewrites, the team's rulebook) or reach its buttons. Assistive tech still reads it
 * (the accessibility tree includes closed roots); tests read it through CDP (tests/browser/tactful-ui.ts).
 */
// Colours are custom properties per panel: data-theme="dark" on a panel (chosen from the page around its box, see
// theme.ts) swaps them. Text pairs measure at least 4.5:1 and marks (focus ring, borders of controls) 3:1, in both
// themes (tests/browser/contrast.test.ts); the figures are in docs/design/ACCESSIBILITY.md.
const STYLE = `
:host { all: initial; }
* { box-sizing: border-box; }
.card, .bar {
  --ink: #202124; --muted: #5f6368; --surface: #fff; --edge: #80868b; --button: #f8f9fa; --button-edge: #80868b;
  --rewrite: #e8f0fe; --rewrite-ink: #174ea6; --rewrite-edge: #1967d2; --focus: #1967d2; --link: #1967d2;
  --missing: #b06000; --error: #c5221f; --warning: #b06000;
  --del: #fce8e6; --del-ink: #a50e0e; --ins: #e6f4ea; --ins-ink: #0d652d;
  color-scheme: light;
}
.card[data-theme="dark"], .bar[data-theme="dark"] {
  --ink: #e8eaed; --muted: #bdc1c6; --surface: #202124; --edge: #9aa0a6; --button: #303134; --button-edge: #9aa0a6;
  --rewrite: #1c3a5e; --rewrite-ink: #d2e3fc; --rewrite-edge: #8ab4f8; --focus: #8ab4f8; --link: #8ab4f8;
  --missing: #fdd663; --error: #f28b82; --warning: #fdd663;
  --del: #5c1a16; --del-ink: #f6aea9; --ins: #0f3d22; --ins-ink: #a8dab5;
  color-scheme: dark;
}
.card, .bar { position: fixed; z-index: 2147483647; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--ink); background: var(--surface); border: 1px solid var(--edge); border-radius: 8px; box-shadow: 0 2px 10px rgba(0,0,0,.18); }
/* The card opens over the bar when they meet (the bar comes later in the DOM, so equal levels would put it on top and
   a click meant for the card's buttons would land on the bar). */
.bar { z-index: 2147483646; }
.card { width: 320px; max-width: calc(100vw - 16px); max-height: calc(100vh - 16px); overflow: auto; padding: 10px 12px; }
.card[hidden], .bar[hidden] { display: none; }
.card .message { font-weight: 600; margin: 0 0 4px; }
.card .note { margin: 8px 0 0; color: var(--muted); }
.card .rewrites { display: flex; flex-wrap: wrap; gap: 6px; margin: 0 0 8px; }
button { font: inherit; cursor: pointer; border-radius: 6px; border: 1px solid var(--button-edge); background: var(--button); color: var(--ink); padding: 3px 8px; }
button.rewrite { background: var(--rewrite); border-color: var(--rewrite-edge); color: var(--rewrite-ink); }
button:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
.card .actions { display: flex; gap: 6px; flex-wrap: wrap; }
.card .status { margin: 6px 0 0; color: var(--muted); }
.card .hint { margin: 6px 0 0; color: var(--muted); font-size: 12px; }
.card .kind { margin: 0 0 2px; color: var(--muted); font-size: 12px; display: flex; gap: 6px; align-items: center; }
/* The severity in words, with a mark drawn like the underline (wavy for an error, dashed for a warning). */
.card .severity { color: var(--ink); font-weight: 600; text-decoration: underline 2px; text-underline-offset: 3px; }
.card .severity[data-severity="error"] { text-decoration-style: wavy; text-decoration-color: var(--error); }
.card .severity[data-severity="warning"] { text-decoration-style: dashed; text-decoration-color: var(--warning); }
.card .severity[data-severity="hint"] { text-decoration-style: dotted; text-decoration-color: var(--link); }
.card a { color: var(--link); }
.bar { max-width: min(460px, calc(100vw - 16px)); display: flex; flex-direction: column; padding: 4px 6px; gap: 2px; font-size: 12px; }
/* The suggested sentence is shown whole, wrapped, never cut short behind a tooltip. */
.bar .item { display: flex; gap: 6px; align-items: baseline; }
.bar .item .label { font-weight: 600; color: var(--missing); white-space: nowrap; }
.bar .item .text { flex: 1 1 auto; min-width: 0; overflow-wrap: anywhere; color: var(--muted); }
/* The preview: the sentence as it will read, removed words struck through and added words in bold (not colour alone). */
.card .preview, .card .example { margin: 4px 0 8px; padding: 6px 8px; background: var(--button); border-radius: 6px; }
.card .preview del { color: var(--del-ink); background: var(--del); text-decoration: line-through; }
.card .preview ins { color: var(--ins-ink); background: var(--ins); text-decoration: none; font-weight: 600; }
.card .example-label { font-weight: 600; }
.sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0);
  white-space: nowrap; border: 0; }
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
