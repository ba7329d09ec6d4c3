import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { findUnsafeRegexes } from '../background/regex-safety.ts';
import { provideRegexSafety } from '../background/regex-safety-on-demand.ts';

/**
 * recheck, built apart from the worker (/regex-safety.js, a classic script): the worker imports it only when a
 * rulebook with an author regex needs a verdict (background/regex-safety-on-demand.ts).
 */
export default defineUnlistedScript(() => {
  provideRegexSafety({ findUnsafeRegexes });
});
