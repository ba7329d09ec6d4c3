import { type Problem, parseRulebook, type Rulebook, type Scenario } from '../rules/index.ts';
import { BUILTIN_SCENARIO_FILES } from './scenarios/index.ts';

/**
 * Every scenario a trainee can pick: the built-in packs plus the `scenarios` of the team's and the
 * trainee's own rulebooks. A scenario is known by its pack (the rulebook id) and its id together, so a
 * team pack may reuse an id without hiding a built-in scenario.
 */
export interface PracticeScenario extends Scenario {
  pack: string;
  packName: string;
  /** `${pack}:${id}`, unique across packs. */
  key: string;
}

const scenarioKey = (pack: string, id: string): string => `${pack}:${id}`;

function scenariosOf(book: Rulebook): PracticeScenario[] {
  return (book.scenarios ?? []).map((s) => ({
    ...s,
    pack: book.id,
    packName: book.name,
    key: scenarioKey(book.id, s.id),
  }));
}

export interface PackProblem {
  file: number;
  problems: Problem[];
}

/** Built-in packs, parsed with the same function as an imported rulebook. A broken file is reported, not thrown. */
export function loadBuiltinPacks(files: readonly unknown[] = BUILTIN_SCENARIO_FILES): {
  books: Rulebook[];
  problems: PackProblem[];
} {
  const books: Rulebook[] = [];
  const problems: PackProblem[] = [];
  files.forEach((file, index) => {
    const parsed = parseRulebook(file);
    if (parsed.ok) books.push(parsed.value);
    else problems.push({ file: index, problems: parsed.problems });
  });
  return { books, problems };
}

/** Built-in scenarios first, then team and personal packs; a later duplicate key is dropped. */
export function buildCatalog(books: readonly Rulebook[]): PracticeScenario[] {
  const seen = new Set<string>();
  const all: PracticeScenario[] = [];
  for (const book of books) {
    for (const scenario of scenariosOf(book)) {
      if (seen.has(scenario.key)) continue;
      seen.add(scenario.key);
      all.push(scenario);
    }
  }
  return all;
}
