import { useId, useState } from 'react';

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
              () => setCopied('Copied.'),
              () => setCopied('Copying is not allowed here: select the text and copy it.'),
            )
          }
        >
          Copy
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
      <h2 id="publish-title">Publish a rulebook</h2>
      <p>For team leads: how to share your team rulebook with every agent.</p>
      <ol>
        <li>
          In <strong>Import and export</strong>, choose <strong>Export team rulebook</strong>. You get one JSON file
          (e.g. <code>team.tactful.json</code>) with every team rule, its examples and the switches you set.
        </li>
        <li>
          Put the file on any static web host that serves it over HTTPS: your intranet, GitHub Pages, S3 or another
          bucket, or a Git repository’s raw-file address such as <code>{example}</code>. No server code is needed.
        </li>
        <li>
          Agents open <strong>Team subscription</strong>, paste the address, check the preview and subscribe. Or set it
          for everyone with the managed policy below.
        </li>
        <li>
          To change the rules, edit them here, export again and replace the published file. Every agent’s Tactful picks
          the new file up within about an hour.
        </li>
      </ol>
      <h3>How refreshes work</h3>
      <ul>
        <li>
          Tactful asks for the file every hour, sending the <code>ETag</code> the server gave last time (
          <code>If-None-Match</code>). An unchanged file is answered “304 Not Modified” and nothing is downloaded. Most
          static hosts and raw Git addresses send ETags; without one, Tactful downloads the file and compares it.
        </li>
        <li>
          Hosts with a cache (raw Git addresses keep a copy for a few minutes) may serve the old file for a while after
          you publish. Agents can press <strong>Check now</strong> to fetch at once.
        </li>
        <li>
          A file that is down, slow, not JSON or has a problem is never applied: agents keep the rules they have and see
          when the last check failed. Each applied refresh is in History with its ETag, and can be undone.
        </li>
      </ul>
      <h3>For IT: set it for every browser (Chrome and Edge)</h3>
      <p>
        Managed policy installs Tactful and sets the rulebook address for a whole fleet; agents see it read-only. Put
        this JSON in a managed-policy file (Linux: <code>/etc/opt/chrome/policies/managed/tactful.json</code>, Edge:{' '}
        <code>/etc/opt/edge/policies/managed/</code>), or set the same values with the Chrome or Edge administrative
        templates (Windows Group Policy, macOS profiles) under <code>3rdparty › extensions › {extensionId}</code>.{' '}
        <code>locked: true</code> also stops agents from switching team and starter rules off.
      </p>
      <CopyBlock label="Managed policy (JSON)" text={policyJson(extensionId, example)} />
      <p className="muted">
        The extension id above is this installation’s; use the id of the copy you deploy (from the store listing or your
        packed build).
      </p>
    </section>
  );
}
