import type { Box } from '../box.ts';
import { beforeInputInsert, insertTextCommand, pasteInsert, type Strategy } from './strategies.ts';

export type EditorKind =
  | 'textarea'
  | 'ckeditor5'
  | 'prosemirror'
  | 'quill'
  | 'lexical'
  | 'tinymce'
  | 'gmail'
  | 'contenteditable';

/** Recognise the editor behind a reply box from the marks it puts on its own root. */
export function editorKind(box: Box): EditorKind {
  if (box.kind === 'textarea') return 'textarea';
  const el = box.el;
  // CKEditor 5: <div class="ck ck-content ck-editor__editable …" contenteditable="true">.
  if (el.classList.contains('ck-editor__editable')) return 'ckeditor5';
  // ProseMirror (Intercom, Help Scout, Front, HubSpot): <div class="ProseMirror" contenteditable="true">.
  if (el.classList.contains('ProseMirror')) return 'prosemirror';
  // Quill (Salesforce Lightning rich text): <div class="ql-editor" contenteditable="true">.
  if (el.classList.contains('ql-editor')) return 'quill';
  // Lexical: <div contenteditable="true" data-lexical-editor="true">.
  if (el.getAttribute('data-lexical-editor') === 'true') return 'lexical';
  // TinyMCE (iframe mode): <body id="tinymce" class="mce-content-body" contenteditable="true"> in its own frame.
  if (el.classList.contains('mce-content-body')) return 'tinymce';
  // Gmail's own editor: <div g_editable="true" contenteditable="true">.
  if (el.getAttribute('g_editable') === 'true') return 'gmail';
  // Everything else, including roosterjs (Outlook on the web), which leaves no mark of its own on the root.
  return 'contenteditable';
}

/**
 * How each editor accepts a replacement, preferred path first (EDITORS.md holds the measurements). A path that
 * changes nothing falls through to the next; one that changes the wrong thing is undone.
 */
export const STRATEGIES: Record<EditorKind, Strategy[]> = {
  textarea: [insertTextCommand],
  gmail: [insertTextCommand],
  // Paste first: roosterjs takes an undo snapshot before a paste, but not before an execCommand edit (its undo would
  // also take back typing). A synthetic paste does nothing in a bare contenteditable, which then gets execCommand.
  contenteditable: [pasteInsert, insertTextCommand],
  // The model overwrites execCommand edits; beforeinput with target ranges goes through its typing pipeline.
  ckeditor5: [beforeInputInsert, pasteInsert],
  prosemirror: [insertTextCommand, pasteInsert],
  quill: [insertTextCommand, pasteInsert],
  lexical: [beforeInputInsert, insertTextCommand, pasteInsert],
  // TinyMCE opens an undo level for a paste; an execCommand edit would merge with the typing before it.
  tinymce: [pasteInsert, insertTextCommand],
};
