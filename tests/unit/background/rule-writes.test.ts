import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readPolicy } from '../../../background/read-policy.ts';
import { createService } from '../../../background/service.ts';
import { askFromPage } from '../../../messaging/page-client.ts';
import { serveBackground } from '../../../messaging/server.ts';
import type { TactfulDb } from '../../../storage/db.ts';
import { optionsPage, sendAs } from '../senders.ts';
import { avoidRule, freshDb, rulebook } from '../storage/helpers.ts';

// Rule writes from the options page go through the worker and the import's validation (issue 11).
const starter = rulebook('tactful/starter', [avoidRule('starter/calm-down', 'calm down')]);

let db: TactfulDb;
let controller: AbortController;

beforeEach(() => {
  fakeBrowser.reset();
  (fakeBrowser.tabs as unknown as { sendMessage: unknown }).sendMessage = vi.fn(async () => undefined);
  db = freshDb();
  controller = new AbortController();
  serveBackground(createService({ db, starter, policy: readPolicy }).handlers, controller.signal);
  // Rule writes are for the extension's own pages only (RELIABILITY F6).
  sendAs(optionsPage());
});
afterEach(async () => {
  controller.abort();
  await db.delete();
});

const broken = avoidRule('me/fault', '(your fault|our fault');

describe('rule writes through the worker', () => {
  it('refuses a pattern that does not compile, naming the rule and the pattern, and stores nothing', async () => {
    const result = await askFromPage({ type: 'saveRule', layer: 'personal', rule: broken });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      {
        path: 'patterns[0]',
        message: expect.stringMatching(/^rule `me\/fault`: pattern 1 '\(your fault\|our fault': .*never closed/),
      },
    ]);
    expect(await db.rulebooks.get('personal')).toBeUndefined();
  });

  it('answers the live check with the same problems, and nothing for a good rule', async () => {
    const { problems } = await askFromPage({ type: 'checkRule', rule: broken });
    expect(problems.map((p) => p.path)).toEqual(['patterns[0]']);
    expect((await askFromPage({ type: 'checkRule', rule: avoidRule('me/ok', 'as I said') })).problems).toEqual([]);
  });

  it('stores a good rule with its tags and enabled: false, and it reaches the coach state switched off', async () => {
    const rule = avoidRule('me/quiet', 'as I said', { tags: ['tone'], enabled: false });
    const result = await askFromPage({ type: 'saveRule', layer: 'personal', rule });
    expect(result.ok).toBe(true);
    expect((await db.rulebooks.get('personal'))?.book.rules).toEqual([rule]);
    const state = await askFromPage({ type: 'getCoachState', host: 'mail.google.com' });
    expect(state.disabledRules).toContain('me/quiet');
  });

  it('refuses team writes when the organisation manages the team rulebook', async () => {
    await fakeBrowser.storage.managed.set({ locked: true });
    const result = await askFromPage({
      type: 'saveRule',
      layer: 'team',
      rule: avoidRule('team/x', 'per our policy'),
    });
    expect(result).toEqual({ ok: false, problems: [{ path: '', message: expect.stringMatching(/organisation/) }] });
    expect(await db.rulebooks.get('team')).toBeUndefined();
  });

  it('deletes and restores a rule, validating the restore like a save', async () => {
    await askFromPage({ type: 'saveRule', layer: 'personal', rule: avoidRule('me/a', 'alpha') });
    const { deleted } = await askFromPage({ type: 'deleteRule', layer: 'personal', ruleId: 'me/a' });
    expect(deleted).toMatchObject({ layer: 'personal', index: 0, rule: { id: 'me/a' } });
    expect((await askFromPage({ type: 'restoreRule', layer: 'personal', rule: broken, index: 0 })).ok).toBe(false);
    if (!deleted) return;
    const restored = await askFromPage({ type: 'restoreRule', layer: 'personal', rule: deleted.rule, index: 0 });
    expect(restored.ok).toBe(true);
    expect((await db.rulebooks.get('personal'))?.book.rules.map((r) => r.id)).toEqual(['me/a']);
  });
});

describe('practice requests through the worker', () => {
  it('keeps attempts and lists them, and lists the stored rulebooks for scenario packs', async () => {
    const attempt = { scenarioId: 's1', at: 5, score: 80, categories: { blame: 1 }, reply: 'Hi', pack: 'builtin' };
    const { id } = await askFromPage({ type: 'addAttempt', attempt });
    expect((await askFromPage({ type: 'listAttempts' })).attempts).toEqual([{ ...attempt, id }]);
    expect((await askFromPage({ type: 'listStoredRulebooks' })).books).toEqual([]);
    await askFromPage({ type: 'saveRule', layer: 'personal', rule: avoidRule('me/a', 'alpha') });
    expect((await askFromPage({ type: 'listStoredRulebooks' })).books.map((b) => b.id)).toEqual(['personal']);
  });
});
