import { browser } from 'wxt/browser';
import { pageProtocolSchemas } from './page-protocol.ts';
import {
  type BackgroundRequest,
  type BackgroundRequestType,
  type BackgroundResponses,
  type Envelope,
  protocolSchemas,
  type TabRequest,
  type TabRequestType,
  type TabResponses,
} from './protocol.ts';

type Sender = Parameters<Parameters<typeof browser.runtime.onMessage.addListener>[0]>[1];

export type BackgroundHandlers = {
  [K in BackgroundRequestType]: (
    request: Extract<BackgroundRequest, { type: K }>,
    sender: Sender,
  ) => Promise<BackgroundResponses[K]> | BackgroundResponses[K];
};

export type TabHandlers = {
  [K in TabRequestType]: (
    request: Extract<TabRequest, { type: K }>,
    sender: Sender,
  ) => Promise<TabResponses[K]> | TabResponses[K];
};

interface Schema {
  safeParse(
    x: unknown,
  ): { success: true; data: { type: string } } | { success: false; error: { issues: { message: string }[] } };
}

type AnyHandler = (request: { type: string }, sender: Sender) => unknown;

/**
 * Answer the message types in `handlers`, validating each message first (`schema` is asked for on the first message,
 * so a frame that never gets one never builds it); ignore every other message
 * (another listener, or nobody, answers it). Removed when `signal` aborts.
 */
function serve(schema: () => Schema, handlers: Record<string, AnyHandler>, signal: AbortSignal): void {
  const answer = async (message: unknown, sender: Sender): Promise<Envelope<unknown>> => {
    const parsed = schema().safeParse(message);
    if (!parsed.success) {
      return { ok: false, error: `bad message: ${parsed.error.issues.map((i) => i.message).join('; ')}` };
    }
    const handler = handlers[parsed.data.type];
    if (!handler) return { ok: false, error: `no handler for "${parsed.data.type}"` };
    try {
      return { ok: true, value: await handler(parsed.data, sender) };
    } catch (error) {
      return { ok: false, error: (error as Error)?.message ?? String(error) };
    }
  };

  // Chrome waits for sendResponse when the listener returns true; Firefox and WXT's fake browser
  // take a returned Promise (the fake passes no sendResponse). Support both.
  const listener = (message: unknown, sender: Sender, sendResponse?: (response: unknown) => void) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
    const reply = answer(message, sender);
    if (typeof sendResponse === 'function') {
      void reply.then(sendResponse);
      return true;
    }
    return reply;
  };
  if (signal.aborted) return;
  // biome-ignore lint/suspicious/noExplicitAny: the listener's overloads differ between the polyfill and Chrome types.
  browser.runtime.onMessage.addListener(listener as any);
  // biome-ignore lint/suspicious/noExplicitAny: same listener object as above.
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener as any), { once: true });
}

/** A page's request is checked with the page schemas, every other with the protocol's (each names its own errors). */
const backgroundRequestSchema = (): Schema => ({
  safeParse(message) {
    const type = (message as { type?: unknown } | null)?.type;
    const page = pageProtocolSchemas();
    const schema =
      typeof type === 'string' && Object.hasOwn(page.pageResponses, type)
        ? page.pageRequest
        : protocolSchemas().backgroundRequest;
    return (schema as unknown as Schema).safeParse(message);
  },
});

/** In the background worker: answer requests from content scripts, popup, options and practice pages. */
export function serveBackground(handlers: BackgroundHandlers, signal: AbortSignal): void {
  serve(backgroundRequestSchema, handlers as unknown as Record<string, AnyHandler>, signal);
}

/** In a content script: answer requests sent to this tab (e.g. the popup's getTabStatus). */
export function serveTab(handlers: TabHandlers, signal: AbortSignal): void {
  serve(
    () => protocolSchemas().tabRequest as unknown as Schema,
    handlers as unknown as Record<string, AnyHandler>,
    signal,
  );
}
