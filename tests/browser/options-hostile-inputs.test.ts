import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { starterRulebook } from '../../rules/index.ts';
import { freshProfilePerTest, openOptions } from './options/extension-session.ts';
import { importFile, readTeamRow, subscribe } from './options/lead-steps.ts';
import { avoid, book } from './options/rulebooks.ts';
import { type StaticServer, startStaticServer } from './static-server.ts';

/**
 * RELIABILITY C14 and C15–C17 through the options page of the built extension, with real clicks: each hostile file
 * and each misbehaving hosted address a lead may meet is refused with a message they can act on, and the team layer
 * stored before is exactly as it was. A valid rulebook that switches every rule off is applied only after the preview
 * warns and the lead confirms a second time (and History undoes it); a hosted refresh, which nobody looks at, never
 * applies one. Each test runs in a fresh profile.
 */
const { asLead } = freshProfilePerTest();

const baseBook = book('acme/voice', 'Acme support voice', [
  avoid('team/frobnicator', 'our widget frobnicator', {
    examples: { bad: ['Our widget frobnicator ate it.'], good: ['Our order system lost it.'] },
  }),
]);
const hostedBook = book('acme/hosted', 'Acme published', [avoid('team/hosted-rule', 'our backend team')]);
/**
 * Valid, and every starter rule redefined (by id) as a plain phrase switched off: agents would get no coaching. Plain
 * phrases keep the worker's regex-safety check out of the way on a loaded machine.
 */
const quietBook = book(
  'acme/quiet',
  'Quiet',
  starterRulebook.rules.map((rule) => ({ ...avoid(rule.id, 'zq quiet phrase'), enabled: false })),
);
const STARTER_COUNT = starterRulebook.rules.length;

let server: StaticServer;
let scratch: string;
/** What /later.json serves: the good book first, a book that silences everything for the refresh. */
let later = JSON.stringify(hostedBook);

const json = (res: ServerResponse, body: string) =>
  res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(body);

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'tactful-hostile-'));
  server = await startStaticServer(
    {},
    {
      '/hosted.json': (_req, res) => json(res, JSON.stringify(hostedBook)),
      '/quiet.json': (_req, res) => json(res, JSON.stringify(quietBook)),
      '/later.json': (_req, res) => json(res, later),
      '/html': (_req, res) =>
        res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><p>Please sign in</p>'),
      '/down': (_req, res) => res.writeHead(500).end('Internal error'),
      // A body that starts and never finishes: a byte now and then, until the reader gives up.
      '/never-ends': (_req, res) => {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.write('{');
        const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write(' ')), 200);
        res.on('close', () => clearInterval(timer));
      },
      // 50 MB with no Content-Length: only the reader's 5 MB cap can stop it.
      '/huge': (_req, res) => {
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
      },
      // 127.0.0.1 and localhost are different origins: the redirect leaves the address the lead typed.
      '/elsewhere': (_req, res) =>
        res.writeHead(302, { Location: `${server.url.replace('127.0.0.1', 'localhost')}/hosted.json` }).end(),
    },
  );
});
afterAll(async () => {
  await server?.close();
  await rm(scratch, { recursive: true, force: true });
});

/** The options page with `baseBook` as the team layer, and that stored row to compare against. */
async function withTeamBook(page: Page) {
  await importFile(page, 'acme.json', JSON.stringify(baseBook), 'Replace');
  const before = await readTeamRow(page);
  expect(before?.book).toMatchObject({ id: 'acme/voice' });
  return before;
}

const alternation = `^(?:${Array.from({ length: 40 }, (_, i) => `a{${i + 1}}`).join('|')})+$`;
const redos = (id: string, regex: string) =>
  JSON.stringify(book('evil/redos', 'Evil', [avoid(id, `zz ${id.slice(5)}`, { regex: [regex] })]));

