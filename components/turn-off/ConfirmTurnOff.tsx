import { useEffect, useRef, useState } from 'react';
import { t } from '../../i18n/t.ts';
import { askFromPage } from '../../messaging/page-client.ts';

/** Every string of the page, in one place. */
const TEXT = {
  get loading() {
    return t('turnOff_loading');
  },
  unknown: (id: string) => t('turnOff_unknown', { id }),
  get question() {
    return t('turnOff_question');
  },
  get explain() {
    return t('turnOff_explain');
  },
  get confirm() {
    return t('turnOff_confirm');
  },
  get keep() {
    return t('turnOff_keep');
  },
  get done() {
    return t('turnOff_done');
  },
  get kept() {
    return t('turnOff_kept');
  },
  failed: (why: string) => t('turnOff_failed', { why }),
};

type Phase = 'loading' | 'ask' | 'done' | 'kept' | { problem: string };

/**
 * The only place a rule is turned off everywhere from a card: the card's "Everywhere…" asks the worker to open this
 * extension page, which a web page can neither open nor script, and the agent confirms here.
 */
export function ConfirmTurnOff({ ruleId }: { ruleId: string }) {
  const [message, setMessage] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>('loading');
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void askFromPage({ type: 'loadOptions' }).then(
      (model) => {
        const rule = model.rules.find((r) => r.rule.id === ruleId);
        if (!rule) setPhase({ problem: TEXT.unknown(ruleId) });
        else {
          setMessage(rule.rule.message);
          setPhase('ask');
        }
      },
      (error: Error) => setPhase({ problem: TEXT.failed(error.message) }),
    );
  }, [ruleId]);

  useEffect(() => {
    if (phase !== 'loading') heading.current?.focus();
  }, [phase]);

  const confirm = async () => {
    try {
      await askFromPage({ type: 'setRuleEnabled', ruleId, enabled: false });
      setPhase('done');
    } catch (error) {
      setPhase({ problem: TEXT.failed((error as Error).message) });
    }
  };

  return (
    <main className="welcome" data-testid="turn-off">
      <h1 ref={heading} tabIndex={-1}>
        {t('turnOff_heading')}
      </h1>
      {message && (
        <blockquote className="rule" data-testid="turn-off-rule">
          {message}
        </blockquote>
      )}
      {phase === 'loading' && <p>{TEXT.loading}</p>}
      {phase === 'ask' && (
        <>
          <h2>{TEXT.question}</h2>
          <p className="muted">{TEXT.explain}</p>
          <p className="add-site-row">
            <button type="button" onClick={() => void confirm()}>
              {TEXT.confirm}
            </button>
            <button type="button" className="secondary" onClick={() => setPhase('kept')}>
              {TEXT.keep}
            </button>
          </p>
        </>
      )}
      {phase === 'done' && <p role="status">{TEXT.done}</p>}
      {phase === 'kept' && <p role="status">{TEXT.kept}</p>}
      {typeof phase === 'object' && (
        <p role="alert" className="problem">
          {phase.problem}
        </p>
      )}
    </main>
  );
}
