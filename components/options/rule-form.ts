import type { BASE_FIELDS } from '../../rules/kinds/base.ts';
import type { AnyFieldSpec, FormInput } from '../../rules/kinds/define.ts';
import { type KindModule, kindOf, RULE_KINDS } from '../../rules/kinds/index.ts';
import { type Rule, ruleSchema } from '../../rules/schema.ts';
import type { Problem } from '../../rules/types.ts';

/**
 * The rule editor edits strings; this turns them into a Rule (through the same zod schema as an
 * imported file) and back. Lists are one entry per line. An example with a customer message is
 * written "reply || customer message"; a swap is written "from => to".
 *
 * Nothing here lists a kind's fields: each kind module's field table (rules/kinds/) says how the form edits each of
 * its fields, and the common fields are mapped by BASE_FORM below, which must name every common field the table
 * marks 'own'. A field marked 'kept' (and anything a later schema adds) travels through an edit unchanged.
 */
interface BaseForm {
  id: string;
  kind: Rule['kind'];
  category: string;
  severity: Rule['severity'];
  message: string;
  note: string;
  url: string;
  bad: string;
  good: string;
  locked: boolean;
}

/** Every field some kind's table gives a form input (patterns, swap, signal, max…). */
type KindFormKey = {
  [M in KindModule as M['kind']]: {
    [F in keyof M['fields']]: M['fields'][F] extends { form: { label: string } } ? F : never;
  }[keyof M['fields']];
}[Rule['kind']] &
  string;

export type RuleForm = BaseForm & { [F in KindFormKey]: string } & {
  /**
   * Fields of the edited rule that the form has no input for (`enabled`, `tags`, anything a later schema adds):
   * carried through unchanged, so editing a rule never drops them or switches a disabled rule back on.
   */
  kept: Record<string, unknown>;
};

type OwnBaseKey = {
  [F in keyof typeof BASE_FIELDS]: (typeof BASE_FIELDS)[F]['form'] extends 'own' ? F : never;
}[keyof typeof BASE_FIELDS];

const CUSTOMER_SEPARATOR = ' || ';

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

// A bad example's text after the first rewrite is written "reply => fixed text".
const FIXED_SEPARATOR = ' => ';

const toExamples = (text: string) =>
  lines(text).map((line) => {
    const at = line.indexOf(CUSTOMER_SEPARATOR.trim());
    const head = at === -1 ? line : line.slice(0, at).trim();
    const customer = at === -1 ? '' : line.slice(at + 2).trim();
    const arrow = head.indexOf(FIXED_SEPARATOR.trim());
    const reply = arrow === -1 ? head : head.slice(0, arrow).trim();
    const fixed = arrow === -1 ? undefined : head.slice(arrow + 2).trim();
    if (!customer && fixed === undefined) return reply;
    return { text: reply, ...(customer ? { customer } : {}), ...(fixed === undefined ? {} : { fixed }) };
  });

const fromExamples = (examples: Rule['examples']['bad']) =>
  examples
    .map((e) => {
      if (typeof e === 'string') return e;
      const fixed = e.fixed === undefined ? '' : `${FIXED_SEPARATOR}${e.fixed}`;
      return e.customer ? `${e.text}${fixed}${CUSTOMER_SEPARATOR}${e.customer}` : `${e.text}${fixed}`;
    })
    .join('\n');

/** How the form edits each common field the table marks 'own'; a missing entry is a compile error. */
const BASE_FORM: {
  [F in OwnBaseKey]: { toForm(rule: Rule): Partial<BaseForm>; fromForm(form: BaseForm): Partial<Record<F, unknown>> };
} = {
  id: { toForm: (r) => ({ id: r.id }), fromForm: (f) => ({ id: f.id.trim() }) },
  category: { toForm: (r) => ({ category: r.category }), fromForm: (f) => ({ category: f.category.trim() }) },
  severity: { toForm: (r) => ({ severity: r.severity }), fromForm: (f) => ({ severity: f.severity }) },
  message: { toForm: (r) => ({ message: r.message }), fromForm: (f) => ({ message: f.message }) },
  note: { toForm: (r) => ({ note: r.note ?? '' }), fromForm: (f) => (f.note.trim() ? { note: f.note.trim() } : {}) },
  url: { toForm: (r) => ({ url: r.url ?? '' }), fromForm: (f) => (f.url.trim() ? { url: f.url.trim() } : {}) },
  locked: { toForm: (r) => ({ locked: r.locked ?? false }), fromForm: (f) => (f.locked ? { locked: true } : {}) },
  examples: {
    toForm: (r) => ({ bad: fromExamples(r.examples.bad), good: fromExamples(r.examples.good) }),
    fromForm: (f) => ({ examples: { bad: toExamples(f.bad), good: toExamples(f.good) } }),
  },
};

// biome-ignore lint/suspicious/noExplicitAny: each input is handed its own field's value
type AnyInput = FormInput<any>;

/** A kind's fields that have a form input, in its table's order (the order the form shows them). */
export function formInputs(kind: Rule['kind']): [KindFormKey, AnyInput][] {
  return Object.entries(kindOf(kind).fields as Record<string, AnyFieldSpec>).flatMap(([key, spec]) =>
    typeof spec.form === 'object' ? [[key as KindFormKey, spec.form]] : [],
  );
}

/** Every rule field the form edits, whatever the kind; the rest of a rule travels in `kept`. */
const FORM_FIELDS = new Set<string>([
  'kind',
  ...Object.keys(BASE_FORM),
  ...RULE_KINDS.flatMap((m) => formInputs(m.kind).map(([key]) => key)),
]);

const keptFields = (rule: Rule): Record<string, unknown> =>
  Object.fromEntries(Object.entries(rule).filter(([key]) => !FORM_FIELDS.has(key)));

/** The kinds for the form's drop-down, in the registry's order. */
export const KIND_OPTIONS = RULE_KINDS.map((m) => ({ value: m.kind, label: m.label }));

export const emptyForm = (): RuleForm => {
  const form: Record<string, unknown> = {
    id: 'my/new-rule',
    kind: 'avoid',
    category: 'blame',
    severity: 'warning',
    message: '',
    note: '',
    url: '',
    bad: '',
    good: '',
    locked: false,
    kept: {},
  };
  for (const m of RULE_KINDS) for (const [key, input] of formInputs(m.kind)) form[key] = input.initial;
  return form as unknown as RuleForm;
};

export function ruleToForm(rule: Rule): RuleForm {
  const form: Record<string, unknown> = { ...emptyForm(), kind: rule.kind };
  for (const field of Object.values(BASE_FORM)) Object.assign(form, field.toForm(rule));
  for (const [key, input] of formInputs(rule.kind)) form[key] = input.toForm((rule as Record<string, unknown>)[key]);
  form.kept = keptFields(rule);
  return form as unknown as RuleForm;
}

const formatPath = (path: readonly PropertyKey[]) =>
  path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );

/** Build the rule the form describes; problems name the form field (its JSON path). */
export function formToRule(form: RuleForm): { ok: true; rule: Rule } | { ok: false; problems: Problem[] } {
  const raw: Record<string, unknown> = { ...form.kept, kind: form.kind };
  for (const field of Object.values(BASE_FORM)) Object.assign(raw, field.fromForm(form));
  for (const [key, input] of formInputs(form.kind)) {
    const value = input.fromForm(form[key]);
    if (value !== undefined) raw[key] = value;
  }
  const parsed = ruleSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) };
  }
  const problems = kindOf(parsed.data.kind).formProblems?.(parsed.data) ?? [];
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, rule: parsed.data };
}
