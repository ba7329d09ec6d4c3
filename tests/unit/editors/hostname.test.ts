import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostnameOf } from '../../../editors/sites/hostname.ts';

const of = (url: string) => hostnameOf({ URL: url });

describe("a document's hostname from its URL, without touching location", () => {
  it('answers as location.hostname does for the URLs a frame can have', () => {
    for (const url of [
      'https://mail.google.com/mail/u/0/#inbox',
      'https://acme.zendesk.com:8443/agent/tickets/1?x=y',
      'http://127.0.0.1:36755/no-reply-box.html',
      'https://user:secret@help.example.com/path',
      'https://help.example.com?q=a@b.com',
      'https://help.example.com#mail@example.com',
      'http://[::1]:8080/page',
      'http://[::1]/page',
      'about:blank',
      'about:srcdoc',
      'data:text/html,<p>hi</p>',
      'blob:https://mail.google.com/4b3c0e5e-1c1e-4f6e-9d1a-7e1b2c3d4e5f',
      'file:///home/agent/reply.html',
      'chrome-extension://abcdefghijklmnop/practice.html',
    ]) {
      expect(of(url), url).toBe(new URL(url).hostname);
    }
  });

  it('agrees with URL for any web URL the browser serialises', () => {
    fc.assert(
      fc.property(
        fc.webUrl({
          withQueryParameters: true,
          withFragments: true,
          authoritySettings: { withUserInfo: true, withPort: true, withIPv4: true, withIPv6: true },
        }),
        (raw) => {
          const url = new URL(raw).href;
          expect(of(url)).toBe(new URL(url).hostname);
        },
      ),
      { numRuns: 500 },
    );
  });
});
