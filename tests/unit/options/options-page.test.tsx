// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readPolicy } from '../../../background/read-policy.ts';
import { createService } from '../../../background/service.ts';
import { OptionsApp } from '../../../components/options/OptionsApp.tsx';
import { createOptionsApi } from '../../../components/options/options-api.ts';
import { serveBackground } from '../../../messaging/server.ts';
import type { TactfulDb } from '../../../storage/db.ts';
import { storeRulebook } from '../../../storage/rulebooks.ts';
import { optionsPage, sendAs } from '../senders.ts';
import { avoidRule, freshDb, rulebook } from '../storage/helpers.ts';
import '../background/regex-safety-provided.ts';

// A rule from outside (a team file) carrying markup: it must show literally, never as HTML (C3).
const XSS = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
const starter = rulebook('tactful/starter', [
  avoidRule('starter/calm-down', 'calm down'),
  avoidRule('starter/your-problem', 'your problem is', { category: 'wording' }),
]);

let db: TactfulDb;
let controller: AbortController;

beforeEach(async () => {
  fakeBrowser.reset();
  // The editor keeps an unsaved draft in this tab's sessionStorage; each test starts from a fresh tab.
  sessionStorage.clear();
  // Everything in these tests comes from an extension page; content-script senders are tested on their own.
  sendAs(optionsPage());
  (fakeBrowser.tabs as unknown as { sendMessage: unknown }).sendMessage = vi.fn(async () => undefined);
  db = freshDb();
  controller = new AbortController();
  serveBackground(createService({ db, starter, policy: async () => ({}) }).handlers, controller.signal);
});
afterEach(async () => {
  cleanup();
  controller.abort();
  await db.delete();
});

async function renderPage() {
  const api = createOptionsApi();
  render(<OptionsApp api={api} />);
  await screen.findByRole('heading', { name: 'Rules' });
  return api;
}

const ruleItem = (id: string) => document.querySelector(`[data-rule-id="${id}"]`) as HTMLElement;

