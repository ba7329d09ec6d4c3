import { lazyModel, type NgramModel, ngramProbability } from './ngram-model.ts';
import negationWeights from './reproach-negation-weights.json' with { type: 'json' };
import weights from './reproach-weights.json' with { type: 'json' };
import { registerScorer } from './scorers.ts';

/**
 * How likely a sentence reads as putting the fault on the customer, by logistic models over its word n-grams, trained
 * on every labelled reply we have that is not evaluation-only and on written sentences (scripts/train-reproach.ts
 * writes reproach-weights.json and reproach-negation-weights.json). It reads the wording that phrase families miss
 * ("Has anyone been cooking late? Bet that's it."), so it is only ever asked about a reply to a complaint, and only its
 * confident answers are shown.
 *
 * Two readings of the same sentences must agree: one over plain n-grams, one with negation in scope (ngrams.ts), each
 * trained on the same data. Each has its own false alarms, from words that sit beside blame in training ("see what I
 * can do to help" read as "nothing I can do"; "however" read as a policy wall), and they rarely share them, so the
 * lower of the two probabilities is the model's answer.
 */
export type ReproachModel = NgramModel;

/** The labelled files the bundled weights were trained on (by file name): scoring the model on them measures memory. */
export const REPROACH_TRAINED_ON: readonly string[] = weights.trainedOn.map((s) => s.source);

/** The bundled readings: a page whose rulebook has no model rule never builds them. */
export const reproachModel = lazyModel(weights);
export const reproachNegationModel = lazyModel(negationWeights);

export const reproachProbability = (
  sentence: string,
  models: readonly ReproachModel[] = [reproachModel(), reproachNegationModel()],
): number => Math.min(...models.map((model) => ngramProbability(sentence, model)));

/**
 * The page re-checks the reply at every pause, and nearly every sentence is the one it scored last time: remember
 * the last few thousand answers (a Map keeps insertion order, so the oldest go first).
 */
const remembered = new Map<string, number>();
const REMEMBER = 4_000;

export function rememberedReproachProbability(sentence: string): number {
  const known = remembered.get(sentence);
  if (known !== undefined) return known;
  const p = reproachProbability(sentence);
  if (remembered.size >= REMEMBER) remembered.delete(remembered.keys().next().value as string);
  remembered.set(sentence, p);
  return p;
}

registerScorer('reproach', rememberedReproachProbability);
