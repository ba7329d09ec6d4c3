import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request that tried to leave the machine through the browser. */
export interface OutboundRequest {
  method: string;
  /** Full URL for plain HTTP; `host:port` for HTTPS (CONNECT), whose body stays encrypted and unseen. */
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/**
 * Chromium's own service traffic that no launch switch turns off here: the component updater and its downloads
 * (update.googleapis.com, *.gvt1.com, clients2.google.com), autofill form predictions
 * (content-autofill.googleapis.com), account checks (accounts.google.com) and Google's device check-in for push messaging
 * (android.clients.google.com, first seen with Debian's Chromium 150 in a clean-clone CI run). The extension's own requests are
 * judged from Playwright's per-sender records, which see them whatever their host.
 */
const BROWSER_OWN_HOSTS =
  /^(https?:\/\/)?(update\.googleapis\.com|content-autofill\.googleapis\.com|accounts\.google\.com|clients2\.google\.com|android\.clients\.google\.com|([\w-]+\.)*gvt1\.com)[:/]/;

export function isBrowserOwnTraffic(request: OutboundRequest): boolean {
  return BROWSER_OWN_HOSTS.test(request.url);
}

export interface OutboundRecorder {
  /** Pass to Chromium as --proxy-server. */
  proxyUrl: string;
  requests: OutboundRequest[];
  close(): Promise<void>;
}

/**
 * A recording proxy that forwards nothing. Chromium sends every non-loopback request through it (page, extension,
 * and the browser's own background traffic), so a test can see anything that tried to leave the machine, whoever
 * sent it. Loopback (the fixture server) bypasses it by Chromium's default rules. Every request gets a 502.
 */
export async function startOutboundRecorder(): Promise<OutboundRecorder> {
  const requests: OutboundRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      res.writeHead(502, { 'content-type': 'text/plain' }).end('Tactful tests: no network');
    });
  });
  server.on('connect', (req, socket) => {
    // A tunnel socket is ours to look after: Chromium resets it when the browser closes mid-request, and an
    // unhandled ECONNRESET would crash the test run although nothing went wrong.
    socket.on('error', () => undefined);
    requests.push({ method: 'CONNECT', url: req.url ?? '', headers: req.headers, body: '' });
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    proxyUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
