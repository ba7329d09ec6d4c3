import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openActionPopup } from './action-popup.ts';
import { runAxe, unacceptable } from './axe.ts';
import { CARD, ui, waitForFlag } from './editors/page-probe.ts';
import { type ExtensionSession, launchWithExtension, openFixture } from './harness.ts';

/**
 * axe-core on every page an agent uses (RELIABILITY V4): no serious or critical violation, and no moderate one that is
 * not kept with a reason (tests/browser/axe.ts, docs/design/ACCESSIBILITY.md). Extension pages run in a light and a
 * dark colour scheme, so axe's contrast check covers both palettes.
 */
const BLAMING_REPLY =
  'Hi Priya,\n\nYour problem is that you chose the cheapest delivery option. ' +
  'The parcel is at your local depot and it will be delivered on Thursday.\n\nBest,\nAlex';

let session: ExtensionSession;
beforeAll(async () => {
  // The welcome page is one of the pages checked, so the harness must not close it.
  session = await launchWithExtension({ keepWelcome: true });
  for (const page of session.context.pages()) if (page.url().endsWith('/welcome.html')) await page.close();
});
afterAll(async () => {
  await session?.close();
});

const extensionUrl = (path: string) => `chrome-extension://${session.extensionId}/${path}`;

async function expectNoViolations(page: Page, what: string): Promise<void> {
  const problems = unacceptable(await runAxe(page), page.url());
  expect(problems, `${what}:\n${problems.join('\n')}`).toEqual([]);
}

async function pageIn(scheme: 'light' | 'dark', width = 1280): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ colorScheme: scheme });
  return page;
}

describe('axe-core finds no serious, critical or unexplained moderate violations', () => {
  it('a coached Gmail page with the card open, and the toolbar popup over it', async () => {
    const page = await openFixture(session.context, 'gmail.html');
    // The fixture copies Gmail's own markup, faults included (tabindex="1" on the composers): what counts is what
    // Tactful adds, so the page's violations before coaching are the baseline.
    const key = (v: { id: string }, node: string) => `${v.id} ${node.split(' ')[0]}`;
    const before = new Set((await runAxe(page)).flatMap((v) => v.nodes.map((n) => key(v, n))));
    await page.locator('#\\:r1').click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Hello Dana, you ignored our reminder. ', { delay: 2 });
    await waitForFlag(page, 'you ignored', 30_000);
    await page.keyboard.press('Alt+Shift+N');
    await (await ui(page)).waitFor(CARD);
    const added = (await runAxe(page))
      .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !before.has(key(v, n))) }))
      .filter((v) => v.nodes.length > 0);
    const problems = unacceptable(added, page.url());
    expect(problems, `coached Gmail fixture:\n${problems.join('\n')}`).toEqual([]);

    const popup = await openActionPopup(session, page);
    try {
      const problems = unacceptable(await runAxe((expression) => popup.evaluate(expression)), 'popup.html');
      expect(problems, `toolbar popup:\n${problems.join('\n')}`).toEqual([]);
    } finally {
      await popup.close();
      await page.close();
    }
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`the popup page and the welcome page (${scheme})`, async () => {
      const page = await pageIn(scheme);
      await page.goto(extensionUrl('popup.html'));
      await page.getByRole('heading', { name: 'Tactful' }).waitFor();
      await expectNoViolations(page, `popup (${scheme})`);
      await page.goto(extensionUrl('welcome.html'));
      await page.getByRole('heading', { level: 1 }).waitFor();
      await expectNoViolations(page, `welcome (${scheme})`);
      await page.close();
    });

    it(`every tab of the options page, and the rule editor showing errors (${scheme})`, async () => {
      const page = await pageIn(scheme);
      await page.goto(extensionUrl('options.html'));
      await page.getByRole('heading', { name: 'Rules' }).waitFor();
      await expectNoViolations(page, `options, Rules (${scheme})`);
      const tabs = page.getByRole('navigation', { name: 'Sections' }).getByRole('button');
      const names = await tabs.allTextContents();
      expect(names.length).toBeGreaterThanOrEqual(5);
      for (const name of names.slice(1)) {
        await tabs.filter({ hasText: name }).click();
        await page.getByRole('heading', { level: 2 }).first().waitFor();
        await expectNoViolations(page, `options, ${name} (${scheme})`);
      }
      await tabs.filter({ hasText: names[0] as string }).click();
      await page.getByRole('button', { name: 'New rule' }).click();
      const form = page.getByRole('form', { name: 'New rule' });
      await form.getByLabel(/Phrases to look for/).fill('(');
      await form.getByLabel(/Examples it must flag/).fill('Nothing here matches.');
      await form.getByRole('button', { name: 'Save rule' }).click();
      await form.getByText('This rule cannot be saved yet:').waitFor();
      await expectNoViolations(page, `options, rule editor with errors (${scheme})`);
      await page.close();
    });

    it(`the practice page: writing, score and progress (${scheme})`, async () => {
      const page = await pageIn(scheme);
      await page.goto(extensionUrl('practice.html'));
      const reply = page.getByRole('textbox', { name: 'Your reply' });
      await reply.waitFor();
      await reply.click();
      await page.keyboard.type(BLAMING_REPLY);
      await page.locator('.live li.finding.blame').first().waitFor();
      await expectNoViolations(page, `practice, writing (${scheme})`);
      await page.getByRole('button', { name: 'Submit for a score' }).click();
      await page.getByTestId('score-total').waitFor();
      await expectNoViolations(page, `practice, score (${scheme})`);
      await page.getByRole('button', { name: /^Progress/ }).click();
      await page.getByTestId('attempts').locator('tbody tr').first().waitFor();
      await expectNoViolations(page, `practice, progress (${scheme})`);
      await page.close();
    });
  }
});
