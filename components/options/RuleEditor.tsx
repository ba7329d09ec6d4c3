import { Fragment, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { runRuleExamples } from '../../rules/examples.ts';
import type { Rule } from '../../rules/schema.ts';
import type { Problem } from '../../rules/types.ts';
import type { EditableLayer } from './api.ts';
import { ExampleResults } from './ExampleResults.tsx';
import { Field, Select } from './Field.tsx';
import { ProblemList } from './ProblemList.tsx';
import { formInputs, formToRule, KIND_OPTIONS, type RuleForm } from './rule-form.ts';

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

  /**
   * The inputs of the chosen kind, from its module's field table: lists as text areas, one after another; drop-downs
   * and one-line inputs side by side in a grid.
   */
  const kindFields = () => {
    const groups: ReturnType<typeof formInputs>[] = [];
    for (const entry of formInputs(form.kind)) {
      const last = groups[groups.length - 1];
      const inGrid = entry[1].input !== 'lines';
      if (last && inGrid && last[0]?.[1].input !== 'lines') last.push(entry);
      else groups.push([entry]);
    }
    const render = ([key, input]: ReturnType<typeof formInputs>[number]) =>
      typeof input.input === 'object' ? (
        <Select
          key={key}
          name={key}
          label={input.label}
          value={form[key]}
          options={input.input.options}
          onChange={set(key)}
          disabled={readOnly !== null}
        />
      ) : (
        <Fragment key={key}>
          {field(key, input.label, { hint: input.hint, rows: input.rows, multiline: input.input === 'lines' })}
        </Fragment>
      );
    return groups.map((group) =>
      group[0]?.[1].input === 'lines' ? (
        render(group[0])
      ) : (
        <div className="grid" key={group[0]?.[0]}>
          {group.map(render)}
        </div>
      ),
    );
  };

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
          options={KIND_OPTIONS}
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

      {kindFields()}

      {field('bad', 'Examples it must flag (one per line; "text => text after the first rewrite")', {
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
