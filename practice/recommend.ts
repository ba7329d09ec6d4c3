import { customerReportsProblem } from '../rules/signals/customer-problem.ts';
import type { PracticeScenario } from './catalog.ts';
import { parseMustDo } from './must-do.ts';
import type { PointId } from './points.ts';
import { type AttemptRecord, byTime, weakestCategories } from './progress.ts';

/**
 * "Next recommended" and "practise this". The choice is explainable in one sentence:
 *  1. the level follows the trainee's recent totals (under 70 → easy, under 90 → medium, else hard);
 *  2. the focus is the point asked for, or the weakest recent point;
 *  3. among scenarios that exercise that point, prefer the level, then the least practised, then the
 *     lowest last score, and never the scenario just done when another one fits.
 * Which scenarios exercise a point:
 *  - apology, no blame: the customer reports a problem (that is when an apology is due and when the urge
 *    to defend ourselves is strongest);
 *  - must-do: three or more checked items; readability: four or more facts to fit in;
 *  - next step: every scenario.
 */
export type Level = PracticeScenario['difficulty'];

export interface Recommendation {
  scenario: PracticeScenario;
  focus?: PointId;
  reason: string;
}

const LEVELS: Level[] = ['easy', 'medium', 'hard'];

export function levelFor(attempts: readonly AttemptRecord[]): Level {
  const recent = [...attempts].sort(byTime).slice(-5);
  if (recent.length === 0) return 'easy';
  const mean = recent.reduce((s, a) => s + a.score, 0) / recent.length;
  return mean < 70 ? 'easy' : mean < 90 ? 'medium' : 'hard';
}

export function exercises(scenario: PracticeScenario, point: PointId): boolean {
  switch (point) {
    case 'apology':
    case 'no-blame':
      return customerReportsProblem(scenario.customer);
    case 'must-do':
      return scenario.mustDo.filter((item) => parseMustDo(item).cues.length > 0).length >= 3;
    case 'readability':
      return scenario.facts.length >= 4;
    case 'next-step':
      return true;
  }
}

export function recommend(
  catalog: readonly PracticeScenario[],
  attempts: readonly AttemptRecord[],
  focus?: PointId,
  /** Scenario keys already suggested elsewhere on the page; used only while something else fits. */
  avoid: ReadonlySet<string> = new Set(),
): Recommendation | null {
  if (catalog.length === 0) return null;
  const level = levelFor(attempts);
  const weakest = weakestCategories(attempts, 1)[0];
  const target = focus ?? weakest?.id;
  const history = [...attempts].sort(byTime);
  const last = history[history.length - 1];
  const attemptsOf = (s: PracticeScenario) => history.filter((a) => a.pack === s.pack && a.scenarioId === s.id);

  let pool = target ? catalog.filter((s) => exercises(s, target)) : [...catalog];
  if (pool.length === 0) pool = [...catalog];
  const withoutLast = pool.filter((s) => !(last && s.pack === last.pack && s.id === last.scenarioId));
  if (withoutLast.length > 0) pool = withoutLast;
  const fresh = pool.filter((s) => !avoid.has(s.key));
  if (fresh.length > 0) pool = fresh;

  const rank = (s: PracticeScenario) => {
    const done = attemptsOf(s);
    return [
      Math.abs(LEVELS.indexOf(s.difficulty) - LEVELS.indexOf(level)),
      done.length,
      done.length === 0 ? 0 : (done[done.length - 1] as AttemptRecord).score,
    ];
  };
  const best = pool
    .map((scenario, order) => ({ scenario, order, rank: rank(scenario) }))
    .sort((a, b) => compareTuples(a.rank, b.rank) || a.order - b.order)[0];
  if (!best) return null;
  return { scenario: best.scenario, focus: target, reason: reasonFor(best.scenario, level, target, attempts.length) };
}

function compareTuples(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return 0;
}

const FOCUS_WORDS: Record<PointId, string> = {
  'no-blame': 'keeping blame out of your reply',
  apology: 'apologising when a customer reports a problem',
  'next-step': 'giving a concrete next step',
  readability: 'short, easy-to-read replies',
  'must-do': 'covering everything the case needs',
};

function reasonFor(scenario: PracticeScenario, level: Level, focus: PointId | undefined, count: number): string {
  if (count === 0) return `A good first one: an ${scenario.difficulty} ${scenario.domain} case.`;
  const levelNote = scenario.difficulty === level ? `matches your level (${level})` : `is ${scenario.difficulty}`;
  return focus
    ? `Practises ${FOCUS_WORDS[focus]}, and ${levelNote}.`
    : `You're doing well on every point; this one ${levelNote}.`;
}
