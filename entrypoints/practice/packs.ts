import { askFromPage } from '../../messaging/page-client.ts';
import { buildCatalog, loadBuiltinPacks, type PracticeScenario } from '../../practice/catalog.ts';
import type { Rulebook } from '../../rules/index.ts';

/**
 * Every scenario to offer: the built-in packs, then the `scenarios` of the stored team and personal
 * rulebooks (validated with the same schema when they were imported), asked of the background worker. If it
 * cannot answer, the built-in scenarios are still offered.
 */
export async function loadCatalog(): Promise<PracticeScenario[]> {
  const { books, problems } = loadBuiltinPacks();
  if (problems.length > 0) console.warn('Tactful practice: a built-in scenario pack is invalid', problems);
  let stored: Rulebook[] = [];
  try {
    stored = (await askFromPage({ type: 'listStoredRulebooks' }, { timeoutMs: 8_000 })).books;
  } catch (error) {
    console.warn('Tactful practice: team scenario packs could not be read', error);
  }
  return buildCatalog([...books, ...stored]);
}
