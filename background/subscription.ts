import type { SyncResult } from '../messaging/protocol.ts';
import type { SyncStatus, TactfulDb } from '../storage/db.ts';
import {
  readSubscriptionUrl,
  readTeamRow,
  recordSyncStatus,
  storeHostedRulebook,
  writeSubscriptionUrl,
} from '../storage/hosted.ts';
import type { Policy } from '../storage/policy.ts';
import { MAX_FILE_BYTES, validateRulebookValue } from './validate.ts';

/**
 * The hosted team rulebook: a lead publishes JSON at an HTTPS URL, every agent's extension fetches
 * it on a schedule with If-None-Match. Down, slow, HTML, or invalid → the current rulebook stays
 * and the failure is recorded with its time. A policy URL wins over the user's.
 */
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const SYNC_ALARM = 'tactful-sync-hosted';
export const SYNC_PERIOD_MINUTES = 60;
const FETCH_TIMEOUT_MS = 15_000;

/** HTTPS only; plain HTTP just for a server on this machine (a lead testing, and our tests). */
export function checkSubscriptionUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'This is not a web address. It should start with https://';
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
  if (parsed.protocol === 'https:' || (parsed.protocol === 'http:' && local)) return undefined;
  return 'Use an https:// address so the rulebook cannot be changed on its way to you.';
}

export async function getSubscriptionUrl(
  db: TactfulDb,
  policy: Policy,
): Promise<{ url: string | null; byPolicy: boolean }> {
  if (policy.rulebookUrl) return { url: policy.rulebookUrl, byPolicy: true };
  return { url: await readSubscriptionUrl(db), byPolicy: false };
}

export async function setSubscriptionUrl(db: TactfulDb, url: string | null, policy: Policy): Promise<void> {
  if (policy.rulebookUrl) throw new Error('Your organisation sets the team rulebook address.');
  if (url !== null) {
    const problem = checkSubscriptionUrl(url);
    if (problem) throw new Error(problem);
  }
  await writeSubscriptionUrl(db, url);
}

export interface SyncOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  now?: () => number;
}

type Fetched =
  | { kind: 'unchanged' }
  | { kind: 'body'; text: string; etag: string | undefined }
  | { kind: 'failed'; message: string };

async function download(url: string, etag: string | undefined, options: SyncOptions): Promise<Fetched> {
  const controller = new AbortController();
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await (options.fetch ?? fetch)(url, {
      headers: { Accept: 'application/json', ...(etag ? { 'If-None-Match': etag } : {}) },
      signal: controller.signal,
      cache: 'no-cache',
      credentials: 'omit',
      redirect: 'follow',
    });
    if (response.status === 304) return { kind: 'unchanged' };
    if (!response.ok)
      return { kind: 'failed', message: `The server answered ${response.status} instead of the rulebook.` };
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > MAX_FILE_BYTES)
      return { kind: 'failed', message: 'The rulebook at this address is larger than 5 MB.' };
    const text = await response.text();
    if (text.length > MAX_FILE_BYTES)
      return { kind: 'failed', message: 'The rulebook at this address is larger than 5 MB.' };
    const type = response.headers.get('content-type') ?? '';
    if (/html/i.test(type) || /^\s*</.test(text)) {
      return {
        kind: 'failed',
        message: 'This address returned a web page, not a rulebook file. Check the address with your team lead.',
      };
    }
    return { kind: 'body', text, etag: response.headers.get('etag') ?? undefined };
  } catch (error) {
    if (controller.signal.aborted) {
      return { kind: 'failed', message: `The server did not answer within ${Math.round(timeoutMs / 1000)} seconds.` };
    }
    return { kind: 'failed', message: `The server could not be reached (${(error as Error).message}).` };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Fetch the subscribed rulebook now. Never throws for network or content problems: the result says
 * what happened and the current rulebook stays unless a valid new one arrived.
 */
export async function syncHosted(db: TactfulDb, policy: Policy, options: SyncOptions = {}): Promise<SyncResult> {
  const now = options.now ?? Date.now;
  const { url, byPolicy } = await getSubscriptionUrl(db, policy);
  if (!url) return { status: 'off', at: now(), message: 'No team rulebook address is set.' };
  const urlProblem = checkSubscriptionUrl(url);

  const current = await readTeamRow(db);
  const sameSource = current?.url === url && (current.source === 'hosted' || current.source === 'policy');
  const fetched = urlProblem
    ? ({ kind: 'failed', message: urlProblem } as const)
    : await download(url, sameSource ? current?.etag : undefined, options);

  let result: SyncResult;
  let stored: { text: string; etag: string | undefined } | undefined;
  if (fetched.kind === 'unchanged') {
    result = { status: 'unchanged', at: now(), message: 'Your team rulebook is up to date.' };
  } else if (fetched.kind === 'failed') {
    result = { status: 'failed', at: now(), message: `${fetched.message} Your current rules stay in place.` };
  } else {
    let raw: unknown;
    try {
      raw = JSON.parse(fetched.text);
    } catch {
      raw = undefined;
    }
    const outcome = raw === undefined ? undefined : validateRulebookValue(raw);
    if (!outcome) {
      result = {
        status: 'failed',
        at: now(),
        message: 'This address did not return valid JSON. Your current rules stay in place.',
      };
    } else if (!outcome.ok) {
      const first = outcome.problems[0];
      const where = first?.path ? ` at ${first.path}` : '';
      result = {
        status: 'failed',
        at: now(),
        message: `The rulebook at this address has ${outcome.problems.length} problem(s)${where}: ${first?.message ?? ''}. Your current rules stay in place.`,
      };
    } else if (sameSource && current && JSON.stringify(current.book) === JSON.stringify(outcome.value)) {
      result = { status: 'unchanged', at: now(), message: 'Your team rulebook is up to date.' };
      stored = { text: '', etag: fetched.etag };
    } else {
      const at = now();
      result = {
        status: 'updated',
        at,
        message: `Updated to "${outcome.value.name}" with ${plural(outcome.value.rules.length, 'rule')}.`,
      };
      const book = outcome.value;
      await storeHostedRulebook(db, {
        layer: 'team',
        source: byPolicy ? 'policy' : 'hosted',
        book,
        importedAt: at,
        url,
        ...(fetched.etag ? { etag: fetched.etag } : {}),
        lastSync: { at, ok: true, message: result.message },
      });
      return result;
    }
  }

  const status: SyncStatus = { at: result.at, ok: result.status !== 'failed', message: result.message };
  await recordSyncStatus(
    db,
    url,
    status,
    sameSource && current ? { ...(stored?.etag ? { etag: stored.etag } : {}) } : null,
  );
  return result;
}
