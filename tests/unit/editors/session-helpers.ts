import {
  type Effect,
  initialState,
  type SessionEvent,
  type SessionState,
  type Step,
  update,
} from '../../../editors/session/state.ts';
import type { Finding } from '../../../rules/types.ts';

/** A finding over `phrase` in `text` (first occurrence). */
export function phraseFinding(text: string, phrase: string, ruleId = 'blame/test'): Finding {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the text`);
  return {
    ruleId,
    category: 'blame',
    severity: 'warning',
    start,
    end: start + phrase.length,
    message: 'Kinder words.',
    replacements: ['we missed'],
  };
}

/** A "missing X" finding: an empty span where the sentence would go. */
export function missing(category: 'missing-apology' | 'missing-next-step', at = 0): Finding {
  return {
    ruleId: `${category}/test`,
    category,
    severity: 'hint',
    start: at,
    end: at,
    message: category === 'missing-apology' ? 'Say sorry.' : 'Say what happens next.',
    replacements: [category === 'missing-apology' ? 'Sorry about this. ' : ' We will write by Friday.'],
  };
}

/** Run events one after another from `from`; returns the last step and every effect asked for on the way. */
export function run(events: SessionEvent[], from: SessionState = initialState()): Step & { all: Effect[] } {
  let step: Step = { state: from, effects: [] };
  const all: Effect[] = [];
  for (const event of events) {
    step = update(step.state, event);
    all.push(...step.effects);
  }
  return { ...step, all };
}

/** The check found `findings` in `text` (short reply, nothing switched off). */
export const checked = (text: string, findings: Finding[], off: ReadonlySet<string> = new Set()): SessionEvent => ({
  type: 'checkDone',
  text,
  checked: text,
  findings,
  long: false,
  off,
});

export const types = (effects: readonly Effect[]) => effects.map((e) => e.type);
