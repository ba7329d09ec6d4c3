import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  checkSubscriptionUrl,
  getSubscriptionUrl,
  previewSubscription,
  setSubscriptionUrl,
  subscribe,
  syncHosted,
} from '../../../background/subscription.ts';
import { starterRulebook } from '../../../rules/index.ts';
import type { TactfulDb } from '../../../storage/db.ts';
import { getSyncStatus } from '../../../storage/hosted.ts';
import { NO_POLICY } from '../../../storage/policy.ts';
import { avoidRule, freshDb, json, rulebook } from '../storage/helpers.ts';

const v1 = rulebook('acme/voice', [avoidRule('team/not-our-fault', 'not our fault')], 'Acme v1');
const v2 = rulebook(
  'acme/voice',
  [avoidRule('team/not-our-fault', 'not our fault'), avoidRule('team/calm', 'calm down')],
  'Acme v2',
);

/** Valid, and every starter rule redefined as switched off: the coach would say nothing. */
const allOff = rulebook(
  'acme/quiet',
  starterRulebook.rules.map((rule) => ({ ...rule, enabled: false })),
  'Quiet',
);

/** A hosted-rulebook server on localhost with one route per way a real server can behave. */
let server: Server;
let base: string;
let current = json(v1);
const requests: { path: string; ifNoneMatch: string | undefined }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, ifNoneMatch: req.headers['if-none-match'] });
    const etag = `"${current.length}-${Buffer.from(current).toString('base64').slice(-12)}"`;
    if (path === '/rulebook.json') {
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { ETag: etag }).end();
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json', ETag: etag }).end(current);
    } else if (path === '/down') res.writeHead(500).end('Internal error');
    else if (path === '/slow') setTimeout(() => res.writeHead(200).end(json(v2)), 2_000);
    else if (path === '/html') res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><p>Sign in</p>');
    else if (path === '/html-as-json')
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('<html>captive portal</html>');
    else if (path === '/not-json')
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"schemaVersion": 2,');
    else if (path === '/invalid')
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(json({ ...v2, rules: [{ id: 'x' }] }));
    else if (path === '/elsewhere')
      // 127.0.0.1 and localhost are different origins: the redirect leaves the address the lead subscribed to.
      res
        .writeHead(302, { Location: `http://localhost:${(server.address() as AddressInfo).port}/rulebook.json` })
        .end();
    else if (path === '/same-origin-redirect') res.writeHead(302, { Location: '/rulebook.json' }).end();
    else if (path === '/huge') {
      // 50 MB with no Content-Length, so only the reader's cap can stop it.
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < 50 && !res.destroyed) {
          sent++;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
    } else if (path === '/never-ends') {
      // A body that starts and never finishes: a byte now and then, forever.
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{');
      const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write(' ')), 100);
      res.on('close', () => clearInterval(timer));
    } else if (path === '/switches-everything-off')
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(json(allOff));
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

let db: TactfulDb;
beforeEach(() => {
  db = freshDb();
  current = json(v1);
  requests.length = 0;
});
afterEach(() => db.delete());

/**
 * A local server answers in milliseconds, but a loaded two-core machine can stall one request for longer than the
 * 500 ms the slow-server case needs (its server waits 2 s): only that case gets the short timeout.
 */
const timeoutFor = (path: string) => (path === '/slow' || path === '/never-ends' ? 500 : 10_000);

async function subscribeTo(path: string) {
  await setSubscriptionUrl(db, `${base}${path}`, NO_POLICY);
  return syncHosted(db, NO_POLICY, { timeoutMs: timeoutFor(path) });
}

