// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://help.example.com/ticket/1"}
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createService } from '../../../background/service.ts';
import { startCoachingPage } from '../../../entrypoints/coach.content/coach-page.ts';
import { serveBackground } from '../../../messaging/server.ts';
import type { TactfulDb } from '../../../storage/db.ts';
import { NO_POLICY } from '../../../storage/policy.ts';
import { contentScript, sendAs } from '../senders.ts';
import { avoidRule, freshDb, rulebook } from '../storage/helpers.ts';

/**
 * A page whose first ask for the rulebook fails (the worker was restarting, or kept busy past the ask's limit) must
 * ask again: no other event may ever come to that page, and it would never coach.
 */
let db: TactfulDb;
let page: AbortController;
let worker: AbortController;
let asks: number;
let failFirst: number;
/** The rule ids of each answer the page got. */
let answered: string[][];
const starter = rulebook('tactful/starter', [avoidRule('starter/calm-down', 'calm down')]);

beforeEach(() => {
  fakeBrowser.reset();
  sendAs(contentScript(location.href));
  db = freshDb();
  page = new AbortController();
  worker = new AbortController();
  asks = 0;
  answered = [];
  const { handlers } = createService({ db, starter, policy: async () => NO_POLICY });
  serveBackground(
    {
      ...handlers,
      getCoachState: async (request, sender) => {
        asks++;
        if (asks <= failFirst) throw new Error('the worker is restarting');
        const state = await handlers.getCoachState(request, sender);
        answered.push(state.compiled.rules.map((r) => r.id));
        return state;
      },
    },
    worker.signal,
  );
  document.body.innerHTML = '<form><textarea name="reply"></textarea></form>';
});
afterEach(async () => {
  page.abort();
  worker.abort();
  await db.delete();
});

describe('the coach in a page', () => {
  it('asks for the rulebook again after a failed ask, and stops asking once it has one', async () => {
    failFirst = 2;
    startCoachingPage(document, page.signal);
    await expect.poll(() => answered, { timeout: 10_000, interval: 100 }).toEqual([['starter/calm-down']]);
    expect(asks).toBe(3);
    // Had it kept asking, the next ask would come 15 s after the third.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(asks).toBe(3);
  }, 20_000);

  it('asks once when the first ask is answered', async () => {
    failFirst = 0;
    startCoachingPage(document, page.signal);
    await expect.poll(() => answered.length, { timeout: 5_000, interval: 50 }).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(asks).toBe(1);
  });

  it('stops asking when the page goes away', async () => {
    failFirst = 100;
    startCoachingPage(document, page.signal);
    await expect.poll(() => asks, { timeout: 5_000, interval: 50 }).toBe(1);
    page.abort();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(asks).toBe(1);
  });
});
