import { createRoot } from 'react-dom/client';
import { PracticeApp } from '../../components/practice/PracticeApp.tsx';
import type { PracticeStore } from '../../components/practice/store.ts';
import { askFromPage } from '../../messaging/page-client.ts';
import { loadCatalog } from './packs.ts';
import { loadPracticeRulebook } from './rulebook.ts';
import './practice.css';
import { localizePage } from '../../i18n/page.ts';
import { t } from '../../i18n/t.ts';

// Attempts live in the extension's database, which only the background worker opens; they survive reloads and sessions.
const store: PracticeStore = {
  add: async (attempt) => (await askFromPage({ type: 'addAttempt', attempt })).id,
  list: async () => (await askFromPage({ type: 'listAttempts' })).attempts,
};

async function start(root: HTMLElement): Promise<void> {
  const [catalog, rulebook] = await Promise.all([loadCatalog(), loadPracticeRulebook()]);
  createRoot(root).render(
    <PracticeApp catalog={catalog} prepared={rulebook.prepared} store={store} rulebookNote={rulebook.note} />,
  );
}

localizePage('practice_pageTitle');
const root = document.getElementById('root');
if (root) {
  start(root).catch((error: unknown) => {
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent = t('practice_couldNotStart', { problem: (error as Error)?.message ?? String(error) });
    root.replaceChildren(message);
  });
}