describe('hosted rulebook subscription (C5)', () => {
  it('stores the hosted rulebook with its ETag, then asks with If-None-Match and gets 304', async () => {
    const first = await subscribeTo('/rulebook.json');
    expect(first).toMatchObject({ status: 'updated', message: expect.stringMatching(/Acme v1.*with 1 rule\./) });
    const row = await db.rulebooks.get('team');
    expect(row).toMatchObject({ source: 'hosted', url: `${base}/rulebook.json`, book: v1, lastSync: { ok: true } });
    expect(row?.etag).toMatch(/^"/);

    const second = await syncHosted(db, NO_POLICY, { timeoutMs: timeoutFor('/rulebook.json') });
    expect(second.status).toBe('unchanged');
    expect(requests[1]?.ifNoneMatch).toBe(row?.etag);

    current = json(v2);
    const third = await syncHosted(db, NO_POLICY, { timeoutMs: timeoutFor('/rulebook.json') });
    expect(third.status).toBe('updated');
    expect((await db.rulebooks.get('team'))?.book).toEqual(v2);
  });

  for (const [path, why] of [
    ['/down', /answered 500/],
    ['/slow', /did not answer within/],
    ['/html', /web page/],
    ['/html-as-json', /web page/],
    ['/not-json', /valid JSON/],
    ['/invalid', /problem/],
    ['/elsewhere', /another site \(http:\/\/localhost:\d+\)/],
    ['/huge', /larger than 5 MB/],
    ['/never-ends', /did not answer within/],
    ['/switches-everything-off', /switches off every rule/],
  ] as const) {
    it(`keeps the current rulebook when the server is ${path.slice(1)}, and records when it tried`, async () => {
      await subscribeTo('/rulebook.json');
      const before = await db.rulebooks.get('team');
      await setSubscriptionUrl(db, `${base}${path}`, NO_POLICY);
      const result = await syncHosted(db, NO_POLICY, { timeoutMs: timeoutFor(path), now: () => 1234 });
      expect(result).toEqual({ status: 'failed', at: 1234, message: expect.stringMatching(why) });
      expect(result.message).toMatch(/current rules stay in place/);
      expect((await db.rulebooks.get('team'))?.book).toEqual(before?.book);
      expect(await getSyncStatus(db)).toEqual({ url: `${base}${path}`, at: 1234, ok: false, message: result.message });
    }, 60_000);
  }

  it('records a failed first sync even with no rulebook yet', async () => {
    const result = await subscribeTo('/down');
    expect(result.status).toBe('failed');
    expect(await db.rulebooks.get('team')).toBeUndefined();
    expect((await getSyncStatus(db))?.ok).toBe(false);
  });

  it('follows a redirect that stays on the same site', async () => {
    expect((await subscribeTo('/same-origin-redirect')).status).toBe('updated');
  });

  it('saves a new address only when its first fetch brings a valid rulebook (C14)', { timeout: 60_000 }, async () => {
    const before = await subscribe(db, { url: `${base}/rulebook.json`, mode: 'replace' }, NO_POLICY, {
      timeoutMs: 10_000,
    });
    expect(before).toMatchObject({ status: 'updated', message: expect.stringMatching(/Updated to "Acme v1"/) });
    const stored = await db.rulebooks.get('team');
    let invalidMessage = '';
    for (const path of ['/down', '/html', '/invalid', '/elsewhere', '/huge', '/switches-everything-off']) {
      const result = await subscribe(db, { url: `${base}${path}`, mode: 'replace' }, NO_POLICY, { timeoutMs: 10_000 });
      expect(result.status, path).toBe('failed');
      expect(result.message, path).toMatch(/The address was not saved; your current rules stay in place\.$/);
      expect((await getSubscriptionUrl(db, NO_POLICY)).url, path).toBe(`${base}/rulebook.json`);
      expect(await db.rulebooks.get('team'), path).toEqual(stored);
      if (path === '/invalid') invalidMessage = result.message;
    }
    expect(invalidMessage).toMatch(/problems?\. The first \(line \d+\): rule `x`: /);
    expect(invalidMessage).not.toMatch(/Invalid input|expected|rules\[/);
  });

  it('a rulebook that switches every rule off: the preview warns, subscribing needs a confirmation, a refresh refuses it', {
    timeout: 60_000,
  }, async () => {
    const url = `${base}/switches-everything-off`;
    const preview = await previewSubscription(db, url, NO_POLICY, { timeoutMs: 10_000 });
    expect(preview).toMatchObject({ ok: true, switchesOffAll: starterRulebook.rules.length });
    // Confirmed after the preview: applied, with a version to undo.
    const result = await subscribe(db, { url, mode: 'replace', confirmSwitchOff: true }, NO_POLICY, {
      timeoutMs: 10_000,
    });
    expect(result.status).toBe('updated');
    expect((await db.rulebooks.get('team'))?.book).toEqual(allOff);

    // A policy address is applied with nobody looking: refused, told why, nothing stored.
    const fresh = freshDb();
    try {
      const byPolicy = await syncHosted(fresh, { ...NO_POLICY, rulebookUrl: url }, { timeoutMs: 10_000 });
      expect(byPolicy).toMatchObject({
        status: 'failed',
        message: expect.stringMatching(/switches off every rule.*not applied.*current rules stay in place/),
      });
      expect(await fresh.rulebooks.get('team')).toBeUndefined();
    } finally {
      await fresh.delete();
    }
  });

  it('tells an ftp:// or http:// address to use https://, and saves nothing', async () => {
    for (const url of ['ftp://rules.example.com/team.json', 'http://rules.example.com/team.json']) {
      const result = await subscribe(db, { url, mode: 'replace' }, NO_POLICY);
      expect(result).toMatchObject({ status: 'failed', message: expect.stringMatching(/^Use an https:\/\/ address/) });
      expect((await getSubscriptionUrl(db, NO_POLICY)).url).toBeNull();
    }
    expect(requests).toEqual([]);
  });

  it('accepts https, and http only on this machine', () => {
    expect(checkSubscriptionUrl('https://rules.example.com/a.json')).toBeUndefined();
    expect(checkSubscriptionUrl('http://127.0.0.1:8080/a.json')).toBeUndefined();
    expect(checkSubscriptionUrl('http://rules.example.com/a.json')).toMatch(/https/);
    expect(checkSubscriptionUrl('rules')).toMatch(/not a web address/);
  });

  it('does nothing without an address', async () => {
    expect((await syncHosted(db, NO_POLICY)).status).toBe('off');
  });
});
