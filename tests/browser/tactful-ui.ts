import type { CDPSession, Page } from 'playwright-core';

/**
 * Tactful's card, coach bar and textarea mirror live in CLOSED shadow roots, so neither the page nor Playwright's
 * selectors can reach them (Playwright pierces open roots only; checked). Tests read them the way DevTools does:
 * CDP's DOM domain with `pierce: true` walks closed roots and same-process iframes. Nothing is exposed to the page,
 * and the test build's UI is the shipped one. Clicks are real mouse clicks at the element's on-screen centre.
 */
export interface UiElement {
  text: string;
  attributes: Record<string, string>;
  /** Centre in the top page's viewport (iframes included), or null when the element has no box (hidden). */
  centre: { x: number; y: number } | null;
}

interface DomNode {
  nodeId: number;
  nodeName: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

/**
 * The UI may redraw between a query and the read of what it found (a re-check after a rulebook change replaces the
 * mirror's marks): an element gone by then is not on the page any more, and callers poll again. Null for it.
 */
function unlessGone<T>(read: Promise<T>): Promise<T | null> {
  return read.catch((error: Error) => {
    if (/No node with given id/.test(error.message)) return null;
    throw error;
  });
}

export class TactfulUi {
  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async of(page: Page): Promise<TactfulUi> {
    return new TactfulUi(page, await page.context().newCDPSession(page));
  }

  /** The shadow roots of every <tactful-coach> host, in the page and its iframes. */
  private async roots(): Promise<number[]> {
    const { root } = (await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const found: number[] = [];
    const walk = (node: DomNode) => {
      if (node.nodeName === 'TACTFUL-COACH') for (const shadow of node.shadowRoots ?? []) found.push(shadow.nodeId);
      for (const child of node.children ?? []) walk(child);
      for (const shadow of node.shadowRoots ?? []) walk(shadow);
      if (node.contentDocument) walk(node.contentDocument);
    };
    walk(root);
    return found;
  }

  /**
   * The element that has the focus inside Tactful's shadow roots (the shadow root's own activeElement), or null when
   * the focus is not in Tactful's UI.
   */
  async focused(): Promise<{ text: string; action: string | null; className: string } | null> {
    for (const nodeId of await this.roots()) {
      const { object } = await this.cdp.send('DOM.resolveNode', { nodeId });
      const { result } = await this.cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration:
          'function () { const a = this.activeElement; return a ? { text: a.textContent ?? "", action: a.getAttribute("data-action"), className: a.className } : null; }',
        returnByValue: true,
      });
      await this.cdp.send('Runtime.releaseObject', { objectId: object.objectId as string }).catch(() => undefined);
      if (result.value) return result.value as { text: string; action: string | null; className: string };
    }
    return null;
  }

  /** Every element matching `selector` inside Tactful's shadow roots. */
  async all(selector: string): Promise<UiElement[]> {
    const out: UiElement[] = [];
    for (const nodeId of await this.roots()) {
      const { nodeIds } = await this.cdp.send('DOM.querySelectorAll', { nodeId, selector });
      for (const id of nodeIds) {
        const element = await unlessGone(this.describe(id));
        if (element) out.push(element);
      }
    }
    return out;
  }

  /**
   * Runs `functionDeclaration` ("function () { … }", with `this` the element) on every element matching `selector`
   * inside Tactful's shadow roots and returns what each call returned (e.g. computed styles, which a page cannot read
   * through the closed root either).
   */
  async evaluateAll<T>(selector: string, functionDeclaration: string): Promise<T[]> {
    const out: T[] = [];
    for (const nodeId of await this.roots()) {
      const { nodeIds } = await this.cdp.send('DOM.querySelectorAll', { nodeId, selector });
      for (const id of nodeIds) {
        const resolved = await unlessGone(this.cdp.send('DOM.resolveNode', { nodeId: id }));
        if (!resolved) continue;
        const { object } = resolved;
        const { result, exceptionDetails } = await this.cdp.send('Runtime.callFunctionOn', {
          objectId: object.objectId,
          functionDeclaration,
          returnByValue: true,
        });
        await this.cdp.send('Runtime.releaseObject', { objectId: object.objectId as string }).catch(() => undefined);
        if (exceptionDetails) throw new Error(`evaluateAll(${selector}): ${exceptionDetails.exception?.description}`);
        out.push(result.value as T);
      }
    }
    return out;
  }

  private async describe(nodeId: number): Promise<UiElement> {
    const { object } = await this.cdp.send('DOM.resolveNode', { nodeId });
    const { result } = await this.cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration:
        'function () { return { text: this.textContent ?? "", attributes: Object.fromEntries([...this.attributes].map((a) => [a.name, a.value])) }; }',
      returnByValue: true,
    });
    await this.cdp.send('Runtime.releaseObject', { objectId: object.objectId as string }).catch(() => undefined);
    // Content quads are in the top frame's viewport coordinates, also for nodes inside a same-process iframe.
    const quads = await this.cdp
      .send('DOM.getContentQuads', { nodeId })
      .then((r) => r.quads)
      .catch(() => [] as number[][]);
    const quad = quads.find((q) => Math.abs((q[4] ?? 0) - (q[0] ?? 0)) > 0 && Math.abs((q[5] ?? 0) - (q[1] ?? 0)) > 0);
    const centre = quad ? { x: ((quad[0] ?? 0) + (quad[4] ?? 0)) / 2, y: ((quad[1] ?? 0) + (quad[5] ?? 0)) / 2 } : null;
    return { ...(result.value as Omit<UiElement, 'centre'>), centre };
  }

  /** The first element matching `selector` that has a box on screen, once there is one. */
  async waitFor(selector: string, timeoutMs = 5_000): Promise<UiElement> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const shown = (await this.all(selector)).find((e) => e.centre);
      if (shown) return shown;
      if (Date.now() > until) throw new Error(`Nothing in Tactful's UI matched "${selector}" within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Wait until nothing matching `selector` is on screen. */
  async waitGone(selector: string, timeoutMs = 5_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while ((await this.all(selector)).some((e) => e.centre)) {
      if (Date.now() > until) throw new Error(`"${selector}" was still shown after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async text(selector: string, timeoutMs?: number): Promise<string> {
    return (await this.waitFor(selector, timeoutMs)).text;
  }

  /** A real mouse click (trusted input) at the centre of the first shown element matching `selector`. */
  async click(selector: string, timeoutMs?: number): Promise<void> {
    const { centre } = await this.waitFor(selector, timeoutMs);
    if (!centre) throw new Error(`"${selector}" has no box`);
    await this.page.mouse.click(centre.x, centre.y);
  }

  async detach(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
  }
}
