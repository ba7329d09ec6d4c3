import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { t } from '../../i18n/t.ts';
import type { CoachState } from '../../messaging/protocol.ts';
import { type CompiledRulebook, compileRule } from '../../rules/compile.ts';
import { check } from '../../rules/engine.ts';
import { type PreparedRulebook, prepareRulebook } from '../../rules/prepare.ts';
import type { Rule } from '../../rules/schema.ts';
import type { Problem } from '../../rules/types.ts';
import { HighlightedText } from '../HighlightedText.tsx';

const CATEGORY_WORDS: Record<string, string> = {
  blame: t('practice_category_blame'),
  'missing-apology': t('options_category_missingApology'),
  'missing-next-step': t('options_category_missingNextStep'),
  wording: t('practice_category_wording'),
  length: t('practice_category_length'),
};

/**
 * The effective rulebook with the rule being edited in place of its saved version (or added), so "Try a reply"
 * shows what the rule will do before it is saved. A draft that does not compile yet leaves the saved rules as they are.
 */
function withDraft(compiled: CompiledRulebook, draft: { rule: Rule; replaces?: string } | undefined): CompiledRulebook {
  if (!draft || draft.rule.enabled === false) return compiled;
  const problems: Problem[] = [];
  const rule = compileRule(draft.rule, 'draft', problems);
  if (problems.length > 0) return compiled;
  const gone = new Set([draft.replaces ?? draft.rule.id, draft.rule.id]);
  return { ...compiled, rules: [...compiled.rules.filter((r) => !gone.has(r.id)), rule] };
}

/**
 * Type a reply and see what the coach would say: the same compiled rulebook the content scripts
 * receive from the background, the same check(). Findings are marked in the text and listed. While a rule is being
 * edited, its unsaved version is tried in place of the saved one.
 */
export function TryReply({
  load,
  refreshKey,
  draft,
}: {
  load: () => Promise<CoachState>;
  refreshKey: unknown;
  draft?: { rule: Rule; replaces?: string } | undefined;
}) {
  const [saved, setSaved] = useState<CompiledRulebook | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // The sample draft and customer message are English on purpose: the starter rules read English.
  const [reply, setReply] = useState(
    'Hi Sam,\n\nThat is not our fault, you should have read the instructions.\n\nBest,\nAlex',
  );
  const [customer, setCustomer] = useState('My order arrived broken and nobody answers my emails.');
  const ids = { reply: useId(), customer: useId() };

  // biome-ignore lint/correctness/useExhaustiveDependencies: refreshKey is the signal to fetch the rules again after a change.
  useEffect(() => {
    let live = true;
    load().then(
      (state) => {
        if (!live) return;
        setSaved(state.compiled);
        setProblem(null);
      },
      (error: Error) => live && setProblem(t('options_coachNotReady', { problem: error.message })),
    );
    return () => {
      live = false;
    };
  }, [load, refreshKey]);

  const liveDraft = useDeferredValue(draft);
  const prepared = useMemo<PreparedRulebook | null>(
    () => (saved ? prepareRulebook(withDraft(saved, liveDraft)) : null),
    [saved, liveDraft],
  );
  const text = useDeferredValue(reply);
  const context = useDeferredValue(customer);
  const findings = useMemo(
    () => (prepared ? check(text, prepared, context.trim() ? { customer: context } : {}).findings : []),
    [prepared, text, context],
  );

  return (
    <section aria-labelledby="try-title" className="try-reply" id="try-reply" tabIndex={-1}>
      <h2 id="try-title">{t('options_tryAReply')}</h2>
      <p className="muted">{t('options_thisUsesYourRules')}</p>
      {draft && (
        <p className="notice" data-testid="try-draft">
          {t('options_tryingDraft', { id: draft.rule.id })}
        </p>
      )}
      <div className="field">
        <label htmlFor={ids.customer}>{t('options_theCustomerWroteOptional')}</label>
        <textarea id={ids.customer} rows={2} value={customer} onChange={(e) => setCustomer(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={ids.reply}>{t('options_yourReply')}</label>
        <textarea
          id={ids.reply}
          rows={6}
          value={reply}
          onChange={(e) => setReply(e.target.value)}
          data-testid="try-reply"
        />
      </div>
      {problem && <p className="notice">{problem}</p>}
      <section className="preview" aria-label={t('options_yourReplyWithSuggestions')} data-testid="try-preview">
        <HighlightedText
          text={text}
          highlights={findings.map((f) => ({
            start: f.start,
            end: f.end,
            className: `flag ${f.category} ${f.severity}`,
            label: CATEGORY_WORDS[f.category] ?? f.category,
          }))}
        />
      </section>
      <p aria-live="polite" data-testid="try-count">
        {findings.length === 0 ? t('options_noSuggestions') : t('options_suggestionsList', { count: findings.length })}
      </p>
      <ul className="findings" data-testid="try-findings">
        {findings.map((f) => (
          <li key={`${f.ruleId}-${f.start}-${f.end}`} className={`finding ${f.severity}`} data-rule-id={f.ruleId}>
            <strong>{CATEGORY_WORDS[f.category] ?? f.category}</strong>
            {f.end > f.start && <q>{text.slice(f.start, f.end)}</q>} {f.message}
            {f.replacements.length > 0 && (
              <span className="replacements">
                {' '}
                {t('options_try')}{' '}
                {f.replacements.map((r, i) => (
                  <span key={r}>
                    {i > 0 ? ' · ' : ''}
                    <q>{r.trim()}</q>
                  </span>
                ))}
              </span>
            )}{' '}
            <code className="muted">{f.ruleId}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
