import type { PolicyInfo } from './api.ts';

/** What the organisation's managed policy sets; shown read-only. */
export function PolicyNotice({ policy }: { policy: PolicyInfo }) {
  if (!policy.active) return null;
  return (
    <section className="policy" aria-labelledby="policy-title">
      <h2 id="policy-title">Managed by your organisation</h2>
      <p>These settings come from your organisation and cannot be changed here.</p>
      <dl>
        {policy.rulebookUrl && (
          <>
            <dt>Team rulebook</dt>
            <dd>{policy.rulebookUrl}</dd>
          </>
        )}
        {policy.locked && (
          <>
            <dt>Team rules</dt>
            <dd>Locked: you can add your own rules, but not switch off or change the team’s.</dd>
          </>
        )}
        {policy.disabledSites && policy.disabledSites.length > 0 && (
          <>
            <dt>No coaching on</dt>
            <dd>{policy.disabledSites.join(', ')}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
