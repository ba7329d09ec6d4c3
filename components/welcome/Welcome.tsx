import { browser } from 'wxt/browser';
import { builtInHosts } from '../../editors/sites/built-in.ts';
import { askBackground } from '../../messaging/client.ts';
import { AddSite } from '../sites/AddSite.tsx';
import { SampleReply } from './SampleReply.tsx';
import { WELCOME_TEXT as T } from './welcome-text.ts';

// Other pages of the build; the casts keep this file independent of WXT's generated path list.
type PagePath = Parameters<typeof browser.runtime.getURL>[0];
const OPTIONS_IMPORT = '/options.html#import' as PagePath;
const PRACTICE_PAGE = '/practice.html' as PagePath;
const BUILT_IN_HOSTS = builtInHosts();

const open = (path: PagePath) => void browser.tabs.create({ url: browser.runtime.getURL(path) });

/** The page opened once, on install: what Tactful does, what it keeps, where it runs, and a first try. */
export function Welcome() {
  return (
    <main className="welcome">
      <header>
        <img src="/icon/128.png" alt="" width={48} height={48} />
        <h1>{T.pageTitle}</h1>
      </header>
      <p>{T.intro}</p>
      <ul>
        {T.points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>

      <section aria-labelledby="privacy-title">
        <h2 id="privacy-title">{T.privacyTitle}</h2>
        {T.privacy.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </section>

      <section aria-labelledby="sites-title">
        <h2 id="sites-title">{T.sitesTitle}</h2>
        <p>{T.sitesIntro}</p>
        <p>{T.builtIn(BUILT_IN_HOSTS.join(', '))}</p>
        <AddSite
          enableSite={async (host) => {
            await askBackground({ type: 'setSiteEnabled', host, enabled: true });
          }}
        />
      </section>

      <section aria-labelledby="rulebook-title">
        <h2 id="rulebook-title">{T.rulebookTitle}</h2>
        <p>{T.rulebook}</p>
        <button type="button" onClick={() => open(OPTIONS_IMPORT)}>
          {T.importButton}
        </button>
      </section>

      <section aria-labelledby="try-title">
        <h2 id="try-title">{T.tryTitle}</h2>
        <p>{T.tryIntro}</p>
        <SampleReply />
        <button type="button" onClick={() => open(PRACTICE_PAGE)}>
          {T.practice}
        </button>
      </section>

      <section aria-labelledby="keys-title">
        <h2 id="keys-title">{T.keysTitle}</h2>
        <dl className="keys">
          {T.keys.map(({ keys, what }) => (
            <div key={keys}>
              <dt>
                <kbd>{keys}</kbd>
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
      </section>

      <p>{T.done}</p>
    </main>
  );
}
