/**
 * A document's hostname, read from `document.URL` (the browser's serialised URL) with string operations: the same
 * answer as `location.hostname`. The watcher reads it on every page load of a coached site, and touching `location`
 * builds the Location interface in the script's fresh world: ~0.3 ms of the watcher's ~2.3 ms there in A/B runs
 * (bench/load-cost.ts, issue 11). URLs without an authority (about:blank, data:, blob:, file:) have no hostname.
 */
export function hostnameOf(doc: Pick<Document, 'URL'>): string {
  const url = doc.URL;
  const scheme = url.indexOf('://');
  if (scheme < 1 || url.slice(0, scheme).includes(':') || url.startsWith('file:')) return '';
  const from = scheme + 3;
  let to = url.length;
  for (const stop of ['/', '?', '#']) {
    const at = url.indexOf(stop, from);
    if (at !== -1 && at < to) to = at;
  }
  // Userinfo ends at the last "@" (a serialised URL escapes any other).
  const at = url.lastIndexOf('@', to - 1);
  const host = url.slice(at >= from ? at + 1 : from, to);
  // A port follows the last colon, except inside an IPv6 literal's brackets.
  const port = host.lastIndexOf(':');
  return (port > host.lastIndexOf(']') ? host.slice(0, port) : host).toLowerCase();
}
