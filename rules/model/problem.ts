import { lazyModel, type NgramModel, ngramProbability } from './ngram-model.ts';
import weights from './problem-weights.json' with { type: 'json' };

/**
 * How likely a customer's message reports a problem, by a logistic model over its word n-grams, trained on every
 * labelled customer message we have that is not evaluation-only (scripts/train-problem.ts writes
 * problem-weights.json). The hand-written cues (rules/signals/problem-cues.ts and customer-problem.ts) read the ways of
 * complaining they were written from; the model reads the domain words they cannot list ("the tent pole snapped on
 * night one", "still no sign of the cot"). Only its confident answers count, and never on a message the cues read as
 * needing nothing (a thank-you, a problem already solved).
 */
export type ProblemModel = NgramModel;

/** The labelled files the bundled weights were trained on (by file name): scoring the model on them measures memory. */
export const PROBLEM_TRAINED_ON: readonly string[] = weights.trainedOn.map((s) => s.source);

/** Above this the model's "yes" is taken on its own; chosen by leave-one-set-out runs (docs/reviews). */
export const PROBLEM_THRESHOLD = 0.98;

/**
 * Below this the model is sure a message reports no problem. On a message that thanks or praises, that overrules a
 * cue word ("staying open late for me", "piping hot all week"): on held-out sets 27-40 it set right 11 thank-yous and
 * compliments the cues read as complaints and set none wrong, here or on the real replies.
 */
export const NO_PROBLEM_BELOW = 0.02;

/** Above this the model is all but certain a message complains, even one that asks nothing. */
export const SURELY_PROBLEM = 0.99;

export const problemModel = lazyModel(weights);

export const problemProbability = (message: string, model: ProblemModel = problemModel()): number =>
  ngramProbability(message, model);
