import type { ExampleResult } from '../../rules/examples.ts';
import { HighlightedText } from '../HighlightedText.tsx';

/** A rule's examples run against the rule as it is being typed: flagged spans marked, pass/fail per line. */
export function ExampleResults({ results }: { results: readonly ExampleResult[] }) {
  if (results.length === 0) return <p className="muted">Add examples to see the rule run on them.</p>;
  const failing = results.filter((r) => !r.passed).length;
  return (
    <section aria-labelledby="examples-title" className="examples">
      <h3 id="examples-title">Examples</h3>
      <p aria-live="polite" className={failing ? 'status bad' : 'status good'} data-testid="examples-summary">
        {failing === 0
          ? `All ${results.length} examples behave as expected.`
          : `${failing} of ${results.length} examples do not behave as expected yet.`}
      </p>
      <ul>
        {results.map((r) => (
          <li
            key={`${r.kind}-${r.index}`}
            className={r.passed ? 'pass' : 'fail'}
            data-testid={`example-${r.kind}-${r.index}`}
          >
            <span className="verdict">{r.passed ? '✓' : '✗'}</span>{' '}
            <span className="visually-hidden">{r.passed ? 'passes: ' : 'fails: '}</span>
            <span className="example-kind">{r.kind === 'bad' ? 'should flag' : 'should pass'}</span>{' '}
            <HighlightedText
              text={r.text}
              highlights={r.spans.map((s) => ({ start: s.start, end: s.end, className: 'flag', label: 'flagged' }))}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
