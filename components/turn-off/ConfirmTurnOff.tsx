import { useEffect, useRef, useState } from 'react';
import { askFromPage } from '../../messaging/page-client.ts';

/** Every string of the page, in one place. */
const TEXT = {
  title: 'Turn a rule off everywhere',
  loading: 'Loading the rule…',
  unknown: (id: string) => `Tactful has no rule “${id}”.`,
  question: 'Turn this rule off on every site?',
  explain:
    'You chose “Everywhere” on a suggestion card. Tactful will stop showing this suggestion on every site you coach. Practice keeps scoring it: it follows your team’s rules. You can turn it back on under Options → Sites.',
  confirm: 'Turn it off everywhere',
  keep: 'Keep it on',
  done: 'This rule is off everywhere. Turn it back on under Options → Sites.',
  kept: 'Nothing changed: the rule stays on.',
  failed: (why: string) => `The rule could not be turned off: ${why}`,
} as const;

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
        {TEXT.title}
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
