import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createService } from '../../../background/service.ts';
import { askBackground, MessagingError } from '../../../messaging/client.ts';
import { serveBackground } from '../../../messaging/server.ts';
import type { TactfulDb } from '../../../storage/db.ts';
import { contentScript, optionsPage, sendAs } from '../senders.ts';
import { avoidRule, freshDb, rulebook } from '../storage/helpers.ts';

/** E7 and F6: the watcher asks the worker to start the coach; the worker injects it into the asking frame only. */
const starter = rulebook('tactful/starter', [avoidRule('starter/calm-down', 'calm down')]);
const ZENDESK = 'https://acme.zendesk.com/agent/tickets/1';

let db: TactfulDb;
let controller: AbortController;
let injectCoach: ReturnType<typeof vi.fn<(tabId: number, frameId: number) => Promise<void>>>;

beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb();
  controller = new AbortController();
  injectCoach = vi.fn(async () => undefined);
  serveBackground(createService({ db, starter, policy: async () => ({}), injectCoach }).handlers, controller.signal);
});
afterEach(async () => {
  controller.abort();
  await db.delete();
});

/** A content script in frame `frameId` of tab 7. */
const inTab = (url: string, frameId: number) => {
  const sender = contentScript(url, ZENDESK, frameId);
  return { ...sender, tab: { ...sender.tab, id: 7 } };
};

describe('starting the coach where a reply box appeared', () => {
  it('injects the coach into the frame that asked, in its tab', async () => {
    sendAs(inTab('about:blank', 4));
    expect(await askBackground({ type: 'startCoach' })).toEqual({ started: true });
    expect(injectCoach).toHaveBeenCalledWith(7, 4);
  });

  it('says it did not start when the injection fails, so the watcher tries again later', async () => {
    injectCoach.mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    sendAs(inTab(ZENDESK, 0));
    await expect(askBackground({ type: 'startCoach' })).rejects.toThrow(MessagingError);
  });

  it('injects nothing for a sender without a tab (an extension page)', async () => {
    sendAs(optionsPage());
    expect(await askBackground({ type: 'startCoach' })).toEqual({ started: false });
    sendAs(contentScript(ZENDESK));
    expect(await askBackground({ type: 'startCoach' })).toEqual({ started: false });
    expect(injectCoach).not.toHaveBeenCalled();
  });
});
