import { mergeLayers } from '../rules/layers.ts';
import type { Rulebook } from '../rules/schema.ts';
import type { Problem } from '../rules/types.ts';

/**
 * A rulebook can be valid and still switch every rule off (each starter rule redefined with `enabled: false`): one
 * careless or hostile file would silence the coach for the whole team without anyone seeing it happen. Such a file
 * is never applied unseen: an import or a hosted rulebook that would leave nothing switched on is refused here, and
 * only a change the lead has looked at in a preview may do it.
 */
export function switchesOffEverything(book: Rulebook, starter: Rulebook): boolean {
  const { rules } = mergeLayers([
    { layer: 'starter', rules: starter.rules },
    { layer: 'team', rules: book.rules },
  ]);
  return rules.length > 0 && rules.every((effective) => !effective.enabled);
}

export const SWITCHES_OFF_EVERYTHING: Problem = {
  path: 'rules',
  message:
    'this rulebook switches off every rule, so Tactful would stop coaching altogether; it was not applied. To switch rules off, do it in the options page, where each one is listed',
};
