/**
 * WCAG 2 contrast measured from computed styles in the browser: text against the background it is painted on
 * (ancestors' backgrounds composited, shadow hosts crossed), for Tactful's closed shadow root (through
 * TactfulUi.evaluateAll, which axe cannot do) and for pages. The functions below run in the page: they are sent as
 * source, so they use nothing from outside their own bodies.
 */

export interface Measured {
  /** What was measured: the element (tag.class) and the start of its text. */
  what: string;
  fg: number[];
  bg: number[];
  ratio: number;
}

/** `this`: a container. Every visible element in it with text of its own, measured against its background. */
export function textContrastIn(this: Element): Measured[] {
  const parse = (value: string): number[] | null => {
    const m = /rgba?\(([^)]+)\)/.exec(value);
    if (!m) return null;
    const p = (m[1] as string)
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map((x) => (x.endsWith('%') ? Number.parseFloat(x) / 100 : Number.parseFloat(x)));
    return [p[0] ?? 0, p[1] ?? 0, p[2] ?? 0, p[3] ?? 1];
  };
  const over = (top: number[], under: number[]): number[] => {
    const a = top[3] ?? 1;
    return [0, 1, 2].map((i) => (top[i] ?? 0) * a + (under[i] ?? 0) * (1 - a)).concat(1);
  };
  const lum = (c: number[]) => {
    const lin = (v = 0) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
  };
  const ratio = (a: number[], b: number[]) => {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
    return (x + 0.05) / (y + 0.05);
  };
  const parentOf = (n: Element): Element | null =>
    n.parentElement ?? ((n.parentNode as ShadowRoot | null)?.host as Element | undefined) ?? null;
  const canvas =
    matchMedia('(prefers-color-scheme: dark)').matches &&
    getComputedStyle(document.documentElement).colorScheme.includes('dark')
      ? [18, 18, 18, 1]
      : [255, 255, 255, 1];
  const backgroundOf = (el: Element): number[] => {
    const layers: number[][] = [];
    for (let n: Element | null = el; n; n = parentOf(n)) {
      const c = parse(getComputedStyle(n).backgroundColor);
      if (c && (c[3] ?? 0) > 0) {
        layers.push(c);
        if ((c[3] ?? 0) >= 1) break;
      }
    }
    let bg = canvas;
    for (const c of layers.reverse()) bg = over(c, bg);
    return bg;
  };
  const out: Measured[] = [];
  for (const el of [this, ...this.querySelectorAll('*')]) {
    const own = [...el.childNodes]
      .filter((n) => n.nodeType === 3)
      .map((n) => n.textContent ?? '')
      .join('')
      .trim();
    if (!own || el.getClientRects().length === 0) continue;
    const style = getComputedStyle(el);
    if (style.visibility !== 'visible' || el.closest('[aria-hidden="true"], button:disabled, svg')) continue;
    const bg = backgroundOf(el);
    const fg = over(parse(style.color) ?? [0, 0, 0, 1], bg);
    out.push({
      what: `${el.localName}${el.className && typeof el.className === 'string' ? `.${el.className}` : ''} “${own.slice(0, 30)}”`,
      fg,
      bg,
      ratio: Math.round(ratio(fg, bg) * 100) / 100,
    });
  }
  return out;
}

/** The background `el` is painted on, composited (same rules as textContrastIn). */
export function backgroundIn(el: Element): number[] {
  const parse = (value: string): number[] | null => {
    const m = /rgba?\(([^)]+)\)/.exec(value);
    if (!m) return null;
    const p = (m[1] as string)
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map((x) => (x.endsWith('%') ? Number.parseFloat(x) / 100 : Number.parseFloat(x)));
    return [p[0] ?? 0, p[1] ?? 0, p[2] ?? 0, p[3] ?? 1];
  };
  const parentOf = (n: Element): Element | null =>
    n.parentElement ?? ((n.parentNode as ShadowRoot | null)?.host as Element | undefined) ?? null;
  const layers: number[][] = [];
  for (let n: Element | null = el; n; n = parentOf(n)) {
    const c = parse(getComputedStyle(n).backgroundColor);
    if (c && (c[3] ?? 0) > 0) {
      layers.push(c);
      if ((c[3] ?? 0) >= 1) break;
    }
  }
  // The browser's canvas: dark (#121212) only for a page that declares it can be dark, on a system that prefers it.
  const dark =
    matchMedia('(prefers-color-scheme: dark)').matches &&
    getComputedStyle(document.documentElement).colorScheme.includes('dark');
  let bg = dark ? [18, 18, 18, 1] : [255, 255, 255, 1];
  for (const c of layers.reverse()) {
    const a = c[3] ?? 1;
    bg = [0, 1, 2].map((i) => (c[i] ?? 0) * a + (bg[i] ?? 0) * (1 - a)).concat(1);
  }
  return bg;
}

/** "rgb(…)" / "rgba(…)" / "#rrggbb" as [r, g, b, a]. */
export function parseColour(value: string): number[] {
  const hex = /^#([0-9a-f]{6})$/i.exec(value.trim());
  if (hex) {
    const h = hex[1] as string;
    return [0, 2, 4].map((i) => Number.parseInt(h.slice(i, i + 2), 16)).concat(1);
  }
  const m = /rgba?\(([^)]+)\)/.exec(value);
  if (!m) throw new Error(`Not a colour: ${value}`);
  const p = (m[1] as string)
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map((x) => (x.endsWith('%') ? Number.parseFloat(x) / 100 : Number.parseFloat(x)));
  return [p[0] ?? 0, p[1] ?? 0, p[2] ?? 0, p[3] ?? 1];
}

/** `top` painted over the opaque `under`. */
export function composite(top: number[], under: number[]): number[] {
  const a = top[3] ?? 1;
  return [0, 1, 2].map((i) => (top[i] ?? 0) * a + (under[i] ?? 0) * (1 - a)).concat(1);
}

export function luminance(c: readonly number[]): number {
  const lin = (v = 0) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
}

export function contrastRatio(a: readonly number[], b: readonly number[]): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return Math.round(((x + 0.05) / (y + 0.05)) * 100) / 100;
}

/** Below the WCAG minimum: text 4.5:1, non-text marks 3:1. */
export function tooLow(measured: Measured[], minimum: number): string[] {
  return measured.filter((m) => m.ratio < minimum).map((m) => `${m.what}: ${m.ratio}:1`);
}
