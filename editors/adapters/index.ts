import type { Box } from '../box.ts';
import { beforeInputInsert, insertTextCommand, pasteInsert, type Strategy } from './strategies.ts';

export type EditorKind =
  | 'textarea'
  | 'ckeditor5'
  | 'prosemirror'
  | 'quill'
  | 'lexical'
  | 'tinymce'
  | 'roosterjs'
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
  // roosterjs (Outlook on the web) leaves no mark of its own; the fixture and Outlook use role="textbox".
  return 'contenteditable';
}

/**
 * How each editor accepts a replacement, preferred path first (EDITORS.md holds the measurements). A path that
 * changes nothing falls through to the next; one that changes the wrong thing is undone.
 */
export const STRATEGIES: Record<EditorKind, Strategy[]> = {
  textarea: [insertTextCommand],
  contenteditable: [insertTextCommand, pasteInsert],
  // The model overwrites execCommand edits; beforeinput with target ranges goes through its typing pipeline.
  ckeditor5: [beforeInputInsert, pasteInsert],
  prosemirror: [insertTextCommand, pasteInsert],
  quill: [insertTextCommand, pasteInsert],
  lexical: [beforeInputInsert, insertTextCommand, pasteInsert],
  tinymce: [insertTextCommand, pasteInsert],
  roosterjs: [insertTextCommand, pasteInsert],
};
