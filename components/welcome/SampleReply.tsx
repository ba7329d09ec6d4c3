import { useEffect, useRef, useState } from 'react';
import { startCoaching } from '../../editors/coach-session.ts';
import { askBackground } from '../../messaging/client.ts';
import { prepareRulebook } from '../../rules/prepare.ts';
import { WELCOME_TEXT as T } from './welcome-text.ts';

/**
 * A reply box with a sample reply, coached by the same session as a reply box in Gmail and with the agent's own
 * rulebook, so what the agent tries here is what they will see at work.
 */
export function SampleReply() {
  const ref = useRef<HTMLTextAreaElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const controller = new AbortController();
    askBackground({ type: 'getCoachState', host: location.hostname })
      .then((coach) => {
        if (controller.signal.aborted) return;
        const prepared = prepareRulebook(coach.compiled);
        startCoaching(el, { prepared: () => prepared, signal: controller.signal });
        setState('ready');
      })
      .catch(() => setState('failed'));
    return () => controller.abort();
  }, []);

  return (
    <div className="sample">
      <label htmlFor="sample-reply">{T.tryLabel}</label>
      <textarea id="sample-reply" ref={ref} rows={7} defaultValue={T.sample} data-testid="sample-reply" />
      <p role="status" className="muted">
        {state === 'loading' ? T.tryLoading : state === 'failed' ? T.tryFailed : ''}
      </p>
    </div>
  );
}
