import { browser } from 'wxt/browser';
import {
  type BackgroundRequest,
  type BackgroundResponses,
  type CoachRequest,
  protocolSchemas,
  type TabRequest,
  type TabResponses,
} from './protocol.ts';

/** A request that got no usable answer: the worker was unreachable, too slow, or answered with an error. */
export class MessagingError extends Error {
  override name = 'MessagingError';
}

/** Long enough for a cold worker to wake and compile; short enough that a page never waits forever. */
const DEFAULT_TIMEOUT_MS = 10_000;

export interface AskOptions {
  timeoutMs?: number;
}

async function withTimeout<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new MessagingError(`${what} got no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

type AnswerSchema = { safeParse(x: unknown): { success: boolean; data?: unknown } };

function unwrap(answer: unknown, schema: AnswerSchema, what: string) {
  const envelope = protocolSchemas().envelope.safeParse(answer);
  if (!envelope.success) throw new MessagingError(`${what} got a malformed answer`);
  if (!envelope.data.ok) throw new MessagingError(envelope.data.error);
  const value = schema.safeParse(envelope.data.value);
  if (!value.success) throw new MessagingError(`${what} got an answer of the wrong shape`);
  return value.data;
}

/**
 * Ask the background worker. Resolves with the typed, validated answer; rejects with MessagingError.
 * Callers in content scripts keep coaching with what they have when this rejects (worker asleep/restarting).
 */
export function askBackground<R extends CoachRequest>(
  request: R,
  options: AskOptions = {},
): Promise<BackgroundResponses[R['type']]> {
  return askBackgroundWith(request, protocolSchemas().backgroundResponses[request.type], options);
}

/** askBackground with the answer's schema given: extension pages pass their own (messaging/page-client.ts). */
export async function askBackgroundWith<R extends BackgroundRequest>(
  request: R,
  answerSchema: AnswerSchema,
  options: AskOptions = {},
): Promise<BackgroundResponses[R['type']]> {
  const what = `"${request.type}"`;
  let answer: unknown;
  try {
    answer = await withTimeout(browser.runtime.sendMessage(request), options.timeoutMs ?? DEFAULT_TIMEOUT_MS, what);
  } catch (error) {
    if (error instanceof MessagingError) throw error;
    throw new MessagingError(`${what} could not reach the background: ${(error as Error)?.message ?? String(error)}`);
  }
  return unwrap(answer, answerSchema, what) as BackgroundResponses[R['type']];
}

/** Ask the content script of one tab (its top frame unless frameId is given), e.g. the popup asking for status. */
export async function askTab<R extends TabRequest>(
  tabId: number,
  request: R,
  options: AskOptions & { frameId?: number } = {},
): Promise<TabResponses[R['type']]> {
  const what = `"${request.type}"`;
  const frame = { frameId: options.frameId ?? 0 };
  let answer: unknown;
  try {
    answer = await withTimeout(browser.tabs.sendMessage(tabId, request, frame), options.timeoutMs ?? 2_000, what);
  } catch (error) {
    if (error instanceof MessagingError) throw error;
    throw new MessagingError(`${what} could not reach the page: ${(error as Error)?.message ?? String(error)}`);
  }
  return unwrap(answer, protocolSchemas().tabResponses[request.type], what) as TabResponses[R['type']];
}
