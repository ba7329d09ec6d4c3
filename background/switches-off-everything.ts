import { mergeLayers } from '../rules/layers.ts';
import type { Rulebook } from '../rules/schema.ts';
import type { Problem } from '../rules/types.ts';

/**
 * A rulebook can be valid and still switch every rule off (each starter rule redefined with `enabled: false`): one
 * careless or hostile file would silence the coach for the whole team without anyone seeing it happen. Such a file
 * is applied only after a preview that says so and a second confirmation from the lead; where nobody looks (a hosted
 * refresh, a managed policy) it is refused and the current rules stay.
 */
export function rulesSwitchedOff(book: Rulebook, starter: Rulebook): number {
  const { rules } = mergeLayers([
    { layer: 'starter', rules: starter.rules },
    { layer: 'team', rules: book.rules },
  ]);
  return rules.length > 0 && rules.every((effective) => !effective.enabled) ? rules.length : 0;
}

export function switchesOffEverything(book: Rulebook, starter: Rulebook): boolean {
  return rulesSwitchedOff(book, starter) > 0;
}

export const SWITCHES_OFF_EVERYTHING: Problem = {
  path: 'rules',
  message:
    'this rulebook switches off every rule, so Tactful would stop coaching altogether; it was not applied. To apply it anyway, preview it in the options page and confirm; to switch some rules off, do it in the options page, where each one is listed',
};
