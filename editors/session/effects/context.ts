import type { Box, BoxText } from '../../box.ts';
import type { TextareaMirror } from '../../textarea-mirror.ts';
import type { Effect, SessionEvent, SessionState } from '../state.ts';

/**
 * What every effect module of one session shares: the box, its window, the session's signal, the last reading of
 * the box, and the way to send the state an event.
 */
export interface SessionContext {
  readonly root: HTMLElement;
  readonly box: Box;
  readonly doc: Document;
  readonly win: Window & typeof globalThis;
  /** Aborts when the box leaves the page: every module removes what it added. */
  readonly signal: AbortSignal;
  /** A textarea's mirror (its underlines and their hit-testing), or null for a rich box. */
  readonly mirror: TextareaMirror | null;
  /** The reading of the box the state's findings point into (for rich boxes: the DOM mapping). */
  reading: BoxText;
  readonly state: SessionState;
  /** Send an event; returns the effects it asked for (none when it was queued behind the one being handled). */
  dispatch(event: SessionEvent): readonly Effect[];
}

export interface Transition {
  readonly prev: SessionState;
  readonly state: SessionState;
  readonly effects: readonly Effect[];
}

/**
 * One concern of the session in the page (highlights, card, bar, replacement, keyboard, pointer, scheduling, the
 * check), in the spirit of CodeMirror 6's view plugins: it turns DOM events into session events, and after every
 * transition it does the effects that are its own and draws what the new state says.
 */
export interface EffectModule {
  update?(transition: Transition): void;
  /** The page scrolled or the box resized: follow the box. */
  place?(): void;
}
