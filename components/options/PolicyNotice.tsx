import { t } from '../../i18n/t.ts';
import type { PolicyInfo } from './api.ts';

/** What the organisation's managed policy sets; shown read-only. */
export function PolicyNotice({ policy }: { policy: PolicyInfo }) {
  if (!policy.active) return null;
  return (
    <section className="policy" aria-labelledby="policy-title">
      <h2 id="policy-title">{t('options_managedByYourOrganisation')}</h2>
      <p>{t('options_theseSettingsComeFrom')}</p>
      <dl>
        {policy.rulebookUrl && (
          <>
            <dt>{t('options_teamRulebook')}</dt>
            <dd>{policy.rulebookUrl}</dd>
          </>
        )}
        {policy.locked && (
          <>
            <dt>{t('options_teamRules')}</dt>
            <dd>{t('options_lockedYouCanAdd')}</dd>
          </>
        )}
        {policy.disabledSites && policy.disabledSites.length > 0 && (
          <>
            <dt>{t('options_noCoachingOn')}</dt>
            <dd>{policy.disabledSites.join(', ')}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
