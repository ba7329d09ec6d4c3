import type { CheckResult, Finding } from '../rules/index.ts';
import type { ReplyMeasures } from './measures.ts';
import type { MustDoResult } from './must-do.ts';

/**
 * The five points of the practice rubric, each a small pure function of the engine's result and plain
 * measures. A point answers: does it apply to this scenario, how much of it did the reply earn (0–1),
 * and what should the trainee read about it (kind, second person, specific).
 */
export type PointId = 'no-blame' | 'apology' | 'next-step' | 'readability' | 'must-do';

export interface PointOutcome {
  /** false when the scenario does not call for it (no apology needed for a plain question). */
  applies: boolean;
  /** Share of the point earned, 0–1. */
  ratio: number;
  /** One sentence saying how it went. */
  summary: string;
  /** Specifics: the phrases that blamed, the sentence that ran long, the item that was missed. */
  details: string[];
}

/** What each point is worth out of 100 when all apply; the total is rescaled over the points that apply. */
export const POINT_WEIGHTS: Record<PointId, number> = {
  'no-blame': 30,
  apology: 20,
  'next-step': 20,
  readability: 15,
  'must-do': 15,
};

export const POINT_LABELS: Record<PointId, string> = {
  'no-blame': 'No blame',
  apology: 'Apology where needed',
  'next-step': 'Concrete next step',
  readability: 'Length and readability',
  'must-do': 'Covers what this case needs',
};

/** The reply length that reads as complete but not a wall of text. */
const LENGTH_BAND = { min: 20, max: 200 } as const;
/** A sentence longer than this is hard to take in at a glance. */
const MAX_SENTENCE_WORDS = 25;

/** Hints cost a little, warnings and errors half the point each: two blaming phrases lose all of it. */
const BLAME_COST = { hint: 0.25, warning: 0.5, error: 0.5 } as const;

export function noBlamePoint(reply: string, result: CheckResult): PointOutcome {
  const blame = result.findings.filter((f: Finding) => f.category === 'blame');
  if (blame.length === 0) {
    return { applies: true, ratio: 1, summary: 'Nothing in your reply puts the blame on the customer.', details: [] };
  }
  const cost = blame.reduce((sum, f) => sum + BLAME_COST[f.severity], 0);
  const details = blame.map((f) => {
    const phrase = reply.slice(f.start, f.end);
    const rewrite = f.replacements[0] ? ` Try “${f.replacements[0]}”.` : '';
    return `“${phrase}”: ${f.message}${rewrite}`;
  });
  const count = blame.length === 1 ? 'One phrase' : `${blame.length} phrases`;
  return {
    applies: true,
    ratio: Math.max(0, 1 - cost),
    summary: `${count} could sound like blame to the customer.`,
    details,
  };
}

export function apologyPoint(result: CheckResult): PointOutcome {
  const { customerProblem, apology } = result.signals;
  if (customerProblem !== true) {
    return {
      applies: false,
      ratio: 1,
      summary: 'The customer did not report a problem, so no apology was needed.',
      details: [],
    };
  }
  if (apology)
    return { applies: true, ratio: 1, summary: 'You acknowledged the trouble with an apology.', details: [] };
  const suggestion = result.findings.find((f) => f.category === 'missing-apology')?.replacements[0]?.trim();
  return {
    applies: true,
    ratio: 0,
    summary: 'The customer reported a problem, and your reply does not say sorry for it.',
    details: suggestion ? [`You could open with: “${suggestion}”`] : ['A short, sincere sorry near the start helps.'],
  };
}

export function nextStepPoint(result: CheckResult): PointOutcome {
  if (result.signals.nextStep) {
    return { applies: true, ratio: 1, summary: 'Your reply tells the customer what happens next.', details: [] };
  }
  const suggestion = result.findings.find((f) => f.category === 'missing-next-step')?.replacements[0]?.trim();
  return {
    applies: true,
    ratio: 0,
    summary: 'The customer cannot tell what happens next from your reply.',
    details: [
      suggestion
        ? `Add one concrete step, for example: “${suggestion}”`
        : 'Add one concrete step: what you did, what you will do and when, or what they can do now.',
    ],
  };
}

export function readabilityPoint(measures: ReplyMeasures): PointOutcome {
  const { words, longestSentence, longestSentenceText } = measures;
  const lengthShare =
    words < LENGTH_BAND.min ? words / LENGTH_BAND.min : words > LENGTH_BAND.max ? LENGTH_BAND.max / words : 1;
  const sentenceShare = longestSentence <= MAX_SENTENCE_WORDS ? 1 : MAX_SENTENCE_WORDS / longestSentence;
  const details: string[] = [];
  if (words < LENGTH_BAND.min)
    details.push(`At ${words} words, your reply may feel abrupt; aim for ${LENGTH_BAND.min} or more.`);
  if (words > LENGTH_BAND.max)
    details.push(`At ${words} words, your reply is long; aim for ${LENGTH_BAND.max} or fewer.`);
  if (longestSentence > MAX_SENTENCE_WORDS) {
    details.push(
      `Your longest sentence has ${longestSentence} words; try splitting it: “${shorten(longestSentenceText)}”`,
    );
  }
  const ratio = (lengthShare + sentenceShare) / 2;
  const summary =
    details.length === 0
      ? `${words} words, and every sentence is easy to read (at most ${longestSentence} words).`
      : 'Your reply could be easier to read.';
  return { applies: true, ratio, summary, details };
}

export function mustDoPoint(items: MustDoResult[]): PointOutcome {
  const checked = items.filter((item) => item.done !== null);
  if (checked.length === 0) {
    return { applies: false, ratio: 1, summary: 'This scenario has only self-review items.', details: [] };
  }
  const done = checked.filter((item) => item.done === true).length;
  const missed = checked.filter((item) => item.done === false).map((item) => `Not yet: ${item.text}.`);
  const summary =
    done === checked.length
      ? `You covered all ${checked.length} things this case needs.`
      : `You covered ${done} of the ${checked.length} things this case needs.`;
  return { applies: true, ratio: done / checked.length, summary, details: missed };
}

const shorten = (sentence: string, max = 90): string =>
  sentence.length <= max ? sentence : `${sentence.slice(0, max - 1).trimEnd()}…`;
