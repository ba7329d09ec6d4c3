import { describe, expect, it } from 'vitest';
import { BUILT_IN_MATCHES, hostsOfMatch, isBuiltInHost } from '../../../editors/sites/built-in.ts';
import { gmail } from '../../../editors/sites/gmail.ts';
import { zendesk } from '../../../editors/sites/zendesk.ts';

describe('built-in sites, written once', () => {
  it('turns a match pattern into the host test each site uses', () => {
    expect(hostsOfMatch('https://mail.google.com/*').test('mail.google.com')).toBe(true);
    expect(hostsOfMatch('https://mail.google.com/*').test('evilmail.google.com')).toBe(false);
    const zd = hostsOfMatch('https://*.zendesk.com/*');
    expect(['acme.zendesk.com', 'zendesk.com'].every((h) => zd.test(h))).toBe(true);
    expect(zd.test('zendesk.com.evil.example')).toBe(false);
    expect(zd.test('notzendesk.com')).toBe(false);
  });

  it('the sites and the popup agree with the manifest list', () => {
    expect(gmail.hosts.source).toBe(hostsOfMatch(BUILT_IN_MATCHES.gmail).source);
    expect(zendesk.hosts.source).toBe(hostsOfMatch(BUILT_IN_MATCHES.zendesk).source);
    expect(isBuiltInHost('mail.google.com')).toBe(true);
    expect(isBuiltInHost('help.example.com')).toBe(false);
  });
});
