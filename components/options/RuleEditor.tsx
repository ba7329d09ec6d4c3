import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { runRuleExamples } from '../../rules/examples.ts';
import type { Rule } from '../../rules/schema.ts';
import type { Problem } from '../../rules/types.ts';
import type { EditableLayer } from './api.ts';
import { ExampleResults } from './ExampleResults.tsx';
import { Field, Select } from './Field.tsx';
import { ProblemList } from './ProblemList.tsx';
import { formToRule, type RuleForm } from './rule-form.ts';

export interface RuleEditorProps {
  initial: RuleForm;
  /** The id of the rule being edited (undefined for a new rule). */
  editingId?: string;
  /** Layers this rule may be saved to, first = default. */
  layers: readonly EditableLayer[];
  /** Why the rule cannot be changed here (locked), or null. */
  readOnly: string | null;
  /** The worker's validation of the rule (the one Save and imports run); [] when it would be stored. */
  checkRule: (rule: Rule) => Promise<Problem[]>;
  /** Resolves with the problems that refused the save, or [] once it is stored. */
  onSave: (layer: EditableLayer, rule: Rule, previousId?: string) => Promise<Problem[]>;
  onCancel: () => void;
}

const KINDS = [
  { value: 'avoid', label: 'Avoid a phrase' },
  { value: 'replace', label: 'Swap a wording' },
  { value: 'require', label: 'Require an apology or next step' },
  { value: 'limit', label: 'Limit length' },
] as const;

const SEVERITIES = [
  { value: 'hint', label: 'Hint' },
  { value: 'warning', label: 'Warning' },
  { value: 'error', label: 'Error' },
] as const;

const LAYER_NAMES: Record<EditableLayer, string> = { personal: 'My rules', team: 'Team rulebook' };

