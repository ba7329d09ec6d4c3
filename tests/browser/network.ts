import type { Page, Request } from 'playwright-core';
import type { BrowserSession } from './harness.ts';

/** Who sent a request, as far as the browser tells. A content script's requests count as the page's. */
export type RequestSource = 'page' | 'extension-page' | 'extension-worker' | 'other-worker';

export interface SeenRequest {
  source: RequestSource;
  url: string;
  method: string;
  /** Request body, when there is one. */
  body: string;
  /** True for http(s)/ws(s): a request that could leave the page, unlike chrome-extension:, data: or blob:. */
  network: boolean;
}

export interface NetworkLog {
  /** Requests seen through Playwright, from every page, extension page and service worker of the context. */
  requests: SeenRequest[];
  /** Network requests whose URL, body or (for outbound ones) headers contain `marker`, from any source. */
  containing(marker: string): string[];
  /** Network requests sent by the extension's own pages or service worker. */
  fromExtension(): SeenRequest[];
  stop(): void;
}

const NETWORK_SCHEME = /^(https?|wss?):/;

function sourceOf(request: Request): RequestSource {
  const worker = request.serviceWorker();
  if (worker) return worker.url().startsWith('chrome-extension://') ? 'extension-worker' : 'other-worker';
  return request.frame().url().startsWith('chrome-extension://') ? 'extension-page' : 'page';
}

/**
 * Records every request the context's pages, extension pages and service workers make (RELIABILITY B1), next to
 * the session's outbound log, which sees whatever tried to leave the machine regardless of sender.
 */
export function recordNetwork(session: BrowserSession): NetworkLog {
  const { context } = session;
  const requests: SeenRequest[] = [];
  const onRequest = (request: Request) => {
    requests.push({
      source: sourceOf(request),
      url: request.url(),
      method: request.method(),
      body: request.postData() ?? '',
      network: NETWORK_SCHEME.test(request.url()),
    });
  };
  const onWebSocket = (ws: { url(): string }) => {
    requests.push({ source: 'page', url: ws.url(), method: 'WEBSOCKET', body: '', network: true });
  };
  context.on('request', onRequest);
  const watchPage = (page: Page) => page.on('websocket', onWebSocket);
  for (const page of context.pages()) watchPage(page);
  context.on('page', watchPage);
  const outboundStart = session.outbound.length;
  return {
    requests,
    containing(marker) {
      const seen = requests
        .filter((r) => r.network && (r.url.includes(marker) || r.body.includes(marker)))
        .map((r) => `${r.source} ${r.method} ${r.url}`);
      const outbound = session.outbound
        .slice(outboundStart)
        .filter((r) => `${r.url}\n${JSON.stringify(r.headers)}\n${r.body}`.includes(marker))
        .map((r) => `outbound ${r.method} ${r.url}`);
      return [...seen, ...outbound];
    },
    fromExtension() {
      return requests.filter((r) => r.network && r.source.startsWith('extension'));
    },
    stop() {
      context.off('request', onRequest);
      context.off('page', watchPage);
      for (const page of context.pages()) page.off('websocket', onWebSocket);
    },
  };
}
