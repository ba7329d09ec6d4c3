import type { FrameLocator, Locator, Page } from 'playwright-core';

/** A fixture page, the element an agent clicks to type a reply, and the iframe it lives in (TinyMCE). */
export interface FixtureEditor {
  page: string;
  editable: string;
  frame?: string;
}

/** Every fixture page with its reply box, in the order tests visit them. */
export const FIXTURE_EDITORS: FixtureEditor[] = [
  { page: 'gmail.html', editable: '[g_editable="true"]' },
  { page: 'textarea.html', editable: '#reply' },
  { page: 'contenteditable.html', editable: '#reply p' },
  {
    page: 'zendesk.html',
    editable: '[data-entity-is-selected="true"] [data-test-id="omnicomposer-rich-text-ckeditor"]',
  },
  { page: 'prosemirror.html', editable: '.ProseMirror' },
  { page: 'quill.html', editable: '.ql-editor' },
  { page: 'lexical.html', editable: '#editor' },
  { page: 'tinymce.html', editable: 'body#tinymce', frame: 'iframe.tox-edit-area__iframe' },
  { page: 'roosterjs.html', editable: '#editor' },
];

/** The reply box of `fixture` on an open page, inside its iframe when it has one. */
export function replyBox(page: Page, fixture: FixtureEditor): Locator {
  const scope: Page | FrameLocator = fixture.frame ? page.frameLocator(fixture.frame) : page;
  return scope.locator(fixture.editable).first();
}

/** Clicks into the start of the reply box (top-left corner: the first, empty line) and types like an agent. */
export async function typeInto(page: Page, fixture: FixtureEditor, text: string): Promise<void> {
  await replyBox(page, fixture).click({ position: { x: 4, y: 4 } });
  await page.keyboard.type(text);
}
