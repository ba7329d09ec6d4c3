import { buildCatalog, loadBuiltinPacks, type PracticeScenario } from '../../practice/catalog.ts';
import type { Rulebook } from '../../rules/index.ts';
import { openDb } from '../../storage/open.ts';
import { readLayers } from '../../storage/rulebooks.ts';

/**
 * Every scenario to offer: the built-in packs, then the `scenarios` of the stored team and personal
 * rulebooks (validated with the same schema when they were imported). If the store cannot be read,
 * the built-in scenarios are still offered.
 */
export async function loadCatalog(): Promise<PracticeScenario[]> {
  const { books, problems } = loadBuiltinPacks();
  if (problems.length > 0) console.warn('Tactful practice: a built-in scenario pack is invalid', problems);
  let stored: Rulebook[] = [];
  try {
    const layers = await readLayers(await openDb());
    stored = [layers.team?.book, layers.personal?.book].filter((b): b is Rulebook => b !== undefined);
  } catch (error) {
    console.warn('Tactful practice: team scenario packs could not be read', error);
  }
  return buildCatalog([...books, ...stored]);
}
