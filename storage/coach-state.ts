import type { CoachState } from '../messaging/protocol.ts';
import { type CompiledRulebook, compileRulebook } from '../rules/compile.ts';
import {
  type EffectiveRule,
  effectiveRulebook,
  type LayerInput,
  languageOfMerged,
  mergeLayers,
  type Refusal,
} from '../rules/layers.ts';
import type { Rule, Rulebook } from '../rules/schema.ts';
import type { CompiledRow, TactfulDb } from './db.ts';
import { guarded } from './errors.ts';
import { type Policy, policyRulesKey } from './policy.ts';
import { readRevisions } from './revision.ts';
import { readLayers, type StoredLayers } from './rulebooks.ts';
import { siteDisabledRules } from './site-rules.ts';
import { isSiteEnabled } from './sites.ts';

/** What the effective rulebook depends on besides the database. */
export interface CoachInputs {
  starter: Rulebook;
  policy: Policy;
}

export interface Effective {
  rules: EffectiveRule[];
  refused: Refusal[];
  stored: StoredLayers;
}

function toLayerInputs(starter: Rulebook, stored: StoredLayers): LayerInput[] {
  return [
    { layer: 'starter', rules: starter.rules, switches: stored.switches.starter, language: starter.language },
    {
      layer: 'team',
      rules: stored.team?.book.rules ?? [],
      switches: stored.switches.team,
      language: stored.team?.book.language,
    },
    {
      layer: 'personal',
      rules: stored.personal?.book.rules ?? [],
      switches: stored.switches.personal,
      language: stored.personal?.book.language,
    },
  ];
}

/** Every rule with its source layer, lock and switches applied: what the options page lists. */
export async function readEffective(db: TactfulDb, inputs: CoachInputs): Promise<Effective> {
  const stored = await readLayers(db);
  const merged = mergeLayers(toLayerInputs(inputs.starter, stored), { policyLocked: inputs.policy.locked === true });
  return { ...merged, stored };
}

const inputsKeyOf = ({ starter, policy }: CoachInputs) =>
  `${starter.id}@${starter.version ?? ''}#${starter.rules.length};${policyRulesKey(policy)}`;

/**
 * Compile, dropping any rule that fails (stored books were validated on the way in, so this only
 * guards against a starter/engine change making an old rule unreadable: coach with the rest).
 */
function compileTolerant(book: Rulebook, languageOf: (rule: Rule) => string | undefined): CompiledRulebook {
  let current = book;
  for (let attempt = 0; attempt < 3; attempt++) {
    const outcome = compileRulebook(current, languageOf);
    if (outcome.ok) return outcome.value;
    const bad = new Set(outcome.problems.map((p) => Number(/^rules\[(\d+)\]/.exec(p.path)?.[1] ?? -1)));
    current = { ...current, rules: current.rules.filter((_, i) => !bad.has(i)) };
  }
  return { format: 1, id: book.id, name: book.name, rules: [] };
}

/**
 * The compiled effective rulebook, from the cache when it is current (a woken worker answers
 * without running compromise), else rebuilt and cached.
 */
export async function ensureCompiled(db: TactfulDb, inputs: CoachInputs): Promise<CompiledRow> {
  const inputsKey = inputsKeyOf(inputs);
  const [cached, { rulesVersion }] = await guarded(() =>
    Promise.all([db.compiled.get('effective'), readRevisions(db)]),
  );
  if (cached && cached.rulesVersion === rulesVersion && cached.inputsKey === inputsKey) return cached;

  const { rules } = await readEffective(db, inputs);
  const effective = effectiveRulebook(rules, { id: 'tactful/effective', name: 'Your rules' });
  const compiled = compileTolerant(effective, languageOfMerged(rules));
  const row: CompiledRow = {
    key: 'effective',
    rulesVersion,
    inputsKey,
    compiled,
    disabledRules: rules.filter((r) => !r.enabled).map((r) => r.rule.id),
    builtAt: Date.now(),
  };
  // Only cache if nothing changed while compiling; otherwise the next request rebuilds.
  await guarded(() =>
    db.transaction('rw', [db.compiled, db.settings], async () => {
      if ((await readRevisions(db)).rulesVersion === rulesVersion) await db.compiled.put(row);
    }),
  );
  return row;
}

/**
 * What practice scores against: the team's rules (starter ← team, with the team's switches), without the agent's
 * own layer, so a rule the agent switched off for themselves still counts in practice. Compiled on each ask: the
 * practice page asks once when it opens.
 */
export async function compileTeamRulebook(db: TactfulDb, inputs: CoachInputs): Promise<CompiledRulebook> {
  const stored = await readLayers(db);
  const layers = toLayerInputs(inputs.starter, stored).filter((l) => l.layer !== 'personal');
  const { rules } = mergeLayers(layers, { policyLocked: inputs.policy.locked === true });
  const book = effectiveRulebook(rules, { id: 'tactful/team', name: stored.team?.book.name ?? inputs.starter.name });
  return compileTolerant(book, languageOfMerged(rules));
}

/**
 * What a frame coaches with. `host` is the site switch's host (as asked); `site`, when given, is the frame's site
 * as the worker read it from the sender, and rules switched off there are left out of the rulebook sent.
 */
export async function getCoachState(
  db: TactfulDb,
  host: string,
  inputs: CoachInputs,
  site?: string,
): Promise<CoachState> {
  const row = await ensureCompiled(db, inputs);
  const [{ revision }, siteEnabled, offHere] = await Promise.all([
    readRevisions(db),
    isSiteEnabled(db, host, inputs.policy),
    site ? siteDisabledRules(db, site) : Promise.resolve([]),
  ]);
  if (offHere.length === 0) return { revision, compiled: row.compiled, siteEnabled, disabledRules: row.disabledRules };
  const off = new Set(offHere);
  return {
    revision,
    compiled: { ...row.compiled, rules: row.compiled.rules.filter((r) => !off.has(r.id)) },
    siteEnabled,
    disabledRules: [...new Set([...row.disabledRules, ...offHere])],
  };
}
