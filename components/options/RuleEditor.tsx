import { Fragment, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { t } from '../../i18n/t.ts';
import { runRuleExamples } from '../../rules/examples.ts';
import type { Rule } from '../../rules/schema.ts';
import type { Problem } from '../../rules/types.ts';
import type { EditableLayer } from './api.ts';
import { ExampleResults } from './ExampleResults.tsx';
import { Field, Select } from './Field.tsx';
import { ProblemList } from './ProblemList.tsx';
import { formInputs, formToRule, KIND_OPTIONS, type RuleForm, ruleToForm } from './rule-form.ts';

/** What a save answered: stored ([] problems), refused, or refused because the rule changed since it was opened. */
export interface SaveAnswer {
  problems: Problem[];
  conflict?: { current: Rule | null };
}

const sameForm = (a: RuleForm, b: RuleForm) => JSON.stringify(a) === JSON.stringify(b);

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
  /**
   * Resolves with the problems that refused the save, or [] once it is stored. `opened` is the rule as this editor
   * opened it (null for a new rule): the save is refused with a conflict when it has changed since.
   */
  onSave: (
    layer: EditableLayer,
    rule: Rule,
    previousId: string | undefined,
    opened: Rule | null,
  ) => Promise<SaveAnswer>;
  onCancel: () => void;
  /** The rule as it was when the editor opened (null for a new rule). */
  opened?: Rule | null;
  /** The form as first shown, when `initial` is a kept draft: unsaved changes are measured against it. */
  pristine?: RuleForm;
  /** The layer chosen when the draft was kept. */
  initialLayer?: EditableLayer;
  /** Every edit, so the page can keep the draft across a reload and try it in "Try a reply". */
  onChange?: (draft: { form: RuleForm; layer: EditableLayer; rule: Rule | undefined; dirty: boolean }) => void;
}

const SEVERITIES = [
  { value: 'hint', label: t('options_hint') },
  { value: 'warning', label: t('options_warning') },
  { value: 'error', label: t('options_error') },
] as const;

const LAYER_NAMES: Record<EditableLayer, string> = { personal: t('options_myRules'), team: t('options_teamRulebook') };

