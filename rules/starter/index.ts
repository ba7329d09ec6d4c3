import { CURRENT_SCHEMA_VERSION, type Rulebook, rulebookSchema } from '../schema.ts';
import comparison from './comparison.json' with { type: 'json' };
import condescension from './condescension.json' with { type: 'json' };
import customerAtFault from './customer-at-fault.json' with { type: 'json' };
import deviceBlame from './device-blame.json' with { type: 'json' };
import disbelief from './disbelief.json' with { type: 'json' };
import dismissive from './dismissive.json' with { type: 'json' };
import helplessness from './helplessness.json' with { type: 'json' };
import internalDeflection from './internal-deflection.json' with { type: 'json' };
import learned from './learned.json' with { type: 'json' };
import minimising from './minimising.json' with { type: 'json' };
import policyWalls from './policy-walls.json' with { type: 'json' };
import presumedKnowledge from './presumed-knowledge.json' with { type: 'json' };
import readability from './readability.json' with { type: 'json' };
import repeatAndToldYou from './repeat-and-told-you.json' with { type: 'json' };
import requiredSignals from './required-signals.json' with { type: 'json' };
import sarcasm from './sarcasm.json' with { type: 'json' };
import thirdPartyDeflection from './third-party-deflection.json' with { type: 'json' };
import wording from './wording.json' with { type: 'json' };

/**
 * The built-in rulebook: one JSON file per phrase family, so a reviewer reads a family at a time.
 * It goes through the same schema as any imported file; a broken starter fails loudly in tests.
 */
export const STARTER_FAMILIES = [
  customerAtFault,
  repeatAndToldYou,
  policyWalls,
  thirdPartyDeflection,
  condescension,
  comparison,
  sarcasm,
  presumedKnowledge,
  minimising,
  internalDeflection,
  disbelief,
  deviceBlame,
  helplessness,
  dismissive,
  wording,
  readability,
  requiredSignals,
  learned,
] as const;

export const starterRulebook: Rulebook = rulebookSchema.parse({
  schemaVersion: CURRENT_SCHEMA_VERSION,
  id: 'tactful/starter',
  name: 'Tactful starter rulebook',
  version: '1.0.0',
  language: 'en',
  description:
    'Blame-shifting and deflection phrase families with kind rewrites, plus the apology and next-step checks.',
  rules: STARTER_FAMILIES.flatMap((family): unknown[] => family.rules),
});
