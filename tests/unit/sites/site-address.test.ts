import { describe, expect, it } from 'vitest';
import { addedSites, parseSiteAddress, patternsOfHost } from '../../../components/sites/site-address.ts';

describe('parseSiteAddress', () => {
  it('takes a bare host, a full URL (path dropped) and a wildcard subdomain', () => {
    expect(parseSiteAddress(' help.example.com ')).toEqual({
      host: 'help.example.com',
      pattern: 'https://help.example.com/*',
    });
    expect(parseSiteAddress('https://Desk.Example.org/agent/tickets/12?x=1')).toEqual({
      host: 'desk.example.org',
      pattern: 'https://desk.example.org/*',
    });
    expect(parseSiteAddress('http://intranet.example.com')).toEqual({
      host: 'intranet.example.com',
      pattern: 'http://intranet.example.com/*',
    });
    expect(parseSiteAddress('*.freshdesk.com')).toEqual({
      host: '*.freshdesk.com',
      pattern: 'https://*.freshdesk.com/*',
    });
  });

  it('says what is wrong with an address it cannot use', () => {
    expect(parseSiteAddress('')).toEqual({ problem: expect.stringContaining('Type the address') });
    expect(parseSiteAddress('ftp://files.example.com')).toEqual({ problem: expect.stringContaining('https://') });
    expect(parseSiteAddress('javascript:alert(1)')).toEqual({ problem: expect.stringContaining('https://') });
    expect(parseSiteAddress('not a site')).toEqual({ problem: expect.stringContaining('is not a web address') });
    expect(parseSiteAddress('https://user:pw@example.com')).toEqual({ problem: expect.stringContaining('is not') });
    expect(parseSiteAddress('mail.google.com')).toEqual({ problem: expect.stringContaining('out of the box') });
    expect(parseSiteAddress('acme.zendesk.com')).toEqual({ problem: expect.stringContaining('out of the box') });
  });
});

describe('addedSites', () => {
  it('lists granted sites as hosts, leaving out the built-in ones and whole-web grants', () => {
    expect(
      addedSites([
        'https://mail.google.com/*',
        'https://*.zendesk.com/*',
        'https://*/*',
        'https://help.example.com/*',
        'http://help.example.com/*',
        'https://*.freshdesk.com/*',
      ]),
    ).toEqual(['*.freshdesk.com', 'help.example.com']);
  });

  it('finds every grant of one host to remove it', () => {
    const granted = ['https://help.example.com/*', 'http://help.example.com/*', 'https://other.example.com/*'];
    expect(patternsOfHost('help.example.com', granted)).toEqual([
      'https://help.example.com/*',
      'http://help.example.com/*',
    ]);
  });
});
