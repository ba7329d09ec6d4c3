import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { SwitchedOffRules } from '../../components/SwitchedOffRules.tsx';
import { isBuiltInHost } from '../../editors/sites/built-in.ts';
import { askBackground } from '../../messaging/client.ts';
import { type TabStatus, tabStatus } from '../../messaging/tab-status.ts';
import { coachableUrl, hasSiteAccess, requestSiteAccess } from './site-access.ts';

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

function statusLine(info: TabInfo): string {
  if (!info.access || !info.siteEnabled) return `Coaching is off on ${info.url.hostname}.`;
  if (!info.status) return 'Coaching starts when you reload this page.';
  if (info.status.editors === 0) return 'Coaching is on. Open a reply box to start.';
  const n = info.status.findings;
  return n === 0
    ? 'Coaching is on. Your reply looks good.'
    : `Coaching is on: ${n} suggestion${n === 1 ? '' : 's'} in this tab.`;
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
        setProblem('Tactful needs your permission to read reply boxes on this site.');
        return;
      }
      await askBackground({ type: 'setSiteEnabled', host: info.url.hostname, enabled: on });
      setInfo({ ...info, siteEnabled: on, access: on ? true : info.access });
    } catch {
      setProblem('That did not work. Please try again in a moment.');
    }
  };

  const openPractice = () => void browser.tabs.create({ url: browser.runtime.getURL(PRACTICE_PAGE) });
  const openOptions = () => void browser.runtime.openOptionsPage();

  return (
    <main className="popup">
      <h1>Tactful</h1>
      {info === undefined && <p>Checking this tab…</p>}
      {info === null && <p>Tactful coaches reply boxes on web pages. This tab has none it can read.</p>}
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
            Coach on {info.url.hostname}
          </label>
          {problem && <p role="alert">{problem}</p>}
        </>
      )}
      <SwitchedOffRules />
      <nav>
        <button type="button" onClick={openOptions}>
          Options
        </button>
        <button type="button" onClick={openPractice}>
          Practice
        </button>
      </nav>
    </main>
  );
}
