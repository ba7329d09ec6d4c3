import { type CheckResult, check, type PreparedRulebook, type Scenario } from '../rules/index.ts';
import { measureReply, type ReplyMeasures } from './measures.ts';
import { checkMustDo, type MustDoResult } from './must-do.ts';
import {
  apologyPoint,
  mustDoPoint,
  nextStepPoint,
  noBlamePoint,
  POINT_LABELS,
  POINT_WEIGHTS,
  type PointId,
  type PointOutcome,
  readabilityPoint,
} from './points.ts';

/**
 * The practice rubric: a transparent score built only on the coaching engine's output and plain measures.
 *   no blame 30 · apology where needed 20 · concrete next step 20 · length and readability 15 · must-do 15
 * Points that do not apply to a scenario (no apology needed; no checkable must-do items) are left out and
 * the total is rescaled over the rest, so a plain question is not a free 20 points.
 */
export interface ScoredPoint extends PointOutcome {
  id: PointId;
  label: string;
  weight: number;
  /** Points earned out of `weight` (0 when the point does not apply). */
  earned: number;
}

export interface Grade {
  /** 0–100, whole number. */
  total: number;
  points: ScoredPoint[];
  /** Share earned per point that applies (0–1): what the progress store keeps per attempt. */
  categories: Partial<Record<PointId, number>>;
  measures: ReplyMeasures;
  mustDo: MustDoResult[];
  check: CheckResult;
}

/** Fewer words than this is not a reply yet; scoring "no blame" on an empty box would be a free gift. */
export const MIN_WORDS_TO_SCORE = 5;

export function gradeReply(reply: string, scenario: Scenario, prepared: PreparedRulebook): Grade {
  return scoreReply(reply, scenario, check(reply, prepared, { customer: scenario.customer }));
}

export function scoreReply(reply: string, scenario: Scenario, result: CheckResult): Grade {
  const measures = measureReply(reply);
  const mustDo = checkMustDo(reply, scenario.mustDo);
  const outcomes: Record<PointId, PointOutcome> = {
    'no-blame': noBlamePoint(reply, result),
    apology: apologyPoint(result),
    'next-step': nextStepPoint(result),
    readability: readabilityPoint(measures),
    'must-do': mustDoPoint(mustDo),
  };
  const tooShort = measures.words < MIN_WORDS_TO_SCORE;
  const points = (Object.keys(POINT_WEIGHTS) as PointId[]).map((id): ScoredPoint => {
    const outcome = outcomes[id];
    const ratio = tooShort && outcome.applies ? 0 : outcome.ratio;
    const summary = tooShort && outcome.applies ? 'Write a few sentences first, then submit.' : outcome.summary;
    return {
      ...outcome,
      ratio,
      summary,
      details: tooShort ? [] : outcome.details,
      id,
      label: POINT_LABELS[id],
      weight: POINT_WEIGHTS[id],
      earned: outcome.applies ? ratio * POINT_WEIGHTS[id] : 0,
    };
  });
  const applicable = points.filter((p) => p.applies);
  const possible = applicable.reduce((sum, p) => sum + p.weight, 0);
  const earned = applicable.reduce((sum, p) => sum + p.earned, 0);
  const categories: Partial<Record<PointId, number>> = {};
  for (const p of applicable) categories[p.id] = round2(p.ratio);
  return {
    total: possible === 0 ? 0 : Math.round((100 * earned) / possible),
    points,
    categories,
    measures,
    mustDo,
    check: result,
  };
}

const round2 = (x: number): number => Math.round(x * 100) / 100;