/** Problems for one form field: the first segment of the problem's path. */
const errorsFor = (problems: readonly Problem[], ...fields: string[]) =>
  problems.filter((p) => fields.includes(p.path.split(/[.[]/)[0] ?? '')).map((p) => p.message);

/**
 * Edit a rule in a form. The rule's examples run live as you type (the same engine the content
 * script runs), and the worker checks the rule as Save would (patterns that compile, regexes that cannot
 * backtrack catastrophically).
 */
export function RuleEditor({
  initial,
  editingId,
  layers,
  readOnly,
  checkRule,
  onSave,
  onCancel,
  opened: openedAt = null,
  pristine = initial,
  initialLayer,
  onChange,
}: RuleEditorProps) {
  const [form, setForm] = useState(initial);
  const [base, setBase] = useState(pristine);
  const [opened, setOpened] = useState<Rule | null>(openedAt);
  const [layer, setLayer] = useState<EditableLayer>(
    initialLayer && layers.includes(initialLayer) ? initialLayer : (layers[0] ?? 'personal'),
  );
  const [saveProblems, setSaveProblems] = useState<Problem[]>([]);
  const [conflict, setConflict] = useState<{ current: Rule | null; mine: Rule } | null>(null);
  const [asking, setAsking] = useState(false);
  const [saving, setSaving] = useState(false);
  const keepEditing = useRef<HTMLButtonElement>(null);
  const dirty = !sameForm(form, base);
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
  useEffect(() => {
    onChange?.({ form, layer, rule: built.ok ? built.rule : undefined, dirty: !sameForm(form, base) });
  }, [form, layer, built, base, onChange]);
  useEffect(() => {
    if (asking) keepEditing.current?.focus();
  }, [asking]);

  /** Leave the editor; with unsaved changes, ask first. */
  const leave = () => {
    if (dirty && readOnly === null) setAsking(true);
    else onCancel();
  };

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
      const answer = await onSave(layer, outcome.rule, editingId, opened);
      setSaveProblems(answer.problems);
      setConflict(answer.conflict ? { current: answer.conflict.current, mine: outcome.rule } : null);
    } catch (error) {
      setSaveProblems([{ path: '', message: (error as Error).message }]);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="rule-editor"
      aria-label={editingId ? t('options_editRuleLabel', { id: editingId }) : t('options_newRule')}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        if (asking) setAsking(false);
        else leave();
      }}
    >
      <h2>{editingId ? t('options_editRule', { id: editingId }) : t('options_newRule')}</h2>
      {readOnly && (
        <p className="notice" role="note">
          {readOnly}
        </p>
      )}
      <div className="grid">
        {field('id', t('options_ruleId'), { hint: t('options_ruleIdHint') })}
        <Select
          name="kind"
          label={t('options_kind')}
          value={form.kind}
          options={KIND_OPTIONS}
          onChange={set('kind')}
          disabled={readOnly !== null}
        />
        {field('category', t('options_category'), { hint: t('options_categoryHint') })}
        <Select
          name="severity"
          label={t('options_severity')}
          value={form.severity}
          options={SEVERITIES}
          onChange={set('severity')}
          disabled={readOnly !== null}
        />
      </div>
      {field('message', t('options_ruleMessage'), { hint: t('options_ruleMessageHint') })}

      {kindFields()}

      {field('bad', t('options_badExamples'), {
        multiline: true,
        hint: t('options_badExamplesHint'),
      })}
      {field('good', t('options_goodExamples'), { multiline: true })}
      {field('note', t('options_ruleNote'), { multiline: true, rows: 2 })}

      <ExampleResults results={live.results} />
      <ProblemList problems={saveProblems} title={t('options_thisRuleCannotBe')} />
      {conflict && (
        <ConflictView
          conflict={conflict}
          onKeepMine={() => {
            // Save over the other tab's version: it becomes the version this edit started from.
            setOpened(conflict.current);
            setConflict(null);
            setSaveProblems([{ path: '', message: t('options_pressSaveAgain') }]);
          }}
          onUseTheirs={() => {
            const theirs = conflict.current;
            if (theirs) {
              const next = ruleToForm(theirs);
              setForm(next);
              setBase(next);
            }
            setOpened(theirs);
            setConflict(null);
            setSaveProblems([]);
          }}
        />
      )}
      {asking && (
        <div className="confirm" role="alertdialog" aria-labelledby="discard-title" aria-describedby="discard-text">
          <p id="discard-title">
            <strong>{t('options_discardYourUnsavedChanges')}</strong>
          </p>
          <p id="discard-text">{t('options_notSaved', { id: form.id })}</p>
          <div className="row">
            <button type="button" ref={keepEditing} className="primary" onClick={() => setAsking(false)}>
              {t('options_keepEditing')}
            </button>
            <button type="button" className="danger" onClick={onCancel}>
              {t('options_discardChanges')}
            </button>
          </div>
        </div>
      )}

      {readOnly === null && (
        <div className="actions">
          {layers.length > 1 ? (
            <Select
              name="layer"
              label={t('options_saveTo')}
              value={layer}
              options={layers.map((l) => ({ value: l, label: LAYER_NAMES[l] }))}
              onChange={setLayer}
            />
          ) : null}
          {layer === 'team' && (
            <label className="check">
              <input type="checkbox" checked={form.locked} onChange={(e) => set('locked')(e.target.checked)} />{' '}
              {t('options_lockedCheckbox')}
            </label>
          )}
          <button type="submit" className="primary" disabled={saving}>
            {saving ? t('options_saving') : t('options_saveRule')}
          </button>
          <button type="button" onClick={leave}>
            {t('options_cancel')}
          </button>
          {dirty && <span className="muted">{t('options_unsavedChangesKeptIf')}</span>}
        </div>
      )}
      {readOnly !== null && (
        <div className="actions">
          <button type="button" onClick={onCancel}>
            {t('options_close')}
          </button>
        </div>
      )}
    </form>
  );
}

const FIELD_ORDER = ['message', 'patterns', 'regex', 'replacements', 'severity', 'category', 'examples', 'note'];

/** The other tab's version beside yours, field by field where they differ, and a choice of which to keep. */
function ConflictView({
  conflict,
  onKeepMine,
  onUseTheirs,
}: {
  conflict: { current: Rule | null; mine: Rule };
  onKeepMine: () => void;
  onUseTheirs: () => void;
}) {
  const theirs = (conflict.current ?? {}) as Record<string, unknown>;
  const mine = conflict.mine as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(theirs), ...Object.keys(mine)])]
    .filter((k) => JSON.stringify(theirs[k]) !== JSON.stringify(mine[k]))
    .sort((a, b) => {
      const rank = (k: string) => (FIELD_ORDER.indexOf(k) === -1 ? 99 : FIELD_ORDER.indexOf(k));
      return rank(a) - rank(b);
    });
  const show = (v: unknown) => (v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));
  return (
    <section className="conflict" aria-label={t('options_twoVersionsOfThis')} data-testid="conflict">
      <table>
        <caption>{t('options_changedSinceYouOpened')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('options_field')}</th>
            <th scope="col">{conflict.current ? t('options_savedMeanwhile') : t('options_savedMeanwhileDeleted')}</th>
            <th scope="col">{t('options_yours')}</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => (
            <tr key={k}>
              <th scope="row">{k}</th>
              <td data-testid="conflict-theirs">{conflict.current ? show(theirs[k]) : '—'}</td>
              <td data-testid="conflict-mine">{show(mine[k])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="row">
        <button type="button" onClick={onKeepMine}>
          {t('options_keepMine')}
        </button>
        {conflict.current && (
          <button type="button" onClick={onUseTheirs}>
            {t('options_useTheSavedVersion')}
          </button>
        )}
      </div>
    </section>
  );
}
