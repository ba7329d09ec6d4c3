import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { SwitchedOffRules } from '../../components/SwitchedOffRules.tsx';
import { isBuiltInHost } from '../../editors/sites/built-in.ts';
import { askBackground } from '../../messaging/client.ts';
import { type TabStatus, tabStatus } from '../../messaging/tab-status.ts';
import { POPUP_TEXT as T } from './popup-text.ts';
import { coachableUrl, hasSiteAccess, requestSiteAccess, startCoachInTab } from './site-access.ts';

// Built from entrypoints/practice/ (another page); the cast keeps this file independent of WXT's generated path list.
const PRACTICE_PAGE = '/practice.html' as Parameters<typeof browser.runtime.getURL>[0];

interface TabInfo {
  tabId: number;
  url: URL;
  /** null while loading, or when the content script does not run in this tab. */
  status: TabStatus | null;
  siteEnabled: boolean;
  access: boolean;
}

async function loadTab(): Promise<TabInfo | null> {
  // The tab's address is readable here on any site because the agent clicked the toolbar button (activeTab).
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const url = coachableUrl(tab?.url);
  if (!tab?.id || !url) return null;
  const [status, state, access] = await Promise.all([
    tabStatus(tab.id).catch(() => null),
    askBackground({ type: 'getCoachState', host: url.hostname }).catch(() => null),
    hasSiteAccess(url),
  ]);
  return { tabId: tab.id, url, status, siteEnabled: state?.siteEnabled ?? isBuiltInHost(url.hostname), access };
}

/** The coach just started in the tab answers within a moment; until then the popup has nothing to say about it. */
async function firstStatus(tabId: number, tries = 15): Promise<TabStatus | null> {
  for (let i = 0; i < tries; i++) {
    const status = await tabStatus(tabId).catch(() => null);
    if (status) return status;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return null;
}

function statusLine(info: TabInfo): string {
  if (!info.access || !info.siteEnabled) return T.off(info.url.hostname);
  if (!info.status) return T.reload;
  // Suggestions on screen answer first: a frame may report findings while the reply box count says none yet.
  if (info.status.findings > 0) return T.count(info.status.findings);
  return info.status.editors === 0 ? T.noBox : T.looksGood;
}

export function Popup() {
  const [info, setInfo] = useState<TabInfo | null | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    void loadTab().then(setInfo, () => setInfo(null));
  }, []);

  const toggle = async (on: boolean) => {
    if (!info) return;
    setProblem(null);
    try {
      // The permission prompt must come straight from the click, before any other await.
      if (on && !(await requestSiteAccess(info.url))) {
        setProblem(T.needPermission);
        return;
      }
      await askBackground({ type: 'setSiteEnabled', host: info.url.hostname, enabled: on });
      setInfo({ ...info, siteEnabled: on, access: on ? true : info.access });
      // A site just added has no coach running in this tab yet: start it now rather than after a reload.
      if (on && !info.status) {
        await startCoachInTab(info.tabId);
        const status = await firstStatus(info.tabId);
        setInfo({ ...info, siteEnabled: true, access: true, status });
      }
    } catch {
      setProblem(T.failed);
    }
  };

  const openPractice = () => void browser.tabs.create({ url: browser.runtime.getURL(PRACTICE_PAGE) });
  const openOptions = () => void browser.runtime.openOptionsPage();

  return (
    <main className="popup">
      <h1>{T.title}</h1>
      {info === undefined && <p>{T.checking}</p>}
      {info === null && <p>{T.notAPage}</p>}
      {info && (
        <>
          <p role="status" data-testid="tab-status">
            {statusLine(info)}
          </p>
          <label className="switch">
            <input
              type="checkbox"
              checked={info.access && info.siteEnabled}
              onChange={(e) => void toggle(e.currentTarget.checked)}
            />
            {T.switchLabel(info.url.hostname)}
          </label>
          {problem && <p role="alert">{problem}</p>}
        </>
      )}
      <SwitchedOffRules />
      <section className="keys" aria-labelledby="keys-title" data-testid="keys">
        <h2 id="keys-title">{T.keysTitle}</h2>
        <dl>
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
      <nav>
        <button type="button" onClick={openOptions}>
          {T.options}
        </button>
        <button type="button" onClick={openPractice}>
          {T.practice}
        </button>
      </nav>
    </main>
  );
}
