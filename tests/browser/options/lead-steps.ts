import type { Page } from 'playwright-core';

/** A team lead's steps in the options page, with real clicks: import a file, subscribe, read what is stored. */
export type Mode = 'Merge, imported wins' | 'Merge, keep mine' | 'Replace';

/** Preview a file into the team layer; returns the preview, ready to be applied. */
export async function previewFile(page: Page, name: string, text: string) {
  await page.getByRole('button', { name: 'Import and export' }).click();
  await page.getByRole('radio', { name: 'Team rulebook' }).click();
  const mimeType = name.endsWith('.csv') ? 'text/csv' : 'application/json';
  await page.getByTestId('import-file').setInputFiles({ name, mimeType, buffer: Buffer.from(text) });
  await page.getByRole('button', { name: 'Preview import' }).click();
  const preview = page.getByTestId('apply-preview');
  await preview.waitFor({ timeout: 30_000 });
  return preview;
}

export async function importFile(page: Page, name: string, text: string, mode: Mode = 'Merge, imported wins') {
  const preview = await previewFile(page, name, text);
  if (await preview.getByRole('radio', { name: mode }).count())
    await preview.getByRole('radio', { name: mode }).click();
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByTestId('import-status').getByText(`from ${name} into Team rulebook`).waitFor({ timeout: 30_000 });
}

export async function subscribe(
  page: Page,
  url: string,
  mode: Mode = 'Merge, imported wins',
  bookName = 'Acme published',
) {
  await page.getByRole('button', { name: 'Team subscription' }).click();
  await page.getByLabel('Rulebook address').fill(url);
  await page.getByRole('button', { name: 'Preview and subscribe' }).click();
  const preview = page.getByTestId('apply-preview');
  await preview.waitFor({ timeout: 30_000 });
  if (await preview.getByRole('radio', { name: mode }).count())
    await preview.getByRole('radio', { name: mode }).click();
  await preview.getByRole('button', { name: 'Subscribe' }).click();
  await page.getByTestId('subscription-message').getByText(`Updated to "${bookName}"`).waitFor({ timeout: 30_000 });
}

/** The team layer's stored row, read straight from IndexedDB in the extension origin. */
export function readTeamRow(page: Page): Promise<Record<string, unknown> | null> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown> | null>((resolve, reject) => {
        const open = indexedDB.open('tactful');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('rulebooks', 'readonly').objectStore('rulebooks').get('team');
          request.onsuccess = () => {
            db.close();
            resolve((request.result as Record<string, unknown> | undefined) ?? null);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

export const teamIds = async (page: Page) =>
  ((await readTeamRow(page))?.book as { rules: { id: string }[] } | undefined)?.rules.map((r) => r.id) ?? [];

/** The rules list, filtered to the team layer: the ids shown. */
export async function listedTeamRules(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: 'Rules', exact: true }).click();
  await page.getByLabel('From').selectOption('team');
  await page.getByLabel('Sort by').selectOption('id');
  return page
    .locator('.rule-list [data-rule-id]')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-rule-id') ?? ''));
}
