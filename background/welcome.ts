/**
 * The welcome page opens once, when Tactful is installed (not on updates or browser restarts). The test build leaves
 * it shut (wxt.config.ts defines the flag): every browser test starts a fresh profile, and an extra tab in each would
 * change what those tests see.
 */
declare const __TACTFUL_WELCOME_ON_INSTALL__: boolean | undefined;

export const WELCOME_PAGE = '/welcome.html';

export function opensWelcome(reason: string): boolean {
  const enabled = typeof __TACTFUL_WELCOME_ON_INSTALL__ === 'undefined' || __TACTFUL_WELCOME_ON_INSTALL__;
  return enabled && reason === 'install';
}
