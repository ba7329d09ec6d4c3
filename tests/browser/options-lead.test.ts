import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshProfilePerTest, openOptions } from './options/extension-session.ts';
import { importFile, listedTeamRules, previewFile, readTeamRow, subscribe, teamIds } from './options/lead-steps.ts';
import { avoid, book } from './options/rulebooks.ts';

/**
 * Issue 14, as a team lead does it in the options page of the built extension, with real mouse clicks and keys:
 * every import and subscription previewed and applied by merge or replace, undone from the page, the team layer
 * handed back on unsubscribe, the editor keeping unsaved work (Esc, reload, a second tab), and finding 1's steps
 * replayed with nothing lost. Each test runs in a fresh browser profile, so none depends on another.
 */
const { asLead } = freshProfilePerTest();
let server: Server;
let base: string;

const teamJson = book('acme/voice', 'Acme support voice', [
  avoid('team/frobnicator', 'our widget frobnicator', {
    message: 'Customers do not know our internal names; say what it does.',
    examples: { bad: ['Our widget frobnicator ate it.'], good: ['Our order system lost it.'] },
  }),
  avoid('team/per-our-policy', 'per our policy'),
]);
const phrasesCsv = [
  'phrase,rewrite,message',
  'you must have,it looks like,',
  'as I said,to recap,This can sound impatient.',
  'calm down,I understand this is frustrating,',
].join('\r\n');
const hostedBook = book('acme/hosted', 'Acme published', [avoid('team/hosted-rule', 'our backend team')]);

