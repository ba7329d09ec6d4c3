/**
 * Which addresses a hosted team rulebook may come from: HTTPS only; plain HTTP just for a server on this machine (a
 * lead testing, and our tests). Here, in the protocol's folder, because both ends ask: the options page before it
 * asks the browser for access to the site (so an ftp:// address is told to use https://, not asked a permission),
 * and the worker before it fetches.
 */
export function checkSubscriptionUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'This is not a web address. It should start with https://';
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
  if (parsed.protocol === 'https:' || (parsed.protocol === 'http:' && local)) return undefined;
  const scheme = parsed.protocol.replace(/:$/, '');
  return `Use an https:// address (not ${scheme}://) so the rulebook cannot be changed on its way to you.`;
}
