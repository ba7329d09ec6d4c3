import type { SyncResult } from '../messaging/protocol.ts';
import { checkSubscriptionUrl } from '../messaging/subscription-url.ts';
import { starterRulebook } from '../rules/index.ts';
import type { Rulebook } from '../rules/schema.ts';
import type { SyncStatus, TactfulDb } from '../storage/db.ts';
import {
  readSubscriptionUrl,
  readTeamRow,
  recordSyncStatus,
  storeHostedRulebook,
  writeSubscriptionUrl,
} from '../storage/hosted.ts';
import type { Policy } from '../storage/policy.ts';
import { lineFinder } from './json-lines.ts';
import { SWITCHES_OFF_EVERYTHING, switchesOffEverything } from './switches-off-everything.ts';
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

export { checkSubscriptionUrl };

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

const TOO_LARGE = 'The rulebook at this address is larger than 5 MB.';

/**
 * The body as text, or undefined once it passes 5 MB: read chunk by chunk, so a 50 MB answer or a body that never
 * ends stops at the cap (or at the timeout's abort) instead of filling the worker's memory.
 */
async function readCapped(response: Response): Promise<string | undefined> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let bytes = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > MAX_FILE_BYTES) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
}

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
    if (response.redirected && new URL(response.url).origin !== new URL(url).origin) {
      return {
        kind: 'failed',
        message: `This address sends Tactful on to another site (${new URL(response.url).origin}); subscribe to the rulebook's own address.`,
      };
    }
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > MAX_FILE_BYTES) return { kind: 'failed', message: TOO_LARGE };
    const text = await readCapped(response);
    if (text === undefined) return { kind: 'failed', message: TOO_LARGE };
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

/** A hosted body through the one validation; a refusal names how many problems and the first, in plain words. */
function checkHostedText(text: string): { ok: true; book: Rulebook } | { ok: false; message: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This address did not return valid JSON.' };
  }
  const outcome = validateRulebookValue(raw, lineFinder(text));
  if (outcome.ok && switchesOffEverything(outcome.value, starterRulebook))
    return { ok: false, message: `The rulebook at this address: ${SWITCHES_OFF_EVERYTHING.message}.` };
  if (outcome.ok) return { ok: true, book: outcome.value };
  const [first] = outcome.problems;
  const where = first?.line === undefined ? '' : ` (line ${first.line})`;
  return {
    ok: false,
    message: `The rulebook at this address has ${plural(outcome.problems.length, 'problem')}. The first${where}: ${first?.message ?? ''}.`,
  };
}

/**
 * Subscribe: the first fetch decides. Only an address that answers with a valid rulebook is saved (with that rulebook
 * as the team layer); one that is refused, down, or answers anything else is not saved, and the subscription and rules
 * stay as they were.
 */
export async function subscribe(
  db: TactfulDb,
  url: string,
  policy: Policy,
  options: SyncOptions = {},
): Promise<SyncResult> {
  const now = options.now ?? Date.now;
  if (policy.rulebookUrl) throw new Error('Your organisation sets the team rulebook address.');
  const urlProblem = checkSubscriptionUrl(url);
  const notSaved = (message: string): SyncResult => ({
    status: 'failed',
    at: now(),
    message: `${message} The address was not saved; your current rules stay in place.`,
  });
  if (urlProblem) return notSaved(urlProblem);
  const fetched = await download(url, undefined, options);
  if (fetched.kind === 'failed') return notSaved(fetched.message);
  if (fetched.kind === 'unchanged') return notSaved('The server answered 304 without a rulebook.');
  const checked = checkHostedText(fetched.text);
  if (!checked.ok) return notSaved(checked.message);
  const at = now();
  const { book } = checked;
  const message = `Subscribed to "${book.name}" with ${plural(book.rules.length, 'rule')}.`;
  await writeSubscriptionUrl(db, url);
  await storeHostedRulebook(db, {
    layer: 'team',
    source: 'hosted',
    book,
    importedAt: at,
    url,
    ...(fetched.etag ? { etag: fetched.etag } : {}),
    lastSync: { at, ok: true, message },
  });
  return { status: 'updated', at, message };
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
    const checked = checkHostedText(fetched.text);
    if (!checked.ok) {
      result = { status: 'failed', at: now(), message: `${checked.message} Your current rules stay in place.` };
    } else if (sameSource && current && JSON.stringify(current.book) === JSON.stringify(checked.book)) {
      result = { status: 'unchanged', at: now(), message: 'Your team rulebook is up to date.' };
      stored = { text: '', etag: fetched.etag };
    } else {
      const at = now();
      const book = checked.book;
      result = {
        status: 'updated',
        at,
        message: `Updated to "${book.name}" with ${plural(book.rules.length, 'rule')}.`,
      };
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
