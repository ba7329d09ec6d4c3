/**
 * Only the agent's own input may change anything. A page can dispatch any event and call `.click()` on any element
 * it reaches; the browser marks those `isTrusted: false`, and the page cannot forge the flag. Every handler that
 * opens the card, applies, inserts, dismisses or switches a rule off goes through here.
 */
export function isTrusted(event: Event): boolean {
  return event.isTrusted === true;
}

/** `handler`, called only for trusted events. */
export function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (isTrusted(event)) handler(event);
  };
}
