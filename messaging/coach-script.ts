/**
 * The content script's file in the build, for the places that start it by hand: the worker registers it on the
 * sites the agent added (entrypoints/background.ts), and the popup starts it in the tab just switched on.
 */
export const COACH_SCRIPT = '/content-scripts/coach.js';
