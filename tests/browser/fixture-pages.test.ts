import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type BrowserSession, launchBrowser, openFixture, recordNetwork, saveScreenshot } from './harness.ts';

type Scope = Page | FrameLocator;

/** Each fixture page, the element an agent clicks to type a reply, and where that element lives. */
const PAGES: { page: string; editable: string; frame?: string }[] = [
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

// The fixtures themselves, without the extension: each page mounts its real editor, takes typed text into the
// editor's own model, and asks nothing of the network but the test server.
describe('fixture pages', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await launchBrowser();
  });
  afterAll(() => session?.close());

  it.each(PAGES)('$page mounts its editor and takes typing', async ({ page: name, editable, frame }) => {
    const log = recordNetwork(session);
    const page = await openFixture(session.context, name);
    const scope: Scope = frame ? page.frameLocator(frame) : page;
    await scope
      .locator(editable)
      .first()
      .click({ position: { x: 4, y: 4 } });
    await page.keyboard.type('Thanks for writing in. ');
    await expect.poll(() => page.evaluate(() => window.__getText())).toMatch(/^Thanks for writing in\./);
    await saveScreenshot(page, `fixtures/${name.replace('.html', '')}`, { fullPage: true });
    log.stop();
    const server = inject('fixturesUrl');
    expect(log.requests.filter((r) => r.network && !r.url.startsWith(`${server}/`)).map((r) => r.url)).toEqual([]);
    await page.close();
  });
});
