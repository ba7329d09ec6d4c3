import { useEffect, useRef } from 'react';
import { boxFor, readBox } from '../../editors/box.ts';
import { DEFAULT_MASKS, startCoaching } from '../../editors/coach-session.ts';
import type { Finding, PreparedRulebook } from '../../rules/index.ts';

interface Props {
  prepared: PreparedRulebook;
  customer: string;
  /** The reply as the engine reads it, after every change and every check. */
  onChange: (text: string, findings: Finding[] | null) => void;
  labelledBy: string;
  describedBy?: string;
}

/**
 * A plain rich-text box coached exactly as a reply box in Gmail is: the same session from editors/ draws the
 * highlights, the card and the coach bar. The box is left uncontrolled (React never writes into it), because
 * the coach's rewrites go through the browser's editing commands and React must not undo them.
 */
export function ReplyEditor({ prepared, customer, onChange, labelledBy, describedBy }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  // The latest callback and inputs, read by the long-lived session without restarting it.
  const latest = useRef({ prepared, customer, onChange });
  latest.current = { prepared, customer, onChange };

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    // Firefox before 136 has no "plaintext-only": the attribute is then ignored and the box would not be editable.
    if (!el.isContentEditable) el.contentEditable = 'true';
    const controller = new AbortController();
    const box = boxFor(el, DEFAULT_MASKS);
    const read = () => readBox(box).text;
    startCoaching(el, {
      prepared: () => latest.current.prepared,
      customer: () => latest.current.customer,
      signal: controller.signal,
      onFindings: (findings) => latest.current.onChange(read(), findings),
    });
    el.addEventListener('input', () => latest.current.onChange(read(), null), { signal: controller.signal });
    return () => controller.abort();
  }, []);

  return (
    // biome-ignore lint/a11y/useSemanticElements: a contenteditable like Gmail's, so the coach draws the same in-text highlights
    <div
      ref={ref}
      tabIndex={0}
      className="reply-box"
      contentEditable="plaintext-only"
      role="textbox"
      aria-multiline="true"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      spellCheck
      data-testid="reply-box"
    />
  );
}
