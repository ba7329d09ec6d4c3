import { READING_GRAMS, type Reading } from './ngrams.ts';

/** A bundled logistic model over word n-grams (rules/model/*-weights.json, written by scripts/logistic.ts). */
export interface NgramModel {
  bias: number;
  /** A Map, not the JSON object: a text's "constructor" must not find Object.prototype's. */
  weights: ReadonlyMap<string, number>;
  /** How the model reads a sentence: plain n-grams, or with negation in scope (ngrams.ts). */
  grams: (text: string) => Set<string>;
}

interface WeightsFile {
  bias: number;
  weights: Record<string, number>;
  features?: string;
}

/** The model from its weights file, its map built on first use: a page that never asks it never pays for it. */
export function lazyModel(file: WeightsFile): () => NgramModel {
  let built: NgramModel | undefined;
  return () => {
    built ??= {
      bias: file.bias,
      weights: new Map(Object.entries(file.weights)),
      grams: READING_GRAMS[(file.features ?? 'plain') as Reading],
    };
    return built;
  };
}

/** The model's probability for a text: the logistic of its bias plus the weights of the text's n-grams. */
export function ngramProbability(text: string, model: NgramModel): number {
  let z = model.bias;
  for (const gram of model.grams(text)) z += model.weights.get(gram) ?? 0;
  return 1 / (1 + Math.exp(-z));
}