// happy-dom renders the whole page and compromise compiles phrase families on each edit: give each test room.
describe('options page', { timeout: 30_000 }, () => {
  it('lists rules with their source layer, and search and filters narrow them', async () => {
    await storeRulebook(db, {
      layer: 'team',
      source: 'import',
      importedAt: 1,
      book: rulebook('acme', [avoidRule('team/not-our-fault', 'not our fault', { locked: true })]),
    });
    await renderPage();
    await waitFor(() => expect(screen.getByTestId('rule-count').textContent).toBe('3 rules'));
    expect(within(ruleItem('team/not-our-fault')).getByText('Team')).toBeTruthy();
    expect(within(ruleItem('starter/calm-down')).getByText('Starter')).toBeTruthy();
    expect(within(ruleItem('team/not-our-fault')).getByText(/Locked by your team/)).toBeTruthy();
    expect((within(ruleItem('team/not-our-fault')).getByRole('checkbox') as HTMLInputElement).disabled).toBe(true);

    fireEvent.change(screen.getByLabelText('Search rules'), { target: { value: 'calm' } });
    expect(screen.getByTestId('rule-count').textContent).toBe('1 of 3 rules');
    fireEvent.change(screen.getByLabelText('Search rules'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: 'team' } });
    expect(screen.getByTestId('rule-count').textContent).toBe('1 of 3 rules');
    fireEvent.change(screen.getByLabelText('From'), { target: { value: 'all' } });
    fireEvent.change(screen.getByLabelText('Category'), { target: { value: 'wording' } });
    expect(ruleItem('starter/your-problem')).toBeTruthy();
    expect(ruleItem('starter/calm-down')).toBeNull();
  });

  it('runs a new rule’s examples live as you type, then saves it and it coaches in “try a reply”', async () => {
    await renderPage();
    fireEvent.click(screen.getByRole('button', { name: 'New rule' }));
    const form = screen.getByRole('form', { name: 'New rule' });
    const type = (label: string | RegExp, value: string) =>
      fireEvent.change(within(form).getByLabelText(label), { target: { value } });

    type('Rule id', 'me/as-i-said');
    type('Message shown to the agent', 'This can sound impatient; try recapping kindly.');
    type(/Examples it must flag/, 'As I said, restart the router.');
    type(/Examples it must leave alone/, 'To recap, restart the router.');
    // A phrase that misses: the bad example is not flagged yet.
    type(/Phrases to look for/, 'as you said');
    await waitFor(() => expect(screen.getByTestId('examples-summary').textContent).toMatch(/1 of 2 examples do not/));
    type(/Phrases to look for/, 'as I said');
    await waitFor(() =>
      expect(screen.getByTestId('examples-summary').textContent).toBe('All 2 examples behave as expected.'),
    );
    expect(within(screen.getByTestId('example-bad-0')).getByText('As I said').tagName).toBe('MARK');

    type(/Rewrites to offer/, 'to recap');
    fireEvent.click(within(form).getByRole('button', { name: 'Save rule' }));
    // Saving compiles the whole book (the starter's 164 rules with it), which takes over a second on a busy 2-core
    // machine: the wait allows for that, the assertion is the same.
    await waitFor(() => expect(screen.getByTestId('status').textContent).toMatch(/Saved “me\/as-i-said”/), {
      timeout: 5000,
    });
    expect(within(ruleItem('me/as-i-said')).getByText('Yours')).toBeTruthy();

    fireEvent.change(screen.getByTestId('try-reply'), { target: { value: 'Hi, as I said, please restart it.' } });
    await waitFor(() =>
      expect(document.querySelector('[data-testid="try-findings"] [data-rule-id="me/as-i-said"]')).toBeTruthy(),
    );
    expect(screen.getByTestId('try-preview').querySelector('mark')?.textContent).toMatch(/^as I said/);
  });

  it('refuses to save a regex that could freeze a page', { timeout: 30_000 }, async () => {
    await renderPage();
    fireEvent.click(screen.getByRole('button', { name: 'New rule' }));
    const form = screen.getByRole('form', { name: 'New rule' });
    const type = (label: string | RegExp, value: string) =>
      fireEvent.change(within(form).getByLabelText(label), { target: { value } });
    type('Message shown to the agent', 'Careful.');
    type(/Examples it must flag/, 'aaaa');
    type(/Examples it must leave alone/, 'hello');
    type(/Regular expressions/, '^(\\w|\\d)+$');
    await waitFor(() => expect(within(form).getByText(/catastrophic backtracking/)).toBeTruthy());
    fireEvent.click(within(form).getByRole('button', { name: 'Save rule' }));
    await waitFor(() => expect(within(form).getByRole('alert').textContent).toMatch(/regex 1 '\^\(/));
    expect(await db.rulebooks.get('personal')).toBeUndefined();
  });

  it('refuses to save a pattern that does not compile, naming the rule and the pattern (issue 11 probe)', async () => {
    await renderPage();
    fireEvent.click(screen.getByRole('button', { name: 'New rule' }));
    const form = screen.getByRole('form', { name: 'New rule' });
    const type = (label: string | RegExp, value: string) =>
      fireEvent.change(within(form).getByLabelText(label), { target: { value } });
    type('Rule id', 'me/fault');
    type('Message shown to the agent', 'Say what you will do instead.');
    type(/Examples it must flag/, 'That is your fault.');
    type(/Examples it must leave alone/, 'I will fix it today.');
    type(/Phrases to look for/, '(your fault|our fault');
    type(/Rewrites to offer/, 'let me fix this');
    fireEvent.click(within(form).getByRole('button', { name: 'Save rule' }));
    const alert = await within(form).findByRole('alert');
    await waitFor(() => expect(alert.textContent).toContain('me/fault'));
    expect(alert.textContent).toContain('(your fault|our fault');
    expect(alert.textContent).toMatch(/never closed/);
    expect(await db.rulebooks.get('personal')).toBeUndefined();
  });

  it('deletes a rule and undoes the delete', async () => {
    await storeRulebook(db, {
      layer: 'personal',
      source: 'local',
      importedAt: 1,
      book: rulebook('me', [avoidRule('me/a', 'alpha'), avoidRule('me/b', 'beta')]),
    });
    await renderPage();
    await waitFor(() => expect(ruleItem('me/a')).toBeTruthy());
    fireEvent.click(within(ruleItem('me/a')).getByRole('button', { name: /Delete/ }));
    await waitFor(() => expect(ruleItem('me/a')).toBeNull());
    await waitFor(() => expect(screen.getByTestId('status').textContent).toMatch(/Deleted “me\/a”/));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(ruleItem('me/a')).toBeTruthy());
    expect((await db.rulebooks.get('personal'))?.book.rules.map((r) => r.id)).toEqual(['me/a', 'me/b']);
  });

  it('switches a starter rule off for you and duplicates a rule into your layer', async () => {
    await renderPage();
    await waitFor(() => expect(ruleItem('starter/calm-down')).toBeTruthy());
    fireEvent.click(within(ruleItem('starter/calm-down')).getByRole('checkbox'));
    await waitFor(() => expect(ruleItem('starter/calm-down').className).toMatch(/off/));
    expect(within(ruleItem('starter/calm-down')).getByText('changed by yours')).toBeTruthy();

    fireEvent.click(within(ruleItem('starter/your-problem')).getByRole('button', { name: /Duplicate/ }));
    const form = screen.getByRole('form', { name: 'New rule' });
    expect((within(form).getByLabelText('Rule id') as HTMLInputElement).value).toBe('starter/your-problem-copy');
    fireEvent.click(within(form).getByRole('button', { name: 'Save rule' }));
    await waitFor(() => expect(ruleItem('starter/your-problem-copy')).toBeTruthy());
  });

  it('shows rule text from a file as text, never as HTML (C3)', async () => {
    await storeRulebook(db, {
      layer: 'team',
      source: 'import',
      importedAt: 1,
      book: rulebook('acme', [
        avoidRule('team/xss', 'not our fault', { message: `Careful ${XSS}`, replacements: [XSS] }),
      ]),
    });
    await renderPage();
    await waitFor(() => expect(ruleItem('team/xss')).toBeTruthy());
    expect(ruleItem('team/xss').textContent).toContain(XSS);
    fireEvent.change(screen.getByTestId('try-reply'), { target: { value: 'That is not our fault.' } });
    await waitFor(() => expect(screen.getByTestId('try-findings').textContent).toContain(XSS));
    fireEvent.click(within(ruleItem('team/xss')).getByRole('button', { name: /Edit/ }));
    await act(async () => {});
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('imports a file through the background and lists the problems of a bad one', async () => {
    await renderPage();
    fireEvent.click(screen.getByRole('button', { name: 'Import and export' }));
    const input = screen.getByTestId('import-file') as HTMLInputElement;
    const bad = new File(['{"schemaVersion":2,"id":"x","name":"X","rules":[{"__proto__":{}}]}'], 'bad.json', {
      type: 'application/json',
    });
    Object.defineProperty(input, 'files', { value: [bad], configurable: true });
    // Nothing is chosen for the lead: the target must be picked.
    fireEvent.click(screen.getByRole('button', { name: 'Preview import' }));
    await waitFor(() => expect(screen.getByTestId('import-status').textContent).toMatch(/Choose where to import/));
    fireEvent.click(screen.getByRole('radio', { name: 'Team rulebook' }));
    fireEvent.click(screen.getByRole('button', { name: 'Preview import' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        'line 1: rule 1: __proto__ has the key "__proto__", which is not allowed in a rulebook',
      ),
    );

    const csv = new File(['phrase,rewrite\nnot our fault,I am sorry about this\n'], 'team.csv', { type: 'text/csv' });
    Object.defineProperty(input, 'files', { value: [csv], configurable: true });
    fireEvent.click(screen.getByRole('button', { name: 'Preview import' }));
    const preview = await screen.findByTestId('apply-preview');
    expect(within(preview).getByTestId('preview-diff').textContent).toMatch(/1 rule added/);
    expect((await db.rulebooks.get('team'))?.book).toBeUndefined();
    fireEvent.click(within(preview).getByRole('button', { name: 'Import' }));
    await waitFor(() =>
      expect(screen.getByTestId('import-status').textContent).toMatch(
        /^Imported 1 rule from team.csv into Team rulebook/,
      ),
    );
    expect((await db.rulebooks.get('team'))?.book.name).toBe('team');

    // The import can be undone: the team layer is empty again.
    fireEvent.click(screen.getByRole('button', { name: 'Undo import' }));
    await waitFor(() => expect(screen.getByTestId('import-status').textContent).toMatch(/^Undone/));
    expect(await db.rulebooks.get('team')).toBeUndefined();
  });
});

describe('options page under a managed policy (C7)', { timeout: 30_000 }, () => {
  it('shows the policy read-only, locks team and starter rules, and keeps the team layer out of reach', async () => {
    controller.abort();
    controller = new AbortController();
    serveBackground(createService({ db, starter, policy: readPolicy }).handlers, controller.signal);
    await fakeBrowser.storage.managed.set({
      rulebookUrl: 'https://rules.example.com/acme.json',
      locked: true,
      disabledSites: ['internal.example.com'],
    });
    await renderPage();
    const policy = screen.getByRole('region', { name: 'Managed by your organisation' });
    expect(policy.textContent).toContain('https://rules.example.com/acme.json');
    expect(policy.textContent).toContain('internal.example.com');
    await waitFor(() => expect(ruleItem('starter/calm-down')).toBeTruthy());
    expect(within(ruleItem('starter/calm-down')).getByText(/Locked by your organisation/)).toBeTruthy();
    expect((within(ruleItem('starter/calm-down')).getByRole('checkbox') as HTMLInputElement).disabled).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Import and export' }));
    const team = screen.getByRole('radio', { name: /Team rulebook/ }) as HTMLInputElement;
    expect(team.disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Team subscription' }));
    const address = screen.getByLabelText('Rulebook address') as HTMLInputElement;
    expect(address.readOnly).toBe(true);
    expect(address.value).toBe('https://rules.example.com/acme.json');
    expect(screen.queryByRole('button', { name: /Subscribe/ })).toBeNull();
  });
});
