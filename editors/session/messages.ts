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
      return 'Your text changed since this was checked, so nothing was replaced.';
    case 'damaged':
      return `This editor did not take the change cleanly and undoing it did not work, so your draft may have changed. Read it over; ${undoKeys} takes back the last change.`;
    default:
      return 'This editor did not take the change, so your draft is as it was.';
  }
}

export const undoKeysFor = (platform: string): string => (/Mac|iPhone|iPad/.test(platform) ? '⌘Z' : 'Ctrl+Z');
