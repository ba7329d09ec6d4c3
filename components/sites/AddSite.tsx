import { type FormEvent, useId, useState } from 'react';
import { requestSite } from './site-access.ts';
import { parseSiteAddress } from './site-address.ts';
import { SITES_TEXT } from './sites-text.ts';

const T = SITES_TEXT.add;

interface Props {
  /** Clear a switch-off the agent made earlier for this host (a site added again is meant to be on). */
  enableSite: (host: string) => Promise<void>;
  onAdded?: (host: string) => void;
}

/** "Add a site by its address": the browser's own prompt asks the agent to allow it. */
export function AddSite({ enableSite, onAdded }: Props) {
  const id = useId();
  const [address, setAddress] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const site = parseSiteAddress(address);
    if ('problem' in site) {
      setProblem(site.problem);
      return;
    }
    setProblem(null);
    try {
      // First await of the handler: the browser shows its prompt only inside the agent's gesture.
      if (!(await requestSite(site))) {
        setProblem(T.denied(site.host));
        return;
      }
      if (!site.host.startsWith('*.')) await enableSite(site.host);
      setAddress('');
      setDone(T.added(site.host));
      onAdded?.(site.host);
    } catch {
      setProblem(T.failed);
    }
  };

  return (
    <form className="add-site" onSubmit={(e) => void submit(e)} data-testid="add-site">
      <label htmlFor={`${id}-address`}>{T.label}</label>
      <div className="add-site-row">
        <input
          id={`${id}-address`}
          type="text"
          inputMode="url"
          autoComplete="url"
          spellCheck={false}
          value={address}
          onChange={(e) => setAddress(e.currentTarget.value)}
          aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ''}`}
          aria-invalid={problem ? true : undefined}
        />
        <button type="submit">{T.button}</button>
      </div>
      <p id={`${id}-hint`} className="muted">
        {T.hint}
      </p>
      {problem && (
        <p id={`${id}-problem`} role="alert" className="problem">
          {problem}
        </p>
      )}
      {/* Always present, so screen readers announce the line when it fills in. */}
      <p role="status">{done ?? ''}</p>
    </form>
  );
}
