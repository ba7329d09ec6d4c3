import { t } from '../../i18n/t.ts';
import type { ExampleResult } from '../../rules/examples.ts';
import { HighlightedText } from '../HighlightedText.tsx';

/** A rule's examples run against the rule as it is being typed: flagged spans marked, pass/fail per line. */
export function ExampleResults({ results }: { results: readonly ExampleResult[] }) {
  if (results.length === 0) return <p className="muted">{t('options_addExamplesToSee')}</p>;
  const failing = results.filter((r) => !r.passed).length;
  return (
    <section aria-labelledby="examples-title" className="examples">
      <h3 id="examples-title">{t('options_examples')}</h3>
      <p aria-live="polite" className={failing ? 'status bad' : 'status good'} data-testid="examples-summary">
        {failing === 0
          ? t('options_examplesAllPass', { count: results.length })
          : t('options_examplesFailing', { failing, count: results.length })}
      </p>
      <ul>
        {results.map((r) => (
          <li
            key={`${r.kind}-${r.index}`}
            className={r.passed ? 'pass' : 'fail'}
            data-testid={`example-${r.kind}-${r.index}`}
          >
            <span className="verdict">{r.passed ? '✓' : '✗'}</span>{' '}
            <span className="visually-hidden">{r.passed ? t('options_examplePasses') : t('options_exampleFails')}</span>
            <span className="example-kind">{r.kind === 'bad' ? t('options_shouldFlag') : t('options_shouldPass')}</span>{' '}
            <HighlightedText
              text={r.text}
              highlights={r.spans.map((s) => ({
                start: s.start,
                end: s.end,
                className: 'flag',
                label: t('options_flagged'),
              }))}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
