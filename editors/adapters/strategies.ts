import type { Box } from '../box.ts';
import { readBox } from '../box.ts';
import { rangeFor } from '../text-model.ts';

/**
 * The ways to put text into an editor so that the editor itself makes the change (its model, its undo stack).
 * Each works on the exact range [start, end) of the box's current text.
 */
export type Strategy = (box: Box, start: number, end: number, text: string) => Promise<void>;

function win(box: Box): Window & typeof globalThis {
  return box.el.ownerDocument.defaultView as Window & typeof globalThis;
}

/** Let the editor react: microtasks, its MutationObserver, and a frame for those that apply on animation frames. */
export function settle(box: Box): Promise<void> {
  const w = win(box);
  return new Promise((resolve) => w.requestAnimationFrame(() => w.setTimeout(resolve, 0)));
}

/** Put the editor's selection exactly over [start, end); returns the DOM range for rich boxes. */
export function selectRange(box: Box, start: number, end: number): Range | null {
  if (box.kind === 'textarea') {
    box.el.focus({ preventScroll: true });
    box.el.setSelectionRange(start, end);
    return null;
  }
  const now = readBox(box).rich;
  const range = now ? rangeFor(now, start, end) : null;
  if (!range) throw new Error('The text moved; nothing was changed.');
  box.el.focus({ preventScroll: true });
  const selection = box.el.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return range;
}

/** Wait until the page has seen our selection (editors sync their model on `selectionchange`). */
function selectionSeen(box: Box): Promise<void> {
  const doc = box.el.ownerDocument;
  return new Promise<void>((resolve) => {
    const w = win(box);
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      w.clearTimeout(timer);
      resolve();
    };
    // selectionchange is not fired when the selection did not change; a short bound keeps us moving then.
    const timer = w.setTimeout(done, 50);
    doc.addEventListener('selectionchange', done);
  }).then(() => settle(box));
}

/** The browser's own editing command: native undo for textarea/contenteditable, seen as typing by ProseMirror & co. */
export const insertTextCommand: Strategy = async (box, start, end, text) => {
  selectRange(box, start, end);
  await selectionSeen(box);
  selectRange(box, start, end);
  const doc = box.el.ownerDocument;
  if (text === '') doc.execCommand('delete', false);
  else doc.execCommand('insertText', false, text);
};

/** A beforeinput event with exact target ranges: the path CKEditor 5 and Lexical handle themselves. */
export const beforeInputInsert: Strategy = async (box, start, end, text) => {
  const range = selectRange(box, start, end);
  await selectionSeen(box);
  if (!range) return;
  const w = win(box);
  const target = new w.StaticRange({
    startContainer: range.startContainer,
    startOffset: range.startOffset,
    endContainer: range.endContainer,
    endOffset: range.endOffset,
  });
  const event = new w.InputEvent('beforeinput', {
    inputType: text === '' ? 'deleteContentBackward' : 'insertText',
    data: text === '' ? null : text,
    bubbles: true,
    cancelable: true,
    composed: true,
    targetRanges: [target],
  });
  box.el.dispatchEvent(event);
};

/** A synthetic paste of plain text over the selection: CKEditor 5, ProseMirror, Quill and Lexical accept it. */
export const pasteInsert: Strategy = async (box, start, end, text) => {
  selectRange(box, start, end);
  await selectionSeen(box);
  selectRange(box, start, end);
  const w = win(box);
  const data = new w.DataTransfer();
  data.setData('text/plain', text);
  const event = new w.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  box.el.dispatchEvent(event);
};

/** Undo the editor's last step: its own Ctrl+Z handler first, the browser's undo when nobody handled the key. */
export async function undoLastStep(box: Box): Promise<void> {
  const w = win(box);
  const mac = /Mac|iPhone|iPad/.test(w.navigator.platform);
  const key = new w.KeyboardEvent('keydown', {
    key: 'z',
    code: 'KeyZ',
    keyCode: 90,
    ctrlKey: !mac,
    metaKey: mac,
    bubbles: true,
    cancelable: true,
    composed: true,
  } as KeyboardEventInit);
  box.el.focus({ preventScroll: true });
  const handled = !box.el.dispatchEvent(key);
  if (!handled) box.el.ownerDocument.execCommand('undo', false);
  await settle(box);
}
