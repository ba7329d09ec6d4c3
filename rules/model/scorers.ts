/**
 * The learned models a rule of kind `model` may ask, by name. Each registers its scorer when its module loads, and
 * the engine (rules/engine.ts) loads them all: a script that only reads rules' fields, such as the regex checker built
 * apart from the worker (entrypoints/regex-safety.ts), then carries no weights. With them it grew past the 5 MB a
 * Firefox store review parses.
 */
export const MODEL_NAMES = ['reproach'] as const;
export type ModelName = (typeof MODEL_NAMES)[number];

type Scorer = (sentence: string) => number;
const scorers = new Map<ModelName, Scorer>();

export function registerScorer(name: ModelName, score: Scorer): void {
  scorers.set(name, score);
}

/** The scorer of a model; asking one the engine has not loaded is a programming error, not a quiet "no finding". */
export function scorerOf(name: ModelName): Scorer {
  const score = scorers.get(name);
  if (!score) throw new Error(`The ${name} model is not loaded: check replies through rules/engine.ts.`);
  return score;
}
