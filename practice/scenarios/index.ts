import accountLockout from './account-lockout.json' with { type: 'json' };
import billing from './billing.json' with { type: 'json' };
import damaged from './damaged.json' with { type: 'json' };
import outage from './outage.json' with { type: 'json' };
import questions from './questions.json' with { type: 'json' };
import refund from './refund.json' with { type: 'json' };
import repeatContact from './repeat-contact.json' with { type: 'json' };
import shipping from './shipping.json' with { type: 'json' };
import subscription from './subscription.json' with { type: 'json' };

/**
 * The built-in practice scenarios, one file per domain. Each file is a rulebook file with no rules and a
 * `scenarios` array: the same format (and the same validation) a team uses to add its own pack, so a lead
 * can copy one of these files as a template. They are parsed in practice/catalog.ts and in the tests.
 */
export const BUILTIN_SCENARIO_FILES: readonly unknown[] = [
  shipping,
  billing,
  outage,
  refund,
  accountLockout,
  repeatContact,
  questions,
  damaged,
  subscription,
];
