import { IncrementalChecker } from '../rules/incremental.ts';
import type { PreparedRulebook } from '../rules/prepare.ts';
import type { Finding } from '../rules/types.ts';
import { reportFindingCount } from './badge-report.ts';
import { type Box, type BoxText, boxFor, readBox } from './box.ts';
import { Card, type CardMode } from './card.ts';
import { CoachBar } from './coach-bar.ts';
import { HighlightLayer } from './highlights.ts';
import { CHECK_BUDGET_MS, isLongReply, LONG_REPLY_NOTICE, windowAroundCaret } from './long-reply.ts';
import { replaceVerified } from './replace.ts';
import { debouncedIdle } from './schedule.ts';
import { pointToOffset, rangeFor } from './text-model.ts';
import { TextareaMirror } from './textarea-mirror.ts';
import { isTrusted, trusted } from './trusted.ts';

/** Quoted history and signatures, for callers that do not know the site. */
export const DEFAULT_MASKS = '.gmail_quote, blockquote, .gmail_signature, [data-smartmail="gmail_signature"]';

export interface CoachOptions {
  /** The rulebook to check with; a function is read on every check, so a new revision applies at once. */
  prepared: PreparedRulebook | (() => PreparedRulebook | null);
  /** The customer's latest message, read on every check. */
  customer?: () => string | undefined;
  /** Removes every listener, observer, highlight and element this session added. */
  signal: AbortSignal;
  /** Elements inside the box whose text is never coached. */
  maskSelector?: string;
  /** Rules the agent switched off (read on every check). */
  disabledRules?: () => ReadonlySet<string>;
  /** The agent chose "Turn this rule off" on the card. */
  onTurnOff?: (ruleId: string) => void;
  onFindings?: (findings: Finding[]) => void;
}

export interface CoachSession {
  /** Findings shown now (dismissed and switched-off ones left out). */
  readonly findings: Finding[];
  /** Check again now (new rulebook revision, new customer message). */
  recheck(): void;
}

/**
 * Findings shown in the bar rather than over words: what is missing (an empty span, where to insert) and what
 * concerns the whole reply. Underlining a whole reply would say nothing and repaint it on every keystroke.
 */
const inBar = (f: Finding) => f.start === f.end || f.scope === 'reply';
// A bar item stays dismissed while the reply changes; a phrase stays dismissed while its words do not.
const dismissKey = (f: Finding, text: string) => `${f.ruleId}\u0000${inBar(f) ? '' : text.slice(f.start, f.end)}`;
// Alt+Shift+N: free in Gmail, Zendesk, Chrome and Windows/macOS text fields.
const isNextShortcut = (e: KeyboardEvent) => e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyN';

/**
 * Coach one reply box: check on every pause, show findings in place, open the card, apply rewrites.
 * Used by the content script for every reply box it finds, and by the practice page for its own editor.
 */
