import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_MATCHES,
  builtInHosts,
  hostOfMatch,
  isBuiltInHost,
  matchCoversHost,
} from '../../../editors/sites/built-in.ts';
import { generic } from '../../../editors/sites/generic.ts';
import { gmail } from '../../../editors/sites/gmail.ts';
import { sitesFor } from '../../../editors/sites/index.ts';
import { siteIdsFor } from '../../../editors/sites/reply-boxes.ts';
import { zendesk } from '../../../editors/sites/zendesk.ts';

describe('built-in sites, written once', () => {
  it('reads the host of a match pattern and which hostnames it covers', () => {
    expect(hostOfMatch('https://*.zendesk.com/*')).toBe('*.zendesk.com');
    expect(matchCoversHost('https://mail.google.com/*', 'mail.google.com')).toBe(true);
    expect(matchCoversHost('https://mail.google.com/*', 'Mail.Google.com')).toBe(true);
    expect(matchCoversHost('https://mail.google.com/*', 'evilmail.google.com')).toBe(false);
    expect(matchCoversHost('https://mail.google.com/*', 'mail.google.com.evil.example')).toBe(false);
    const zd = (host: string) => matchCoversHost('https://*.zendesk.com/*', host);
    expect(['acme.zendesk.com', 'zendesk.com', 'a.b.zendesk.com'].every(zd)).toBe(true);
    expect(['zendesk.com.evil.example', 'notzendesk.com', 'zendeskxcom'].some(zd)).toBe(false);
  });

  it('the sites and the popup agree with the manifest list', () => {
    expect(siteIdsFor('mail.google.com')).toEqual(['gmail']);
    expect(siteIdsFor('acme.zendesk.com')).toEqual(['zendesk']);
    expect(siteIdsFor('mail.google.com.evil.example')).toEqual(['gmail', 'zendesk', 'generic']);
    expect(isBuiltInHost('mail.google.com')).toBe(true);
    expect(isBuiltInHost('help.example.com')).toBe(false);
    expect(isBuiltInHost(hostOfMatch(BUILT_IN_MATCHES.gmail))).toBe(true);
    expect(builtInHosts()).toEqual(['mail.google.com', '*.zendesk.com']);
  });

  it('a built-in site uses only its own reply boxes; any other site every editable', () => {
    expect(sitesFor('mail.google.com')).toEqual([gmail]);
    expect(sitesFor('acme.zendesk.com')).toEqual([zendesk]);
    expect(sitesFor('help.example.com')).toEqual([gmail, zendesk, generic]);
  });
});
