/**
 * The hand-over between the watcher (the small content script on every matching page) and the coach (loaded into a
 * frame by the worker once a reply box appears). Both run in the extension's isolated world of the same frame, which
 * shares its globals between our scripts and never with the page: a page cannot set or read this mark.
 */
const COACH_RUNNING = '__tactfulCoachRunning';
const WATCHING = '__tactfulWatching';

/** The built coach, as the worker injects it (entrypoints/coach.content/, registered at run time). */
export const COACH_SCRIPT = '/content-scripts/coach.js';

/**
 * The watcher's built file (an unlisted script, entrypoints/watcher/): in the manifest for the built-in sites
 * (wxt.config.ts), registered at run time for opted-in ones.
 */
export const WATCHER_SCRIPT = 'watcher.js';

/** The same file as `scripting.executeScript` names it (the popup starts the watcher in a tab just switched on). */
export const WATCHER_FILE = `/${WATCHER_SCRIPT}` as const;

/** The request the watcher sends once this frame has a reply box: the worker answers by injecting the coach. */
export const START_COACH = 'startCoach' as const;

type Marked = { [COACH_RUNNING]?: boolean; [WATCHING]?: boolean };

/** The watcher runs in this frame (the popup reads it through `frameRole`, so the watcher listens for nothing). */
export function markWatching(scope: object = globalThis): void {
  (scope as Marked)[WATCHING] = true;
}

export type FrameRole = 'coach' | 'watcher' | 'none';

/**
 * What runs in a frame, read by `scripting.executeScript` in the extension's isolated world (the one our content
 * scripts share). The function is sent as source, so it names the marks itself; a unit test holds it to the marks
 * above.
 */
export const frameRole = (): FrameRole => {
  const marks = globalThis as Record<string, unknown>;
  if (marks.__tactfulCoachRunning === true) return 'coach';
  return marks.__tactfulWatching === true ? 'watcher' : 'none';
};

export function coachRunning(scope: object = globalThis): boolean {
  return (scope as Marked)[COACH_RUNNING] === true;
}

/** Marks the coach as running in this frame; false when it already was (the worker injected it twice). */
export function markCoachRunning(scope: object = globalThis): boolean {
  if (coachRunning(scope)) return false;
  (scope as Marked)[COACH_RUNNING] = true;
  return true;
}
