import type { SubscriptionPreview } from '../messaging/page-protocol.ts';
import type { ApplyMode, SyncResult } from '../messaging/protocol.ts';
import { checkSubscriptionUrl } from '../messaging/subscription-url.ts';
import { starterRulebook } from '../rules/index.ts';
import type { Rulebook } from '../rules/schema.ts';
import type { SyncStatus, TactfulDb } from '../storage/db.ts';
import {
  readSubscriptionMode,
  readSubscriptionUrl,
  readTeamRow,
  recordSyncStatus,
  storeHostedRulebook,
  writeSubscriptionMode,
  writeSubscriptionUrl,
} from '../storage/hosted.ts';
import type { Policy } from '../storage/policy.ts';
import { lineFinder } from './json-lines.ts';
import { applyBook, MODE_WORDS, previewOf, stableJson } from './rulebook-merge.ts';
import { rulesSwitchedOff, SWITCHES_OFF_EVERYTHING, switchesOffEverything } from './switches-off-everything.ts';
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

type FetchedBook =
  | { kind: 'unchanged' }
  | { kind: 'book'; book: Rulebook; etag: string | undefined }
  | { kind: 'failed'; message: string };

/** Download and validate (the one validation every rulebook passes); never throws for network or content. */
async function fetchBook(url: string, etag: string | undefined, options: SyncOptions): Promise<FetchedBook> {
  const urlProblem = checkSubscriptionUrl(url);
  if (urlProblem) return { kind: 'failed', message: urlProblem };
  const fetched = await download(url, etag, options);
  if (fetched.kind !== 'body') return fetched;
  let raw: unknown;
  try {
    raw = JSON.parse(fetched.text);
  } catch {
    return { kind: 'failed', message: 'This address did not return valid JSON.' };
  }
  const outcome = validateRulebookValue(raw, lineFinder(fetched.text));
  if (!outcome.ok) {
    const [first] = outcome.problems;
    const where = first?.line === undefined ? '' : ` (line ${first.line})`;
    return {
      kind: 'failed',
      message: `The rulebook at this address has ${plural(outcome.problems.length, 'problem')}. The first${where}: ${first?.message ?? ''}.`,
    };
  }
  return { kind: 'book', book: outcome.value, etag: fetched.etag };
}

const SWITCHES_OFF_MESSAGE = `The rulebook at this address: ${SWITCHES_OFF_EVERYTHING.message}.`;

/** A short fingerprint of a book, so the subscribe step can tell the file is still the one previewed. */
export function bookDigest(book: Rulebook): string {
  const text = stableJson(book);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `${text.length.toString(36)}-${hash.toString(36)}`;
}

/** Fetch a hosted rulebook and say what subscribing to it would change in the team layer; nothing is stored. */
export async function previewSubscription(
  db: TactfulDb,
  url: string,
  policy: Policy,
  options: SyncOptions = {},
): Promise<SubscriptionPreview> {
  if (policy.rulebookUrl) return { ok: false, message: 'Your organisation sets the team rulebook address.' };
  const fetched = await fetchBook(url, undefined, options);
  if (fetched.kind === 'failed') return { ok: false, message: `${fetched.message} Nothing was changed.` };
  if (fetched.kind === 'unchanged') return { ok: false, message: 'The server sent no rulebook. Nothing was changed.' };
  const current = (await readTeamRow(db))?.book;
  const switchedOff = rulesSwitchedOff(fetched.book, starterRulebook);
  return {
    ok: true,
    ...previewOf(current, fetched.book),
    digest: bookDigest(fetched.book),
    ...(switchedOff ? { switchesOffAll: switchedOff } : {}),
  };
}

/**
 * Subscribe after a preview: fetch again, refuse if the file is not the one previewed, apply it the chosen way and
 * only then keep the address (a first fetch that fails subscribes to nothing). Later refreshes apply the same way.
 */