/** Problems for one form field: the first segment of the problem's path. */
const errorsFor = (problems: readonly Problem[], ...fields: string[]) =>
  problems.filter((p) => fields.includes(p.path.split(/[.[]/)[0] ?? '')).map((p) => p.message);

/**
 * Edit a rule in a form. The rule's examples run live as you type (the same engine the content
 * script runs), and the worker checks the rule as Save would (patterns that compile, regexes that cannot
 * backtrack catastrophically).
 */
export function RuleEditor({ initial, editingId, layers, readOnly, checkRule, onSave, onCancel }: RuleEditorProps) {
  const [form, setForm] = useState(initial);
  const [layer, setLayer] = useState<EditableLayer>(layers[0] ?? 'personal');
  const [saveProblems, setSaveProblems] = useState<Problem[]>([]);
  const [saving, setSaving] = useState(false);
  // Typing stays responsive: examples and regex checks run on the deferred copy.
  const deferred = useDeferredValue(form);

  const built = useMemo(() => formToRule(deferred), [deferred]);
  const [checked, setChecked] = useState<{ rule: Rule; problems: Problem[] } | null>(null);
  useEffect(() => {
    if (!built.ok) return;
    // Answers can arrive out of order (a long regex takes recheck seconds): keep only the latest rule's.
    let current = true;
    checkRule(built.rule).then(
      (problems) => current && setChecked({ rule: built.rule, problems }),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [built, checkRule]);
  const live = useMemo(() => {
    if (!built.ok) return { results: [], problems: built.problems };
    const run = runRuleExamples(built.rule);
    const workerProblems = checked?.rule === built.rule ? checked.problems : [];
    return { results: run.results, problems: [...run.problems, ...workerProblems] };
  }, [built, checked]);

  const set =
    <K extends keyof RuleForm>(key: K) =>
    (value: RuleForm[K]) =>
      setForm((f) => ({ ...f, [key]: value }));
  const field = (
    key: keyof RuleForm & string,
    label: string,
    extra: { hint?: string; multiline?: boolean; rows?: number } = {},
  ) => (
    <Field
      name={key}
      label={label}
      value={String(form[key])}
      onChange={set(key) as (v: string) => void}
      errors={errorsFor(live.problems, key, key === 'bad' || key === 'good' ? 'examples' : key)}
      readOnly={readOnly !== null}
      {...extra}
    />
  );

  const save = async () => {
    const outcome = formToRule(form);
    if (!outcome.ok) {
      setSaveProblems(outcome.problems);
      return;
    }
    setSaving(true);
    try {
      setSaveProblems(await onSave(layer, outcome.rule, editingId));
    } catch (error) {
      setSaveProblems([{ path: '', message: (error as Error).message }]);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="rule-editor"
      aria-label={editingId ? `Edit rule ${editingId}` : 'New rule'}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <h3>{editingId ? `Edit “${editingId}”` : 'New rule'}</h3>
      {readOnly && (
        <p className="notice" role="note">
          {readOnly}
        </p>
      )}
      <div className="grid">
        {field('id', 'Rule id', { hint: 'Lowercase words joined by - and /, e.g. team/not-our-fault.' })}
        <Select
          name="kind"
          label="Kind"
          value={form.kind}
          options={KINDS}
          onChange={set('kind')}
          disabled={readOnly !== null}
        />
        {field('category', 'Category', { hint: 'e.g. blame, wording, missing-apology.' })}
        <Select
          name="severity"
          label="Severity"
          value={form.severity}
          options={SEVERITIES}
          onChange={set('severity')}
          disabled={readOnly !== null}
        />
      </div>
      {field('message', 'Message shown to the agent', { hint: 'One kind sentence, speaking to the agent as “you”.' })}

      {form.kind === 'avoid' && (
        <>
          {field('patterns', 'Phrases to look for (one per line)', {
            multiline: true,
            hint: 'Words match in any case. (a|b) = either, [word] = optional, * = any one word.',
          })}
          {field('replacements', 'Rewrites to offer (one per line)', { multiline: true })}
          {field('exceptions', 'Stay silent when the match is part of (one per line)', { multiline: true, rows: 2 })}
          {field('sentenceExceptions', 'Stay silent when the sentence also says (one per line)', {
            multiline: true,
            rows: 2,
          })}
          {field('regex', 'Regular expressions (advanced, one per line)', {
            multiline: true,
            rows: 2,
            hint: 'Checked for patterns that could freeze a page.',
          })}
        </>
      )}
      {form.kind === 'replace' &&
        field('swap', 'Swaps (one per line: from => to)', { multiline: true, hint: 'e.g. utilize => use' })}
      {form.kind === 'require' && (
        <>
          <div className="grid">
            <Select
              name="signal"
              label="What the reply needs"
              value={form.signal}
              options={[
                { value: 'apology', label: 'An apology' },
                { value: 'nextStep', label: 'A next step' },
              ]}
              onChange={set('signal')}
              disabled={readOnly !== null}
            />
            <Select
              name="when"
              label="When"
              value={form.when}
              options={[
                { value: 'customerProblem', label: 'When the customer reports a problem' },
                { value: 'always', label: 'Always' },
              ]}
              onChange={set('when')}
              disabled={readOnly !== null}
            />
            <Select
              name="position"
              label="Suggest it"
              value={form.position}
              options={[
                { value: 'start', label: 'After the greeting' },
                { value: 'end', label: 'Before the sign-off' },
              ]}
              onChange={set('position')}
              disabled={readOnly !== null}
            />
          </div>
          {field('suggestions', 'Sentences to suggest (one per line)', { multiline: true })}
        </>
      )}
      {form.kind === 'limit' && (
        <div className="grid">
          <Select
            name="measure"
            label="Measure"
            value={form.measure}
            options={[
              { value: 'sentenceWords', label: 'Words per sentence' },
              { value: 'replyWords', label: 'Words per reply' },
            ]}
            onChange={set('measure')}
            disabled={readOnly !== null}
          />
          {field('max', 'Most allowed')}
        </div>
      )}

      {field('bad', 'Examples it must flag (one per line)', {
        multiline: true,
        hint: 'Add the customer’s message after “ || ” when it matters.',
      })}
      {field('good', 'Examples it must leave alone (one per line)', { multiline: true })}
      {field('note', 'Note for the agent (optional)', { multiline: true, rows: 2 })}

      <ExampleResults results={live.results} />
      <ProblemList problems={saveProblems} title="This rule cannot be saved yet:" />

      {readOnly === null && (
        <div className="actions">
          {layers.length > 1 ? (
            <Select
              name="layer"
              label="Save to"
              value={layer}
              options={layers.map((l) => ({ value: l, label: LAYER_NAMES[l] }))}
              onChange={setLayer}
            />
          ) : null}
          {layer === 'team' && (
            <label className="check">
              <input type="checkbox" checked={form.locked} onChange={(e) => set('locked')(e.target.checked)} /> Locked:
              agents cannot switch it off or change it
            </label>
          )}
          <button type="submit" className="primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save rule'}
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      )}
      {readOnly !== null && (
        <div className="actions">
          <button type="button" onClick={onCancel}>
            Close
          </button>
        </div>
      )}
    </form>
  );
}
