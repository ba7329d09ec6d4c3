import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForFlag } from './editors/page-probe.ts';
import { type ExtensionSession, launchWithExtension, openFixture, withTimeout } from './harness.ts';
import { privateTestDist } from './options/private-dist.ts';

/**
 * The "done when", end to end: a lead writes a rule with examples in the options page, exports the team
 * rulebook, publishes it at a URL (a localhost server with ETags here), and an agent's extension (a separate
 * browser profile) subscribes and coaches with it. The server then answers 304, 500 and HTML: the agent keeps
 * the rule and the page shows when it last synced.
 */
let dist: Awaited<ReturnType<typeof privateTestDist>>;
let server: Server;
let base: string;
let published = '';
let mode: 'ok' | 'down' | 'html' = 'ok';
const hits: { ifNoneMatch: string | undefined; status: number }[] = [];

beforeAll(async () => {
  dist = await privateTestDist();
  server = createServer((req, res) => {
    const etag = `"v${published.length}"`;
    const reply = (status: number, headers: Record<string, string> = {}, body = '') => {
      hits.push({ ifNoneMatch: req.headers['if-none-match'], status });
      res.writeHead(status, headers).end(body);
    };
    if (mode === 'down') return reply(500, {}, 'Internal error');
    if (mode === 'html') return reply(200, { 'Content-Type': 'text/html' }, '<!doctype html><p>Please sign in</p>');
    if (req.headers['if-none-match'] === etag) return reply(304, { ETag: etag });
    return reply(200, { 'Content-Type': 'application/json', ETag: etag }, published);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await dist?.remove();
});

async function optionsPage(s: ExtensionSession) {
  const page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/options.html`);
  await page.getByRole('heading', { name: 'Rules' }).waitFor();
  return page;
}

describe('write → export → publish → every agent picks it up', () => {
  it('a lead’s rule reaches an agent’s reply box through a hosted rulebook', { timeout: 240_000 }, async () => {
    // The lead writes a team rule in the form; its examples run live.
    const lead = await launchWithExtension({ dist: dist.dist });
    try {
      const page = await optionsPage(lead);
      await page.getByRole('button', { name: 'New rule' }).click();
      const form = page.getByRole('form', { name: 'New rule' });
      await form.getByLabel('Rule id').fill('team/ticket-closed');
      await form.getByLabel('Message shown to the agent').fill('Closing the door sounds final; offer to keep helping.');
      await form.getByLabel(/Phrases to look for/).fill('this ticket (is|will be) closed');
      await form.getByLabel(/Rewrites to offer/).fill('I will keep this open until it is sorted');
      await form.getByLabel(/Examples it must flag/).fill('This ticket is closed now.');
      await form.getByLabel(/Examples it must leave alone/).fill('I will keep this open until it is sorted.');
      await page.getByText('All 2 examples behave as expected.').waitFor();
      await form.getByLabel('Save to').selectOption('team');
      await form.getByRole('button', { name: 'Save rule' }).click();
      await page.getByText('Saved “team/ticket-closed”.').waitFor();

      // Export the team rulebook: the same file format an import takes.
      await page.getByRole('button', { name: 'Import and export' }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export team rulebook', exact: true }).click(),
      ]);
      published = await readFile((await download.path()) as string, 'utf8');
      const exported = JSON.parse(published);
      expect(exported).toMatchObject({ schemaVersion: 2, rules: [{ id: 'team/ticket-closed', kind: 'avoid' }] });
    } finally {
      await lead.close();
    }

    // An agent, in another profile, subscribes to the published address.
    const agent = await launchWithExtension({ dist: dist.dist });
    try {
      const reply = await openFixture(agent.context, 'textarea.html');
      await reply.locator('#reply').fill('Hi Sam, sorry for the trouble. This ticket will be closed tomorrow.');

      const page = await optionsPage(agent);
      await page.getByRole('button', { name: 'Team subscription' }).click();
      await page.getByLabel('Rulebook address').fill(`${base}/team.json`);
      await page.getByRole('button', { name: 'Preview and subscribe' }).click();
      await page.getByTestId('apply-preview').getByText('1 rule added').waitFor({ timeout: 30_000 });
      await page.getByTestId('apply-preview').getByRole('button', { name: 'Subscribe' }).click();
      await page.getByText('Updated to "Team rules" with 1 rule.').first().waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('sync-status').textContent()).toMatch(/Last checked .*Updated to/);

      // The open draft is coached with the lead's rule, no reload.
      await waitForFlag(reply, 'This ticket will be closed', 10_000);

      // Unchanged → 304 with the ETag; down and HTML → the rule stays, the failure and time are shown.
      await page.getByRole('button', { name: 'Check now' }).click();
      await page.getByText('Your team rulebook is up to date.').first().waitFor();
      expect(hits.at(-1)).toEqual({ ifNoneMatch: `"v${published.length}"`, status: 304 });

      for (const [next, why] of [
        ['down', /answered 500/],
        ['html', /web page/],
      ] as const) {
        mode = next;
        await page.getByRole('button', { name: 'Check now' }).click();
        await withTimeout(
          page.getByTestId('sync-status').filter({ hasText: why }).waitFor(),
          20_000,
          `the ${next} sync to be shown`,
        );
        expect(await page.getByTestId('sync-status').textContent()).toMatch(/current rules stay in place/);
      }
      await reply.locator('#reply').fill('Hi Sam, this ticket is closed now.');
      await waitForFlag(reply, 'this ticket is closed', 10_000);
    } finally {
      await agent.close();
    }
  });
});
