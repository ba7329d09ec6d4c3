/**
 * Re-check after the agent pauses: a debounce (no polling timer — it only runs after a change), then the
 * browser's idle time so a check never competes with a keystroke.
 */
export function debouncedIdle(win: Window, run: () => void, signal: AbortSignal, delayMs = 150): () => void {
  let timer: number | undefined;
  let idle: number | undefined;
  const cancel = () => {
    if (timer !== undefined) win.clearTimeout(timer);
    if (idle !== undefined) win.cancelIdleCallback?.(idle);
    timer = undefined;
    idle = undefined;
  };
  signal.addEventListener('abort', cancel, { once: true });
  return () => {
    if (signal.aborted) return;
    cancel();
    timer = win.setTimeout(() => {
      timer = undefined;
      if (typeof win.requestIdleCallback === 'function') {
        idle = win.requestIdleCallback(
          () => {
            idle = undefined;
            if (!signal.aborted) run();
          },
          { timeout: 300 },
        );
      } else if (!signal.aborted) run();
    }, delayMs);
  };
}
