// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://help.example.com/ticket/1"}
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { watchForReplyBox } from '../../../entrypoints/watcher/watch-for-reply-box.ts';
import { frameRole, markCoachRunning } from '../../../messaging/coach-handover.ts';

/** E7: the watcher on every matching page asks for the coach once its frame has a reply box, and only then. */
let watcher: { stop(): void } | undefined;
let ask: ReturnType<typeof vi.fn<() => Promise<boolean>>>;

beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = '<h1>How refunds work</h1><p>Refunds go back to the card you paid with.</p>';
  watcher = undefined;
  ask = vi.fn(async () => true);
});
afterEach(() => {
  watcher?.stop();
  delete (globalThis as Record<string, unknown>).__tactfulCoachRunning;
  delete (globalThis as Record<string, unknown>).__tactfulWatching;
});

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

function addBox(): HTMLElement {
  const box = document.createElement('div');
  box.contentEditable = 'true';
  document.body.append(box);
  return box;
}

describe('the watcher', () => {
  it('asks for nothing on a page without a reply box, even as the page changes', async () => {
    watcher = watchForReplyBox(document, ask);
    document.body.append(document.createElement('p'));
    await nextFrame();
    await nextFrame();
    expect(ask).not.toHaveBeenCalled();
  });

  it('asks once when reply boxes appear later, and stops watching', async () => {
    watcher = watchForReplyBox(document, ask);
    addBox();
    addBox();
    await vi.waitFor(() => expect(ask).toHaveBeenCalledTimes(1));
    addBox();
    await nextFrame();
    await nextFrame();
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('asks at once, and once, for reply boxes already on the page, and stops watching', async () => {
    addBox();
    addBox();
    watcher = watchForReplyBox(document, ask);
    expect(ask).toHaveBeenCalledTimes(1);
    addBox();
    await nextFrame();
    await nextFrame();
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('marks its frame as watched, for the popup to read, and listens for no message', () => {
    const listen = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    expect(frameRole()).toBe('none');
    watcher = watchForReplyBox(document, ask);
    expect(frameRole()).toBe('watcher');
    expect(listen).not.toHaveBeenCalled();
    markCoachRunning();
    expect(frameRole()).toBe('coach');
  });

  it('does not watch where the coach already runs', () => {
    markCoachRunning();
    addBox();
    watcher = watchForReplyBox(document, ask);
    expect(ask).not.toHaveBeenCalled();
  });
});
