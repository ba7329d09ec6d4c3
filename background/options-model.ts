import type { LayerInfo, OptionsModel } from '../messaging/page-protocol.ts';
import type { Rulebook } from '../rules/schema.ts';
import { readEffective } from '../storage/coach-state.ts';
import type { RulebookRow, TactfulDb } from '../storage/db.ts';
import { getSyncStatus } from '../storage/hosted.ts';
import { hasPolicy, type Policy } from '../storage/policy.ts';
import { listDisabledSites } from '../storage/sites.ts';
import { getSubscriptionUrl } from './subscription.ts';

/** What the options page shows, read in one request so the page never touches the database itself. */
const layerInfo = (row: RulebookRow): LayerInfo => ({
  name: row.book.name,
  id: row.book.id,
  source: row.source,
  importedAt: row.importedAt,
  ...(row.url ? { url: row.url } : {}),
  ...(row.detachedFrom ? { detachedFrom: row.detachedFrom } : {}),
  ruleCount: row.book.rules.length,
});

function teamReadOnly(policy: Policy, team: RulebookRow | undefined): string | null {
  if (policy.locked) return 'Your organisation has locked the team rules.';
  if (policy.rulebookUrl) return 'Your organisation provides the team rulebook.';
  if (team && (team.source === 'hosted' || team.source === 'policy')) {
    return `The team rulebook comes from ${team.url ?? 'a web address'}; change the published file instead, or unsubscribe.`;
  }
  return null;
}

export async function loadOptionsModel(db: TactfulDb, starter: Rulebook, policy: Policy): Promise<OptionsModel> {
  const [effective, subscription, status, disabledSites] = await Promise.all([
    readEffective(db, { starter, policy }),
    getSubscriptionUrl(db, policy),
    getSyncStatus(db),
    listDisabledSites(db),
  ]);
  const { team, personal } = effective.stored;
  return {
    rules: effective.rules,
    refused: effective.refused,
    layers: {
      starter: {
        name: starter.name,
        id: starter.id,
        source: 'builtin',
        importedAt: 0,
        ruleCount: starter.rules.length,
      },
      ...(team ? { team: layerInfo(team) } : {}),
      ...(personal ? { personal: layerInfo(personal) } : {}),
    },
    teamReadOnly: teamReadOnly(policy, team),
    policy: { active: hasPolicy(policy), ...policy },
    subscription: { ...subscription, ...(status ? { status } : {}) },
    disabledSites,
  };
}
