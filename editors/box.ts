import { checkedCopy, readRichText, type TextSnapshot } from './text-model.ts';

/** A reply box: a plain <textarea>, or the contenteditable root of a rich editor. */
export type Box =
  | { kind: 'textarea'; el: HTMLTextAreaElement }
  | { kind: 'rich'; el: HTMLElement; maskSelector: string };

/** What the box holds now: the shown text, the engine's copy, and for rich boxes the DOM mapping. */
export interface BoxText {
  text: string;
  checked: string;
  rich?: TextSnapshot;
}

export function boxFor(el: HTMLElement, maskSelector: string): Box {
  // tagName, not instanceof: the box may live in another frame's realm.
  return el.tagName === 'TEXTAREA'
    ? { kind: 'textarea', el: el as HTMLTextAreaElement }
    : { kind: 'rich', el, maskSelector };
}

export function readBox(box: Box): BoxText {
  if (box.kind === 'textarea') {
    const text = box.el.value;
    return { text, checked: checkedCopy(text) };
  }
  const rich = readRichText(box.el, box.maskSelector);
  return { text: rich.text, checked: rich.checked, rich };
}

/**
 * Text equality for verifying an edit: editors freely swap a space for a no-break space, add CKEditor's inline
 * filler or a zero-width space, and render a new paragraph as one or two line breaks.
 */
export function sameText(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .replace(/[\u2060\u200b\ufeff]/g, '')
      .replace(/\u00a0/g, ' ')
      .replace(/\r\n?/g, '\n')
      .replace(/\n+/g, '\n')
      .replace(/\s+$/, '');
  return norm(a) === norm(b);
}