export function startCoaching(root: HTMLElement | HTMLTextAreaElement, opts: CoachOptions): CoachSession {
  const { signal } = opts;
  const doc = root.ownerDocument;
  const win = doc.defaultView as Window & typeof globalThis;
  const box: Box = boxFor(root, opts.maskSelector ?? DEFAULT_MASKS);
  const layer = box.kind === 'rich' ? new HighlightLayer(doc) : null;
  const mirror = box.kind === 'textarea' ? new TextareaMirror(box.el, signal) : null;
  const dismissed = new Set<string>();
  const turnedOff = new Set<string>();
  let checked: BoxText = { text: '', checked: '' };
  let all: Finding[] = [];
  let shown: Finding[] = [];
  let notice: string | undefined;
  let composing = false;
  let busy = false;

  const card = new Card(
    doc,
    {
      apply: (f, replacement) => void apply(f, replacement),
      dismiss: (f) => {
        dismissed.add(dismissKey(f, checked.text));
        closeCard();
        refresh();
      },
      turnOff: (f) => {
        turnedOff.add(f.ruleId);
        opts.onTurnOff?.(f.ruleId);
        closeCard();
        refresh();
      },
    },
    signal,
  );
  // The bar may show a finding from an earlier check: insert where the latest check says the sentence goes.
  const bar = new CoachBar(
    doc,
    (f, sentence) => {
      const current = shown.find((x) => inBar(x) && x.ruleId === f.ruleId);
      if (current) void apply(current, sentence);
    },
    signal,
  );

  const prepared = () => (typeof opts.prepared === 'function' ? opts.prepared() : opts.prepared);

  let checker: IncrementalChecker | null = null;
  let continuation: number | undefined;
  signal.addEventListener('abort', () => win.clearTimeout(continuation), { once: true });

  /**
   * Check the reply within the frame budget (RELIABILITY D3): a check that runs out of time yields to the page and
   * goes on in the next task from the sentence where it stopped; the findings shown stay until it completes.
   */
  function run(): void {
    win.clearTimeout(continuation);
    continuation = undefined;
    if (composing || busy || signal.aborted || !root.isConnected) return;
    const started = performance.now();
    const book = prepared();
    const now = readBox(box);
    if (!book) {
      checked = now;
      all = [];
      refresh();
      return;
    }
    if (checker?.book !== book) checker = new IncrementalChecker(book);
    const long = isLongReply(now.checked);
    const text = long ? windowAroundCaret(now.checked, caretOffset(now)) : now.checked;
    const result = checker.check(
      text,
      { customer: opts.customer?.() },
      () => performance.now() - started > CHECK_BUDGET_MS,
    );
    if (!result) {
      continuation = win.setTimeout(run, 0);
      return;
    }
    checked = now;
    notice = long ? LONG_REPLY_NOTICE : undefined;
    // Near the caret only, "nothing says sorry" would be a guess about the rest of the reply.
    all = long ? result.findings.filter((f) => !inBar(f)) : result.findings;
    refresh();
  }

  /** Apply dismissals and switched-off rules, then draw. */
  function refresh(): void {
    const off = opts.disabledRules?.() ?? new Set<string>();
    shown = all.filter(
      (f) => !off.has(f.ruleId) && !turnedOff.has(f.ruleId) && !dismissed.has(dismissKey(f, checked.text)),
    );
    if (card.finding && !shown.some((f) => sameFinding(f, card.finding as Finding))) closeCard();
    drawIfChanged();
    opts.onFindings?.(shown);
    reportFindingCount(root, shown.length, signal);
  }

  let inlineKey = '';
  let barKey = '';
  const inlineKeyNow = () =>
    JSON.stringify([
      card.finding?.ruleId,
      card.finding?.start,
      shown.filter((f) => !inBar(f)).map((f) => [f.ruleId, f.start, f.end, checked.text.slice(f.start, f.end)]),
    ]);
  // Where a missing sentence goes is looked up when it is inserted, so moving it needs no redraw.
  const barKeyNow = () => JSON.stringify([notice, shown.filter(inBar).map((f) => [f.ruleId, f.replacements[0]])]);

  /**
   * Draw only what changed: redrawing on every pause would give every keystroke a style and layout pass
   * (RELIABILITY E3). Live ranges already follow edits made after the flagged words.
   */
  function drawIfChanged(): void {
    if (inlineKeyNow() !== inlineKey) drawInline();
    if (barKeyNow() !== barKey) drawBar();
  }

  function draw(): void {
    drawInline();
    drawBar();
  }

  function drawBar(): void {
    barKey = barKeyNow();
    bar.show(shown.filter(inBar), notice, root.getBoundingClientRect());
  }

  function drawInline(): void {
    inlineKey = inlineKeyNow();
    const inline = shown.filter((f) => !inBar(f));
    const active = card.finding && !inBar(card.finding) ? card.finding : null;
    if (layer && checked.rich) {
      const snap = checked.rich;
      const items = [];
      for (const f of inline) {
        const range = rangeFor(snap, f.start, f.end);
        if (range) items.push({ range, category: f.category, severity: f.severity });
      }
      layer.show(items, active ? (rangeFor(snap, active.start, active.end) ?? undefined) : undefined);
    }
    mirror?.render(
      checked.text,
      inline.map((f) => ({
        start: f.start,
        end: f.end,
        category: f.category,
        severity: f.severity,
        active: active ? sameFinding(f, active) : false,
      })),
    );
  }

  const schedule = debouncedIdle(win, run, signal);

  async function apply(f: Finding, replacement: string): Promise<void> {
    if (busy) return;
    busy = true;
    try {
      const outcome = await replaceVerified(box, checked.text, f.start, f.end, replacement);
      if (outcome.ok) {
        closeCard();
      } else if (outcome.reason === 'stale') {
        openCard(f, card.mode);
        card.offerCopy(replacement, 'Your text changed since this was checked, so nothing was replaced.');
      } else {
        openCard(f, card.mode);
        card.offerCopy(replacement, 'This editor did not take the change, so your draft is as it was.');
      }
    } finally {
      busy = false;
      schedule();
    }
  }

  function anchorFor(f: Finding): DOMRect {
    if (!inBar(f)) {
      if (checked.rich) {
        const rect = rangeFor(checked.rich, f.start, f.end)?.getBoundingClientRect();
        if (rect && (rect.width > 0 || rect.height > 0)) return rect;
      }
      const rect = mirror?.rectOf(f.start);
      if (rect) return rect;
    }
    return root.getBoundingClientRect();
  }

  function openCard(f: Finding, mode: CardMode): void {
    card.open(f, anchorFor(f), mode);
    draw();
  }

  function closeCard(): void {
    if (!card.isOpen && !card.finding) return;
    card.close();
    draw();
  }

  /** The text offset under the caret in a reading of the box (the last checked one by default), or -1. */
  function caretOffset(reading: BoxText = checked): number {
    if (box.kind === 'textarea') return box.el.selectionStart;
    const sel = doc.getSelection();
    if (!sel || sel.rangeCount === 0 || !reading.rich) return -1;
    return sel.focusNode ? (pointToOffset(reading.rich, sel.focusNode, sel.focusOffset) ?? -1) : -1;
  }

  function findingAtOffset(offset: number): Finding | undefined {
    return shown.find((f) => !inBar(f) && f.start <= offset && offset < f.end);
  }

  function findingAtPoint(x: number, y: number): Finding | undefined {
    if (mirror) {
      const mark = mirror.markAt(x, y);
      return mark ? shown.find((f) => f.start === mark.start && f.end === mark.end) : undefined;
    }
    const snap = checked.rich;
    const caret = doc.caretRangeFromPoint?.(x, y);
    if (!snap || !caret || !root.contains(caret.startContainer)) return undefined;
    const offset = pointToOffset(snap, caret.startContainer, caret.startOffset);
    if (offset === null) return undefined;
    // The caret lands beside the nearest character: accept either side, then check the pointer is over the text.
    for (const f of shown) {
      if (inBar(f) || offset < f.start || offset > f.end) continue;
      const rects = rangeFor(snap, f.start, f.end)?.getClientRects() ?? [];
      for (const r of rects) if (x >= r.left && x <= r.right && y >= r.top - 2 && y <= r.bottom + 2) return f;
    }
    return undefined;
  }

  /** Alt+Shift+N: the next finding after the caret (wrapping), caret moved to it, card opened for the keyboard. */
  function jumpToNext(): void {
    const inline = shown.filter((f) => !inBar(f)).sort((a, b) => a.start - b.start);
    const barItems = shown.filter(inBar);
    const caret = caretOffset();
    const current = card.finding;
    const next =
      inline.find((f) => f.start > caret || (f.start === caret && !(current && sameFinding(current, f)))) ??
      (current && barItems.length > 0 && !inBar(current) ? barItems[0] : undefined) ??
      inline[0] ??
      barItems[0];
    if (!next) return;
    if (!inBar(next)) moveCaret(next.start);
    openCard(next, 'keyboard');
  }

  function moveCaret(offset: number): void {
    if (box.kind === 'textarea') {
      box.el.setSelectionRange(offset, offset);
      return;
    }
    const range = checked.rich ? rangeFor(checked.rich, offset, offset) : null;
    if (!range) return;
    const sel = doc.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
  }

  const inBox = (e: Event) => e.composedPath().includes(root);

  // Every listener below is owned by the session's signal.
  const observer = new MutationObserver(() => schedule());
  observer.observe(root, { characterData: true, childList: true, subtree: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      layer?.clear();
    },
    { once: true },
  );
  // A <textarea>'s value changes without DOM mutations.
  root.addEventListener('input', () => schedule(), { signal });
  // IME: check once the composed text is committed (RELIABILITY A1).
  root.addEventListener('compositionstart', () => (composing = true), { signal });
  root.addEventListener(
    'compositionend',
    () => {
      composing = false;
      schedule();
    },
    { signal },
  );

  win.addEventListener(
    'keydown',
    (e) => {
      // The shortcut, Enter (apply) and Esc come from the agent's keyboard only, never from a page's dispatchEvent.
      if (!isTrusted(e) || !inBox(e)) return;
      if (isNextShortcut(e)) {
        e.preventDefault();
        e.stopImmediatePropagation();
        jumpToNext();
        return;
      }
      if (!card.isOpen || card.mode !== 'keyboard' || !card.finding) return;
      if (e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey && !e.isComposing) {
        const first = card.finding.replacements[0];
        if (first === undefined) return;
        e.preventDefault();
        e.stopImmediatePropagation();
        void apply(card.finding, first);
      } else if (e.key === 'Escape') {
        e.preventDefault();
        e.stopImmediatePropagation();
        closeCard();
      } else if (!['Shift', 'Alt', 'Control', 'Meta'].includes(e.key)) {
        closeCard();
      }
    },
    { capture: true, signal },
  );

  // Hover opens the card for the finding under the pointer; a short grace keeps it while moving onto the card.
  let frame = 0;
  let graceTimer: number | undefined;
  doc.addEventListener(
    'pointermove',
    (e) => {
      // A hover-opened card takes no keys, so a synthetic hover could do no harm; it is ignored all the same.
      if (frame || !isTrusted(e)) return;
      const { clientX: x, clientY: y } = e;
      const overUi = e.composedPath().includes(card.element);
      frame = win.requestAnimationFrame(() => {
        frame = 0;
        if (overUi || busy) {
          win.clearTimeout(graceTimer);
          return;
        }
        const f = findingAtPoint(x, y);
        if (f) {
          win.clearTimeout(graceTimer);
          if (!card.finding || !sameFinding(card.finding, f)) openCard(f, 'pointer');
        } else if (card.isOpen && card.mode === 'pointer') {
          win.clearTimeout(graceTimer);
          graceTimer = win.setTimeout(closeCard, 400);
        }
      });
    },
    { passive: true, signal },
  );
  signal.addEventListener(
    'abort',
    () => {
      win.cancelAnimationFrame(frame);
      win.clearTimeout(graceTimer);
    },
    { once: true },
  );
  // A click on a flagged phrase opens its card (as the pointer would).
  root.addEventListener(
    'click',
    trusted(() => {
      const f = findingAtOffset(caretOffset());
      if (f) openCard(f, 'pointer');
    }),
    { signal },
  );

  // Keep the bar, mirror and card beside the box when the page scrolls or the box resizes.
  const follow = () => {
    mirror?.place();
    bar.place(root.getBoundingClientRect());
    if (card.isOpen && card.finding) card.place(anchorFor(card.finding));
  };
  win.addEventListener('scroll', follow, { capture: true, passive: true, signal });
  win.addEventListener('resize', follow, { passive: true, signal });
  const resize = new ResizeObserver(follow);
  resize.observe(root);
  signal.addEventListener('abort', () => resize.disconnect(), { once: true });

  run();

  return {
    get findings() {
      return shown;
    },
    recheck: () => run(),
  };
}

/** Bar items move as the reply grows, so one rule's bar item is the same item wherever it now sits. */
function sameFinding(a: Finding, b: Finding): boolean {
  if (a.ruleId !== b.ruleId) return false;
  return (inBar(a) && inBar(b)) || (a.start === b.start && a.end === b.end);
}
