import { useId, useState } from 'react';
import { Message } from '../../i18n/Message.tsx';
import { t } from '../../i18n/t.ts';

/** Policy for one extension, as Chrome and Edge read it from a managed-policy file or an admin template. */
export function policyJson(extensionId: string, rulebookUrl: string): string {
  return JSON.stringify(
    {
      ExtensionSettings: {
        [extensionId]: {
          installation_mode: 'force_installed',
          update_url: 'https://clients2.google.com/service/update2/crx',
        },
      },
      '3rdparty': {
        extensions: {
          [extensionId]: { rulebookUrl, locked: false, disabledSites: ['internal.example.com'] },
        },
      },
    },
    null,
    2,
  );
}

function CopyBlock({ label, text }: { label: string; text: string }) {
  const [copied, setCopied] = useState('');
  const id = useId();
  return (
    <div className="copy-block">
      <div className="row">
        <span id={id} className="copy-label">
          {label}
        </span>
        <button
          type="button"
          aria-describedby={id}
          onClick={() =>
            navigator.clipboard.writeText(text).then(
              () => setCopied(t('options_copied')),
              () => setCopied(t('options_copyRefused')),
            )
          }
        >
          {t('options_copy')}
        </button>
        <span aria-live="polite" className="muted">
          {copied}
        </span>
      </div>
      <textarea
        aria-labelledby={id}
        readOnly
        value={text}
        rows={Math.min(24, text.split('\n').length)}
        spellCheck={false}
      />
    </div>
  );
}

/**
 * A lead's guide to publishing the team rulebook: export, host the file anywhere static, how refreshes and ETags
 * work, and the managed policy that points a fleet of Chrome or Edge browsers at it.
 */
export function Publish({ extensionId }: { extensionId: string }) {
  const example = 'https://raw.githubusercontent.com/acme/support-rules/main/team.tactful.json';
  return (
    <section aria-labelledby="publish-title" className="panel publish">
      <h2 id="publish-title">{t('options_publishARulebook')}</h2>
      <p>{t('options_forTeamLeadsHow')}</p>
      <ol>
        <li>
          <Message
            id="options_publishStep1"
            values={{
              tab: <strong>{t('options_importAndExport')}</strong>,
              button: <strong>{t('options_exportTeamRulebook')}</strong>,
              file: <code>team.tactful.json</code>,
            }}
          />
        </li>
        <li>
          <Message id="options_publishStep2" values={{ example: <code>{example}</code> }} />
        </li>
        <li>
          <Message id="options_publishStep3" values={{ tab: <strong>{t('options_teamSubscription')}</strong> }} />
        </li>
        <li>{t('options_toChangeTheRules')}</li>
      </ol>
      <h3>{t('options_howRefreshesWork')}</h3>
      <ul>
        <li>
          <Message
            id="options_refreshEtag"
            values={{ etag: <code>ETag</code>, ifNoneMatch: <code>If-None-Match</code> }}
          />
        </li>
        <li>
          <Message id="options_refreshCache" values={{ button: <strong>{t('options_checkNow')}</strong> }} />
        </li>
        <li>{t('options_aFileThatIs')}</li>
      </ul>
      <h3>{t('options_forItSetIt')}</h3>
      <p>
        <Message
          id="options_policyIntro"
          values={{
            linux: <code>/etc/opt/chrome/policies/managed/tactful.json</code>,
            edge: <code>/etc/opt/edge/policies/managed/</code>,
            key: <code>3rdparty › extensions › {extensionId}</code>,
            locked: <code>locked: true</code>,
          }}
        />
      </p>
      <CopyBlock label={t('options_managedPolicyJson')} text={policyJson(extensionId, example)} />
      <p className="muted">{t('options_theExtensionIdAbove')}</p>
    </section>
  );
}
