/**
 * Dismissals kept per draft for the session of a reply: a dismissed phrase stays dismissed when the same draft is
 * loaded again (a reload), and is forgotten when the browser session ends. They live in `storage.session` (memory
 * only, never written to disk), which web pages and, by default, content scripts cannot read: the content script
 * reaches it through the worker, and the site is the one the browser says sent the message.
 */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Enough for any one reply; the oldest go first. */
const MAX_PER_DRAFT = 200;

/**
 * JSON, not a NUL separator: Chromium's storage cuts a key at its first NUL, which filed every site's and draft's
 * dismissals under one key "dismissed" that no lookup found again. JSON escapes the NUL inside a draft's name too.
 */
const keyOf = (site: string, draft: string): string => `dismissed:${JSON.stringify([site, draft])}`;

export async function listDismissals(area: SessionArea, site: string, draft: string): Promise<string[]> {
  const key = keyOf(site, draft);
  const value = (await area.get(key))[key];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export async function keepDismissal(area: SessionArea, site: string, draft: string, dismissal: string): Promise<void> {
  const kept = await listDismissals(area, site, draft);
  if (kept.includes(dismissal)) return;
  await area.set({ [keyOf(site, draft)]: [...kept, dismissal].slice(-MAX_PER_DRAFT) });
}
