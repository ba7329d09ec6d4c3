import { describe, expect, it } from 'vitest';
import { type BadgeAction, badgeText, createBadge } from '../../../background/badge.ts';

function fakeAction() {
  const texts: { tabId: number; text: string }[] = [];
  const action: BadgeAction = {
    setBadgeText: async (d) => {
      texts.push(d);
    },
    setBadgeBackgroundColor: async () => undefined,
  };
  return { action, texts };
}

describe('toolbar badge', () => {
  it('shows the count, nothing for none, 99+ past 99', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(3)).toBe('3');
    expect(badgeText(100)).toBe('99+');
    expect(badgeText(Number.NaN)).toBe('');
  });

  it('writes the tab count from its frames, and an unreachable tab clears it', async () => {
    const { action, texts } = fakeAction();
    const counts = new Map([[7, 2]]);
    const badge = createBadge(action, async (tabId) => {
      if (!counts.has(tabId)) throw new Error('no such tab');
      return counts.get(tabId) ?? null;
    });
    await badge.recount(7);
    await badge.recount(8);
    expect(texts).toEqual([
      { tabId: 7, text: '2' },
      { tabId: 8, text: '' },
    ]);
  });

  it('folds reports that arrive during a count into one more count', async () => {
    const { action, texts } = fakeAction();
    let count = 1;
    let release: () => void = () => undefined;
    let calls = 0;
    const badge = createBadge(action, async () => {
      calls++;
      if (calls === 1) await new Promise<void>((resolve) => (release = resolve));
      return count;
    });
    const first = badge.recount(1);
    count = 4;
    await Promise.all([badge.recount(1), badge.recount(1), badge.recount(1)]);
    release();
    await first;
    expect(calls).toBe(2);
    expect(texts.at(-1)).toEqual({ tabId: 1, text: '4' });
  });
});