export async function subscribe(
  db: TactfulDb,
  request: { url: string; mode: ApplyMode; digest?: string; confirmSwitchOff?: boolean },
  policy: Policy,
  options: SyncOptions = {},
): Promise<SyncResult> {
  const now = options.now ?? Date.now;
  if (policy.rulebookUrl) throw new Error('Your organisation sets the team rulebook address.');
  const fetched = await fetchBook(request.url, undefined, options);
  if (fetched.kind !== 'book') {
    const why = fetched.kind === 'failed' ? fetched.message : 'The server sent no rulebook.';
    return {
      status: 'failed',
      at: now(),
      message: `${why} The address was not saved; your current rules stay in place.`,
    };
  }
  // Silencing every rule needs the preview's warning seen and confirmed; without that the address is not saved.
  if (switchesOffEverything(fetched.book, starterRulebook) && !request.confirmSwitchOff) {
    return {
      status: 'failed',
      at: now(),
      message: `${SWITCHES_OFF_MESSAGE} The address was not saved; your current rules stay in place.`,
    };
  }
  if (request.digest && bookDigest(fetched.book) !== request.digest) {
    return {
      status: 'stale',
      at: now(),
      message: 'The published file changed since you previewed it. Preview it again before subscribing.',
    };
  }
  await writeSubscriptionUrl(db, request.url);
  await writeSubscriptionMode(db, request.mode);
  const at = now();
  const message = `Updated to "${fetched.book.name}" with ${plural(fetched.book.rules.length, 'rule')}.`;
  await storeHostedRulebook(
    db,
    (current) => ({
      layer: 'team',
      source: 'hosted',
      book: applyBook(current?.book, fetched.book, request.mode),
      importedAt: at,
      url: request.url,
      ...(fetched.etag ? { etag: fetched.etag } : {}),
      lastSync: { at, ok: true, message },
    }),
    {
      by: 'you',
      what: `Subscribed to ${request.url} (${MODE_WORDS[request.mode]})`,
      url: request.url,
      ...(fetched.etag ? { etag: fetched.etag } : {}),
    },
  );
  return { status: 'updated', at, message };
}

/**
 * Fetch the subscribed rulebook now. Never throws for network or content problems: the result says
 * what happened and the current rulebook stays unless a valid new one arrived. A new book applies the way the
 * lead chose when subscribing, and is recorded in the team's history with the address and ETag (so it can be undone).
 */
export async function syncHosted(db: TactfulDb, policy: Policy, options: SyncOptions = {}): Promise<SyncResult> {
  const now = options.now ?? Date.now;
  const { url, byPolicy } = await getSubscriptionUrl(db, policy);
  if (!url) return { status: 'off', at: now(), message: 'No team rulebook address is set.' };

  const current = await readTeamRow(db);
  const sameSource = current?.url === url && (current.source === 'hosted' || current.source === 'policy');
  const mode = byPolicy ? 'replace' : await readSubscriptionMode(db);
  const fetched = await fetchBook(url, sameSource ? current?.etag : undefined, options);

  let result: SyncResult;
  let etag: string | undefined;
  if (fetched.kind === 'unchanged') {
    result = { status: 'unchanged', at: now(), message: 'Your team rulebook is up to date.' };
  } else if (fetched.kind === 'failed') {
    result = { status: 'failed', at: now(), message: `${fetched.message} Your current rules stay in place.` };
  } else {
    const next = applyBook(sameSource ? current?.book : undefined, fetched.book, mode);
    if (sameSource && current && stableJson(current.book) === stableJson(next)) {
      result = { status: 'unchanged', at: now(), message: 'Your team rulebook is up to date.' };
      etag = fetched.etag;
    } else if (switchesOffEverything(fetched.book, starterRulebook)) {
      // A refresh applies with nobody looking: a book that would silence every rule is never applied this way.
      result = { status: 'failed', at: now(), message: `${SWITCHES_OFF_MESSAGE} Your current rules stay in place.` };
    } else {
      const at = now();
      result = {
        status: 'updated',
        at,
        message: `Updated to "${fetched.book.name}" with ${plural(fetched.book.rules.length, 'rule')}.`,
      };
      await storeHostedRulebook(
        db,
        () => ({
          layer: 'team',
          source: byPolicy ? 'policy' : 'hosted',
          book: next,
          importedAt: at,
          url,
          ...(fetched.etag ? { etag: fetched.etag } : {}),
          lastSync: { at, ok: true, message: result.message },
        }),
        {
          by: byPolicy ? 'policy' : 'subscription',
          what: `Refreshed from ${url}${fetched.etag ? ` (ETag ${fetched.etag})` : ''}`,
          url,
          ...(fetched.etag ? { etag: fetched.etag } : {}),
        },
      );
      return result;
    }
  }

  const status: SyncStatus = { at: result.at, ok: result.status !== 'failed', message: result.message };
  await recordSyncStatus(db, url, status, sameSource && current ? { ...(etag ? { etag } : {}) } : null);
  return result;
}