describe('hostile rulebooks through the options page (C14, C15)', () => {
  it('refuses each hostile file with a clear message, before any preview; the team layer is unchanged', {
    timeout: 420_000,
  }, async () => {
    const fiftyMb = join(scratch, 'fifty.json');
    await writeFile(fiftyMb, `{${' '.repeat(50 * 1024 * 1024)}}`);
    const cases: { name: string; file: string | { path: string }; says: RegExp }[] = [
      { name: 'fifty.json', file: { path: fiftyMb }, says: /this file is 50 MB; the largest rulebook .* 5 MB/ },
      {
        name: 'many.json',
        file: JSON.stringify({
          schemaVersion: 2,
          id: 'x',
          name: 'X',
          rules: Array.from({ length: 100_000 }, () => ({})),
        }),
        says: /100,000 rules.*5,000/,
      },
      {
        name: 'surrogate.json',
        file: JSON.stringify(book('evil/lone', 'Lone', [avoid('team/lone', 'ok')])).replace(
          '"message":"',
          '"message":"\\ud800 ',
        ),
        says: /^line \d+: rule `team\/lone`: message '.*' has a broken character/,
      },
      {
        name: 'deep.json',
        file: `{"schemaVersion":2,"id":"x","name":"X","rules":[],"description":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
        says: /nested more than 32 levels/,
      },
      {
        name: 'backreference.json',
        file: redos('team/backref', '^(a|a)+\\1$'),
        says: /rule `team\/backref`: regex 1 '.*': this regular expression (can take|could not be)/,
      },
      {
        name: 'lookbehind.json',
        file: redos('team/lookbehind', '(?<=(a+)+)b'),
        says: /rule `team\/lookbehind`: regex 1 '.*': this regular expression (can take|could not be)/,
      },
      {
        name: 'alternation.json',
        file: redos('team/alternation', alternation),
        says: /rule `team\/alternation`: regex 1 '.*': this regular expression (can take|could not be)/,
      },
    ];
    await asLead(async (s) => {
      const page = await openOptions(s);
      const before = await withTeamBook(page);
      const problems = page.locator('.problems[role="alert"]');
      for (const { name, file, says } of cases) {
        await page
          .getByTestId('import-file')
          .setInputFiles(
            typeof file === 'string' ? { name, mimeType: 'application/json', buffer: Buffer.from(file) } : file.path,
          );
        await page.getByRole('button', { name: 'Preview import' }).click();
        await problems.locator('li').filter({ hasText: says }).first().waitFor({ timeout: 120_000 });
        const listed = (await problems.locator('li').allTextContents()).join('\n');
        expect(listed, name).toMatch(says);
        expect(listed, name).not.toMatch(/Invalid input|Too small|expected (string|object)|rules\[/);
        expect(await page.getByTestId('apply-preview').count(), name).toBe(0);
        expect(await readTeamRow(page), name).toEqual(before);
      }
    });
  });

  it('refuses each misbehaving hosted address on its first fetch, says why, subscribes to nothing and keeps the team layer', {
    timeout: 300_000,
  }, async () => {
    const cases: [string, RegExp][] = [
      ['/html', /returned a web page, not a rulebook file/],
      ['/down', /answered 500 instead of the rulebook/],
      ['/never-ends', /did not answer within \d+ seconds/],
      ['/huge', /larger than 5 MB/],
      ['/elsewhere', /sends Tactful on to another site \(http:\/\/localhost:\d+\)/],
    ];
    await asLead(async (s) => {
      const page = await openOptions(s);
      const before = await withTeamBook(page);
      await page.getByRole('button', { name: 'Team subscription' }).click();
      const message = page.getByTestId('subscription-message');
      for (const [path, says] of cases) {
        await page.getByLabel('Rulebook address').fill(`${server.url}${path}`);
        await page.getByRole('button', { name: 'Preview and subscribe' }).click();
        await message.filter({ hasText: says }).waitFor({ timeout: 60_000 });
        expect(await message.textContent(), path).toMatch(/Nothing was changed\.$/);
        expect(await page.getByTestId('apply-preview').count(), path).toBe(0);
        // Not subscribed: no address kept, so no Unsubscribe, and the team layer is the one imported before.
        expect(await page.getByRole('button', { name: 'Unsubscribe' }).count(), path).toBe(0);
        expect(await readTeamRow(page), path).toEqual(before);
      }
    });
  });

  it('a file that switches every rule off: the preview warns, Import asks again, Go back stores nothing, confirming applies, History undoes it exactly', {
    timeout: 240_000,
  }, async () => {
    await asLead(async (s) => {
      const page = await openOptions(s);
      const before = await withTeamBook(page);

      await page.getByTestId('import-file').setInputFiles({
        name: 'quiet.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(quietBook)),
      });
      await page.getByRole('button', { name: 'Preview import' }).click();
      const preview = page.getByTestId('apply-preview');
      await preview.waitFor({ timeout: 60_000 });
      expect(await preview.getByTestId('switches-off-all').textContent()).toContain(
        `This rulebook switches off all ${STARTER_COUNT} rules: agents would get no coaching.`,
      );
      await preview.getByRole('radio', { name: 'Replace' }).click();

      // Import asks a second time; going back stores nothing.
      await preview.getByRole('button', { name: 'Import', exact: true }).click();
      const confirm = preview.getByRole('alertdialog', {
        name: `Switch off all ${STARTER_COUNT} rules for everyone using this layer?`,
      });
      await confirm.waitFor();
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Go back');
      await confirm.getByRole('button', { name: 'Go back' }).click();
      await confirm.waitFor({ state: 'detached' });
      expect(await readTeamRow(page)).toEqual(before);

      await preview.getByRole('button', { name: 'Import', exact: true }).click();
      await confirm.getByRole('button', { name: `Yes, switch off all ${STARTER_COUNT} rules` }).click();
      await page
        .getByTestId('import-status')
        .getByText(`Imported ${STARTER_COUNT} rules from quiet.json into Team rulebook (replaced).`)
        .waitFor({ timeout: 60_000 });
      expect((await readTeamRow(page))?.book).toMatchObject({ id: 'acme/quiet' });

      await page.getByRole('button', { name: 'History' }).click();
      const latest = page.getByTestId('versions').locator('li').first();
      expect(await latest.locator('strong').textContent()).toBe(
        'Imported quiet.json (replace), switching every rule off',
      );
      await latest.getByRole('button', { name: /Undo this change/ }).click();
      await page
        .getByTestId('history-message')
        .getByText(/^Undone/)
        .waitFor({ timeout: 30_000 });
      expect(await readTeamRow(page)).toEqual(before);
    });
  });

  it('a hosted rulebook that switches every rule off: its first preview warns; as a refresh it is not applied, the lead is told why, and the team layer stays', {
    timeout: 240_000,
  }, async () => {
    await asLead(async (s) => {
      const page = await openOptions(s);
      await page.getByRole('button', { name: 'Team subscription' }).click();
      await page.getByLabel('Rulebook address').fill(`${server.url}/quiet.json`);
      await page.getByRole('button', { name: 'Preview and subscribe' }).click();
      const preview = page.getByTestId('apply-preview');
      await preview.getByTestId('switches-off-all').waitFor({ timeout: 60_000 });
      expect(await preview.getByTestId('switches-off-all').textContent()).toContain(
        `switches off all ${STARTER_COUNT} rules`,
      );
      await preview.getByRole('button', { name: 'Cancel' }).click();
      expect(await readTeamRow(page)).toBeNull();

      later = JSON.stringify(hostedBook);
      await subscribe(page, `${server.url}/later.json`);
      const before = await readTeamRow(page);
      expect(before?.book).toMatchObject({ id: 'acme/hosted' });

      // The published file now silences everything: the refresh (the same path as the hourly one) refuses it.
      later = JSON.stringify(quietBook);
      await page.getByRole('button', { name: 'Check now' }).click();
      const status = page.getByTestId('sync-status').filter({ hasText: /switches off every rule/ });
      await status.waitFor({ timeout: 60_000 });
      expect(await status.textContent()).toMatch(/it was not applied.*Your current rules stay in place\./);
      expect((await readTeamRow(page))?.book).toEqual(before?.book);
    });
  });
});
