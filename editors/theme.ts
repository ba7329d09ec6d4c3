/**
 * Light or dark UI for one reply box. What the agent sees around the box decides, not only the system setting: a
 * dark Gmail theme on a light OS paints the reply box dark, and a white card there would glare. The first opaque
 * background on the box or its ancestors is read; its relative luminance picks the palette that contrasts more
 * with it. When every ancestor is transparent the browser's canvas shows: dark when the system prefers dark and the
 * page declares it can be dark (color-scheme: dark or light dark), white otherwise.
 */
export type Theme = 'light' | 'dark';

// Below this luminance white text contrasts more than black text: √(1.05 × 0.05) − 0.05.
const DARK_BELOW = Math.sqrt(1.05 * 0.05) - 0.05;

export function themeFor(element: Element): Theme {
  const win = element.ownerDocument.defaultView;
  if (!win) return 'light';
  for (let node: Element | null = element; node; node = parentOf(node)) {
    const rgba = parseColor(win.getComputedStyle(node).backgroundColor);
    if (rgba && rgba[3] >= 0.5) return relativeLuminance(rgba) < DARK_BELOW ? 'dark' : 'light';
  }
  const prefersDark = win.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  const scheme = win.getComputedStyle(element.ownerDocument.documentElement).colorScheme ?? '';
  return prefersDark && /\bdark\b/.test(scheme) && !/\bonly light\b/.test(scheme) ? 'dark' : 'light';
}

/** The parent element, or a shadow root's host (an editor inside a web component). */
function parentOf(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.parentNode;
  return root && 'host' in root ? (root as ShadowRoot).host : null;
}

/** "rgb(r, g, b)" / "rgba(r, g, b, a)" as computed styles give them; null for anything else. */
export function parseColor(value: string): [number, number, number, number] | null {
  const match = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value.trim());
  if (!match) return null;
  const alphaText = match[4];
  const alpha =
    alphaText === undefined
      ? 1
      : alphaText.endsWith('%')
        ? Number.parseFloat(alphaText) / 100
        : Number.parseFloat(alphaText);
  return [Number(match[1]), Number(match[2]), Number(match[3]), alpha];
}

/** WCAG 2 relative luminance of an sRGB colour (0–255 channels). */
export function relativeLuminance([r, g, b]: readonly number[]): number {
  const lin = (c = 0) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
