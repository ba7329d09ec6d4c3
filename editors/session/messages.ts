import { t } from '../../i18n/t.ts';

/**
 * What the card says when a rewrite could not be applied. Each reason says what happened to the draft, truthfully:
 * only when undo brought the draft back may the card say it is as it was.
 */
export type FailureReason =
  /** The text changed between the check and the click: nothing was touched. */
  | 'stale'
  /** No path the editor accepts changed anything. */
  | 'not-applied'
  /** A path changed the wrong thing and undo brought the draft back. */
  | 'restored'
  /** A path changed the wrong thing and undo did not bring the draft back (or the attempt broke off midway). */
  | 'damaged';

/** `undoKeys` is how the agent's platform says undo: "Ctrl+Z", or "⌘Z" on a Mac. */
export function failureMessage(reason: FailureReason, undoKeys: string): string {
  switch (reason) {
    case 'stale':
      return t('failure_stale');
    case 'damaged':
      return t('failure_damaged', { undoKeys });
    default:
      return t('failure_notApplied');
  }
}

export const undoKeysFor = (platform: string): string => (/Mac|iPhone|iPad/.test(platform) ? '⌘Z' : 'Ctrl+Z');
