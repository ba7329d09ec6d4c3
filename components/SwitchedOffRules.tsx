import { useCallback, useEffect, useState } from 'react';
import { t } from '../i18n/t.ts';
import { askBackground } from '../messaging/client.ts';
import type { SwitchedOff } from '../messaging/protocol.ts';

const where = (entry: SwitchedOff): string =>
  entry.site === null ? t('switchedOff_everywhere') : t('switchedOff_onSite', { site: entry.site });

/**
 * Every rule the agent switched off, with the site it is off on (or "everywhere") and a way back. Shown in the popup
 * and the options page: extension pages, the only senders the worker takes these requests from.
 */
export function SwitchedOffRules({ refreshKey = 0 }: { refreshKey?: number }) {
  const [list, setList] = useState<SwitchedOff[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setList(await askBackground({ type: 'listSwitchedOff' }));
    } catch {
      setList([]);
    }
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: refreshKey asks for a reload when the store changed.
  useEffect(() => {
    void load();
  }, [load, refreshKey]);

  const turnBackOn = async (entry: SwitchedOff) => {
    setProblem(null);
    try {
      await (entry.site === null
        ? askBackground({ type: 'setRuleEnabled', ruleId: entry.ruleId, enabled: true })
        : askBackground({ type: 'setSiteRuleEnabled', host: entry.site, ruleId: entry.ruleId, enabled: true }));
      await load();
    } catch (error) {
      setProblem((error as Error).message);
    }
  };

  if (!list || list.length === 0) return null;
  return (
    <section className="switched-off" data-testid="switched-off" aria-labelledby="switched-off-title">
      <h2 id="switched-off-title">{t('options_switchedOff')}</h2>
      <ul>
        {list.map((entry) => (
          <li key={`${entry.site ?? ''}\u0000${entry.ruleId}`}>
            <span className="rule">{entry.message}</span> <span className="where">{where(entry)}</span>{' '}
            <button type="button" onClick={() => void turnBackOn(entry)}>
              {t('sites_turnOn')}
              <span className="visually-hidden"> {where(entry)}</span>
            </button>
          </li>
        ))}
      </ul>
      {problem && <p role="alert">{problem}</p>}
    </section>
  );
}
