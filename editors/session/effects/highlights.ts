import { HighlightLayer } from '../../highlights.ts';
import { rangeFor } from '../../text-model.ts';
import { inBar, sameFinding } from '../findings.ts';
import { inlineFindings, type SessionState } from '../state.ts';
import type { EffectModule, SessionContext } from './context.ts';

/**
 * The underlines: the CSS Custom Highlight API over a rich box, the mirror over a textarea; the phrase the card is
 * open on is drawn with a fill. Drawn only when what they show changed: redrawing on every pause would give every
 * keystroke a style and layout pass (RELIABILITY E3), and live ranges already follow edits after the flagged words.
 */
export function highlightsModule(ctx: SessionContext): EffectModule {
  const layer = ctx.box.kind === 'rich' ? new HighlightLayer(ctx.doc) : null;
  ctx.signal.addEventListener('abort', () => layer?.clear(), { once: true });
  let drawn = '';
  // What each drawn range should read. An editor may swap the text nodes under a range (an undo of a rewrite does)
  // while the findings stay the same; such a range reads differently, and only then is the layer drawn again. A
  // finding drawn from a reading the editor had already replaced gets no range at all: that too is drawn again.
  let drawnRanges: { range: Range; text: string }[] = [];
  let missedRanges = false;
  const rangesHold = () => !missedRanges && drawnRanges.every(({ range, text }) => sameWords(range.toString(), text));

  const active = (s: SessionState) => (s.card && !inBar(s.card.finding) ? s.card.finding : null);
  const keyOf = (s: SessionState) =>
    JSON.stringify([
      active(s)?.ruleId,
      active(s)?.start,
      inlineFindings(s).map((f) => [f.ruleId, f.start, f.end, s.text.slice(f.start, f.end)]),
    ]);

  function draw(s: SessionState, key: string): void {
    drawn = key;
    const inline = inlineFindings(s);
    const current = active(s);
    const snap = ctx.reading.rich;
    drawnRanges = [];
    missedRanges = false;
    if (layer && snap) {
      const items = [];
      for (const f of inline) {
        const range = rangeFor(snap, f.start, f.end);
        const text = s.text.slice(f.start, f.end);
        missedRanges ||= range === null || !sameWords(range.toString(), text);
        if (!range) continue;
        items.push({ range, category: f.category, severity: f.severity });
        drawnRanges.push({ range, text });
      }
      layer.show(items, current ? (rangeFor(snap, current.start, current.end) ?? undefined) : undefined);
    }
    ctx.mirror?.render(
      s.text,
      inline.map((f) => ({
        start: f.start,
        end: f.end,
        category: f.category,
        severity: f.severity,
        active: current ? sameFinding(f, current) : false,
      })),
    );
  }

  return {
    update({ prev, state }) {
      if (state.removed) return;
      const same = prev.shown === state.shown && prev.card === state.card && prev.text === state.text;
      if (same && drawn) return;
      const key = keyOf(state);
      if (key !== drawn || !rangesHold()) draw(state, key);
    },
    place() {
      ctx.mirror?.place();
    },
  };
}

/** The same words: a range reads block breaks and no-break spaces differently from the text model. */
const sameWords = (a: string, b: string): boolean => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