beforeAll(async () => {
  server = createServer((_req, res) => {
    const body = JSON.stringify(hostedBook);
    res.writeHead(200, { 'Content-Type': 'application/json', ETag: `"h${body.length}"` }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const teamRules = async (page: Page) =>
  ((await readTeamRow(page))?.book as { rules: { id: string }[] } | undefined)?.rules ?? [];

describe('a lead’s rulebook work in the options page (issue 14)', () => {
  it('import JSON then CSV with merge keeps both; a starter rule a lead edits saves to Team by default', {
    timeout: 180_000,
  }, async () => {
    await asLead(async (s) => {
      const page = await openOptions(s);
      await importFile(page, 'team.json', JSON.stringify(teamJson));
      const preview = await previewFile(page, 'phrases.csv', phrasesCsv);
      // Merge is the first choice offered; the preview lists what comes in, by name and id.
      expect(await preview.getByRole('radio', { name: 'Merge, imported wins' }).isChecked()).toBe(true);
      expect(await preview.getByTestId('preview-diff').textContent()).toMatch(/3 rules added, 0 changed, 0 removed/);
      expect(await preview.getByText('You must have').count()).toBe(1);
      await preview.getByRole('button', { name: 'Import', exact: true }).click();
      await page.getByTestId('import-status').getByText('from phrases.csv').waitFor({ timeout: 30_000 });

      expect(await listedTeamRules(page)).toEqual([
        'team/as-i-said',
        'team/calm-down',
        'team/frobnicator',
        'team/per-our-policy',
        'team/you-must-have',
      ]);
      // Readable names in the list: title and id.
      const item = page.locator('[data-rule-id="team/per-our-policy"]');
      expect(await item.locator('.rule-title').textContent()).toBe('Per our policy');

      // A lead (who keeps the team rulebook here) editing a starter rule saves to the team by default.
      await page.getByLabel('From').selectOption('starter');
      await page.locator('.rule-list [data-rule-id]').first().getByRole('button', { name: /^Edit/ }).click();
      expect(await page.getByRole('form').getByLabel('Save to').inputValue()).toBe('team');
    });
  });

  it('replace shows the diff, and undo in History restores the previous layer exactly', {
    timeout: 180_000,
  }, async () => {
    await asLead(async (s) => {
      const page = await openOptions(s);
      await importFile(page, 'team.json', JSON.stringify(teamJson));
      const before = await readTeamRow(page);

      const preview = await previewFile(page, 'phrases.csv', phrasesCsv);
      await preview.getByRole('radio', { name: 'Replace' }).click();
      const diff = preview.getByTestId('preview-diff');
      await diff.getByText(/3 rules added, 0 changed, 2 removed/).waitFor();
      const removed = diff.locator('.diff-removed');
      expect(await removed.textContent()).toContain('Frobnicator team/frobnicator');
      expect(await removed.textContent()).toContain('Per our policy team/per-our-policy');
      await preview.getByRole('button', { name: 'Import', exact: true }).click();
      await page
        .getByTestId('import-status')
        .getByText(/\(replaced\)/)
        .waitFor({ timeout: 30_000 });
      expect(await teamIds(page)).toEqual(['team/you-must-have', 'team/as-i-said', 'team/calm-down']);

      await page.getByRole('button', { name: 'History' }).click();
      const latest = page.getByTestId('versions').locator('li').first();
      expect(await latest.textContent()).toContain('Imported phrases.csv (replace)');
      await latest.getByRole('button', { name: /Undo this change/ }).click();
      await page
        .getByTestId('history-message')
        .getByText(/^Undone/)
        .waitFor({ timeout: 30_000 });
      expect(await readTeamRow(page)).toEqual(before);
      expect(await listedTeamRules(page)).toEqual(['team/frobnicator', 'team/per-our-policy']);
    });
  });

  it('unsubscribe hands the team layer back: edit a team rule and save it', { timeout: 180_000 }, async () => {
    await asLead(async (s) => {
      const page = await openOptions(s);
      await subscribe(page, `${base}/team.json`);
      await page.getByRole('button', { name: 'Unsubscribe' }).click();
      await page
        .getByTestId('subscription-message')
        .getByText(/you can edit them here/)
        .waitFor();
      expect(await page.getByTestId('detached-notice').textContent()).toContain(`${base}/team.json`);

      // The import target never switches by itself: nothing is chosen, and Team can be chosen again.
      await page.getByRole('button', { name: 'Import and export' }).click();
      expect(await page.getByRole('radio', { name: 'Team rulebook' }).isChecked()).toBe(false);
      expect(await page.getByRole('radio', { name: 'My rules' }).isChecked()).toBe(false);
      expect(await page.getByRole('radio', { name: 'Team rulebook' }).isEnabled()).toBe(true);

      await page.getByRole('button', { name: 'Rules', exact: true }).click();
      await page.getByText(/until you unsubscribed/).waitFor();
      await page.locator('[data-rule-id="team/hosted-rule"]').getByRole('button', { name: /^Edit/ }).click();
      const form = page.getByRole('form', { name: 'Edit rule team/hosted-rule' });
      expect(await form.getByLabel('Save to').inputValue()).toBe('team');
      await form.getByLabel('Message shown to the agent').fill('Say what the team will do, not who is slow.');
      await form.getByRole('button', { name: 'Save rule' }).click();
      await page.getByTestId('status').getByText('Saved “team/hosted-rule”.').waitFor({ timeout: 30_000 });
      const row = await readTeamRow(page);
      expect(row).toMatchObject({ source: 'local', detachedFrom: `${base}/team.json` });
      expect((row?.book as { rules: { message: string }[] } | undefined)?.rules[0]?.message).toBe(
        'Say what the team will do, not who is slow.',
      );
    });
  });

  it('Esc with unsaved changes asks; a reload keeps the draft', { timeout: 180_000 }, async () => {
    await asLead(async (s) => {
      const page = await openOptions(s);
      const first = page.locator('.rule-list [data-rule-id]').first();
      const id = (await first.getAttribute('data-rule-id')) as string;

      // No changes: Esc just closes.
      await first.getByRole('button', { name: /^Edit/ }).click();
      const form = page.getByRole('form', { name: `Edit rule ${id}` });
      await form.getByLabel('Message shown to the agent').click();
      await page.keyboard.press('Escape');
      await form.waitFor({ state: 'detached' });

      // Changes: Esc asks, with focus on "Keep editing"; keeping them keeps the text.
      await first.getByRole('button', { name: /^Edit/ }).click();
      const message = form.getByLabel('Message shown to the agent');
      await message.fill('A draft I do not want to lose.');
      await page.keyboard.press('Escape');
      const ask = page.getByRole('alertdialog', { name: 'Discard your unsaved changes?' });
      await ask.waitFor();
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Keep editing');
      await ask.getByRole('button', { name: 'Keep editing' }).click();
      await ask.waitFor({ state: 'detached' });
      expect(await message.inputValue()).toBe('A draft I do not want to lose.');

      // "Try a reply" tries the unsaved rule.
      await page.getByTestId('try-draft').waitFor();

      // A reload brings the editor back with the draft.
      await page.reload();
      await page.getByTestId('status').getByText(`Your unsaved changes to “${id}” were kept.`).waitFor();
      expect(await form.getByLabel('Message shown to the agent').inputValue()).toBe('A draft I do not want to lose.');

      // Discarding is a choice, and then the draft is gone for good.
      await form.getByLabel('Message shown to the agent').click();
      await page.keyboard.press('Escape');
      await page.getByRole('alertdialog').getByRole('button', { name: 'Discard changes' }).click();
      await form.waitFor({ state: 'detached' });
      await page.reload();
      await page.getByRole('heading', { name: 'Rules' }).waitFor();
      await page.locator('.rule-list [data-rule-id]').first().waitFor();
      expect(await page.getByRole('form').count()).toBe(0);
    });
  });

  it('two tabs edit one rule: the later save is told it changed and shown both', { timeout: 180_000 }, async () => {
    await asLead(async (s) => {
      const setup = await openOptions(s);
      await importFile(setup, 'team.json', JSON.stringify(teamJson));
      await setup.close();

      const [a, b] = [await openOptions(s), await openOptions(s)];
      for (const tab of [a, b]) {
        await tab.getByLabel('Search rules').fill('frobnicator');
        await tab.locator('[data-rule-id="team/frobnicator"]').getByRole('button', { name: /^Edit/ }).click();
      }
      const formOf = (tab: Page) => tab.getByRole('form', { name: 'Edit rule team/frobnicator' });

      await formOf(b).getByLabel('Message shown to the agent').fill('Tab B: say what the tool does.');
      await formOf(b).getByRole('button', { name: 'Save rule' }).click();
      await b.getByTestId('status').getByText('Saved “team/frobnicator”.').waitFor({ timeout: 30_000 });
      // Search kept after saving.
      expect(await b.getByLabel('Search rules').inputValue()).toBe('frobnicator');

      await formOf(a).getByLabel('Message shown to the agent').fill('Tab A: name the feature, not our internals.');
      await formOf(a).getByRole('button', { name: 'Save rule' }).click();
      const conflict = a.getByTestId('conflict');
      await conflict.waitFor({ timeout: 30_000 });
      expect(await formOf(a).getByRole('alert').textContent()).toMatch(/was changed .* since you opened it/);
      expect(await conflict.getByTestId('conflict-theirs').first().textContent()).toBe(
        'Tab B: say what the tool does.',
      );
      expect(await conflict.getByTestId('conflict-mine').first().textContent()).toBe(
        'Tab A: name the feature, not our internals.',
      );
      const stored = async () =>
        ((await readTeamRow(a))?.book as { rules: { id: string; message: string }[] } | undefined)?.rules.find(
          (r) => r.id === 'team/frobnicator',
        )?.message;
      expect(await stored()).toBe('Tab B: say what the tool does.');

      // The lead keeps theirs deliberately: save again over the other tab's version.
      await conflict.getByRole('button', { name: 'Keep mine' }).click();
      await formOf(a).getByRole('button', { name: 'Save rule' }).click();
      await a.getByTestId('status').getByText('Saved “team/frobnicator”.').waitFor({ timeout: 30_000 });
      expect(await stored()).toBe('Tab A: name the feature, not our internals.');
    });
  });

  it('finding 1 replayed: two rules saved to Team, team.json, phrases.csv, a subscription — each preview names what would change, and every earlier state is reachable in History', {
    timeout: 300_000,
  }, async () => {
    await asLead(async (s) => {
      const page = await openOptions(s);
      /** The team book after each step, with the step's line in History. */
      const states: { what: string; book: unknown }[] = [{ what: 'Before the first recorded change', book: undefined }];
      const record = async (what: string) => {
        states.push({ what, book: (await readTeamRow(page))?.book });
      };

      for (const [id, phrase, good] of [
        ['team/ticket-closed', 'this ticket is closed', 'I will keep this open until it is sorted.'],
        ['team/not-my-team', 'not my team', 'I will ask the billing team today.'],
      ] as const) {
        await page.getByRole('button', { name: 'Rules', exact: true }).click();
        await page.getByRole('button', { name: 'New rule' }).click();
        const form = page.getByRole('form', { name: 'New rule' });
        await form.getByLabel('Rule id').fill(id);
        await form.getByLabel('Message shown to the agent').fill('Say what you will do, not why you cannot.');
        await form.getByLabel(/Phrases to look for/).fill(phrase);
        await form.getByLabel(/Examples it must flag/).fill(`Sorry, ${phrase}.`);
        await form.getByLabel(/Examples it must leave alone/).fill(good);
        await form.getByLabel('Save to').selectOption('team');
        await form.getByRole('button', { name: 'Save rule' }).click();
        await page.getByTestId('status').getByText(`Saved “${id}”.`).waitFor({ timeout: 30_000 });
        await record(`Saved “${id}” in the editor`);
      }

      // team.json: merge (the first choice) adds its two rules; replace would remove the two just saved, by name.
      let preview = await previewFile(page, 'team.json', JSON.stringify(teamJson));
      const diff = preview.getByTestId('preview-diff');
      expect(await diff.locator('p').first().textContent()).toBe('2 rules added, 0 changed, 0 removed, 2 unchanged.');
      expect(await diff.locator('.diff-added li').allTextContents()).toEqual([
        'Frobnicator team/frobnicator',
        'Per our policy team/per-our-policy',
      ]);
      await preview.getByRole('radio', { name: 'Replace' }).click();
      await diff.getByText('2 rules added, 0 changed, 2 removed, 0 unchanged.').waitFor();
      expect(await diff.locator('.diff-removed li').allTextContents()).toEqual([
        'Ticket closed team/ticket-closed',
        'Not my team team/not-my-team',
      ]);
      await preview.getByRole('radio', { name: 'Merge, imported wins' }).click();
      await preview.getByRole('button', { name: 'Import', exact: true }).click();
      await page
        .getByTestId('import-status')
        .getByText('from team.json into Team rulebook')
        .waitFor({ timeout: 30_000 });
      await record('Imported team.json (merge, imported wins)');

      // phrases.csv: three rows become three added rules; the four already there are unchanged.
      preview = await previewFile(page, 'phrases.csv', phrasesCsv);
      expect(await preview.getByTestId('preview-diff').locator('p').first().textContent()).toBe(
        '3 rules added, 0 changed, 0 removed, 4 unchanged.',
      );
      expect(await preview.locator('.diff-added li').allTextContents()).toEqual([
        'You must have team/you-must-have',
        'As i said team/as-i-said',
        'Calm down team/calm-down',
      ]);
      await preview.getByRole('button', { name: 'Import', exact: true }).click();
      await page
        .getByTestId('import-status')
        .getByText('from phrases.csv into Team rulebook')
        .waitFor({ timeout: 30_000 });
      await record('Imported phrases.csv (merge, imported wins)');

      // The hosted rulebook: its preview too names the one rule it adds before anything is stored.
      await page.getByRole('button', { name: 'Team subscription' }).click();
      await page.getByLabel('Rulebook address').fill(`${base}/team.json`);
      await page.getByRole('button', { name: 'Preview and subscribe' }).click();
      preview = page.getByTestId('apply-preview');
      await preview.waitFor({ timeout: 30_000 });
      expect(await preview.getByTestId('preview-diff').locator('p').first().textContent()).toBe(
        '1 rule added, 0 changed, 0 removed, 7 unchanged.',
      );
      expect(await preview.locator('.diff-added li').allTextContents()).toEqual(['Hosted rule team/hosted-rule']);
      expect(await teamIds(page)).not.toContain('team/hosted-rule');
      await preview.getByRole('button', { name: 'Subscribe' }).click();
      await page
        .getByTestId('subscription-message')
        .getByText(/Updated to "Acme published"/)
        .waitFor({ timeout: 30_000 });
      await record(`Subscribed to ${base}/team.json (merge, imported wins)`);

      const all = [
        'team/as-i-said',
        'team/calm-down',
        'team/frobnicator',
        'team/hosted-rule',
        'team/not-my-team',
        'team/per-our-policy',
        'team/ticket-closed',
        'team/you-must-have',
      ];
      expect([...(await teamIds(page))].sort()).toEqual(all);
      expect(await listedTeamRules(page)).toEqual(all);

      await page.getByRole('button', { name: 'History' }).click();
      const versions = page.getByTestId('versions');
      // The list is read from IndexedDB after the tab opens: wait for it rather than read it mid-render.
      await expect
        .poll(() => versions.locator('li strong').allTextContents(), { timeout: 30_000 })
        .toEqual(states.map((st) => st.what).reverse());

      // Every earlier state comes back exactly from its line in History (each restore is a new version on top).
      for (const state of states.slice(0, -1).reverse()) {
        const line = versions.locator('li').filter({ has: page.getByText(state.what, { exact: true }) });
        await line.getByRole('button', { name: /^Restore this version/ }).click();
        await page
          .getByTestId('history-message')
          .getByText(/^Restored the version of/)
          .waitFor({ timeout: 30_000 });
        await versions.locator('li strong').first().getByText(`(${state.what})`).waitFor({ timeout: 30_000 });
        expect((await readTeamRow(page))?.book, state.what).toEqual(state.book);
      }
    });
  });

  it('CSV round trip through the page: export the team CSV, import it into a fresh profile, export again — identical', {
    timeout: 300_000,
  }, async () => {
    const exportCsv = async (page: Page) => {
      await page.getByRole('button', { name: 'Import and export' }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export team rulebook as CSV' }).click(),
      ]);
      return { name: download.suggestedFilename(), text: await readFile((await download.path()) as string, 'utf8') };
    };
    let first = { name: '', text: '' };
    let rulesBefore: unknown;
    await asLead(async (s) => {
      const page = await openOptions(s);
      await importFile(page, 'phrases.csv', phrasesCsv);
      await importFile(page, 'team.json', JSON.stringify(teamJson));
      first = await exportCsv(page);
      // Rules a sheet row cannot hold (their own examples) are named, not silently dropped.
      await page
        .getByTestId('import-status')
        .getByText(/2 rules cannot be written as a spreadsheet row \(team\/frobnicator, team\/per-our-policy\)/)
        .waitFor();
      rulesBefore = (await teamRules(page)).filter((r) => /you-must-have|as-i-said|calm-down/.test(r.id));
    });
    expect(first.name).toMatch(/\.csv$/);
    expect(first.text.split(/\r?\n/).filter(Boolean)).toHaveLength(4);

    await asLead(async (s) => {
      const page = await openOptions(s);
      await importFile(page, first.name, first.text);
      expect(await teamRules(page)).toEqual(rulesBefore);
      const again = await exportCsv(page);
      expect(again.text).toBe(first.text);
    });
  });
});
