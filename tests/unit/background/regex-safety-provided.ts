// Imported for its effect by tests that validate rulebooks with author regexes: in the worker the check loads on
// demand from its own script (background/regex-safety-on-demand.ts); in Node the test provides it.

import { findUnsafeRegexes } from '../../../background/regex-safety.ts';
import { provideRegexSafety } from '../../../background/regex-safety-on-demand.ts';

provideRegexSafety({ findUnsafeRegexes });
