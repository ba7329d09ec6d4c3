import { type Rule, ruleSchema } from '../../rules/schema.ts';
import type { Problem } from '../../rules/types.ts';

/**
 * The rule editor edits strings; this turns them into a Rule (through the same zod schema as an
 * imported file) and back. Lists are one entry per line. An example with a customer message is
 * written "reply || customer message"; a swap is written "from => to".
 */
export interface RuleForm {
  id: string;
  kind: Rule['kind'];
  category: string;
  severity: Rule['severity'];
  message: string;
  note: string;
  url: string;
  patterns: string;
  regex: string;
  exceptions: string;
  sentenceExceptions: string;
  replacements: string;
  swap: string;
  signal: 'apology' | 'nextStep';
  when: 'always' | 'customerProblem';
  position: 'start' | 'end';
  suggestions: string;
  measure: 'sentenceWords' | 'replyWords';
  max: string;
  bad: string;
  good: string;
  locked: boolean;
  /**
   * Fields of the edited rule that the form has no input for (`enabled`, `tags`, anything a later schema adds):
   * carried through unchanged, so editing a rule never drops them or switches a disabled rule back on.
   */
  kept: Record<string, unknown>;
}

/** Every rule field the form edits; the rest of a rule travels in `kept`. */
const FORM_FIELDS = new Set([
  'id',
  'kind',
  'category',
  'severity',
  'message',
  'note',
  'url',
  'locked',
  'examples',
  'patterns',
  'regex',
  'exceptions',
  'sentenceExceptions',
  'replacements',
  'swap',
  'signal',
  'when',
  'position',
  'suggestions',
  'measure',
  'max',
]);

const keptFields = (rule: Rule): Record<string, unknown> =>
  Object.fromEntries(Object.entries(rule).filter(([key]) => !FORM_FIELDS.has(key)));

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

const CUSTOMER_SEPARATOR = ' || ';

const toExamples = (text: string) =>
  lines(text).map((line) => {
    const at = line.indexOf(CUSTOMER_SEPARATOR.trim());
    if (at === -1) return line;
    const reply = line.slice(0, at).trim();
    const customer = line.slice(at + 2).trim();
    return customer ? { text: reply, customer } : reply;
  });

const fromExamples = (examples: Rule['examples']['bad']) =>
  examples
    .map((e) => (typeof e === 'string' ? e : e.customer ? `${e.text}${CUSTOMER_SEPARATOR}${e.customer}` : e.text))
    .join('\n');

export const emptyForm = (): RuleForm => ({
  id: 'my/new-rule',
  kind: 'avoid',
  category: 'blame',
  severity: 'warning',
  message: '',
  note: '',
  url: '',
  patterns: '',
  regex: '',
  exceptions: '',
  sentenceExceptions: '',
  replacements: '',
  swap: '',
  signal: 'apology',
  when: 'customerProblem',
  position: 'start',
  suggestions: '',
  measure: 'sentenceWords',
  max: '30',
  bad: '',
  good: '',
  locked: false,
  kept: {},
});

export function ruleToForm(rule: Rule): RuleForm {
  const form: RuleForm = {
    ...emptyForm(),
    id: rule.id,
    kind: rule.kind,
    category: rule.category,
    severity: rule.severity,
    message: rule.message,
    note: rule.note ?? '',
    url: rule.url ?? '',
    bad: fromExamples(rule.examples.bad),
    good: fromExamples(rule.examples.good),
    locked: rule.locked ?? false,
    kept: keptFields(rule),
  };
  switch (rule.kind) {
    case 'avoid':
      return {
        ...form,
        patterns: rule.patterns.join('\n'),
        regex: (rule.regex ?? []).join('\n'),
        exceptions: (rule.exceptions ?? []).join('\n'),
        sentenceExceptions: (rule.sentenceExceptions ?? []).join('\n'),
        replacements: rule.replacements.join('\n'),
      };
    case 'replace':
      return {
        ...form,
        swap: Object.entries(rule.swap)
          .map(([from, to]) => `${from} => ${to}`)
          .join('\n'),
      };
    case 'require':
      return {
        ...form,
        signal: rule.signal,
        when: rule.when,
        position: rule.position,
        suggestions: rule.suggestions.join('\n'),
      };
    case 'limit':
      return { ...form, measure: rule.measure, max: String(rule.max) };
  }
}

const formatPath = (path: readonly PropertyKey[]) =>
  path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );

/** Build the rule the form describes; problems name the form field (its JSON path). */
export function formToRule(form: RuleForm): { ok: true; rule: Rule } | { ok: false; problems: Problem[] } {
  const base = {
    ...form.kept,
    id: form.id.trim(),
    kind: form.kind,
    category: form.category.trim(),
    severity: form.severity,
    message: form.message,
    ...(form.note.trim() ? { note: form.note.trim() } : {}),
    ...(form.url.trim() ? { url: form.url.trim() } : {}),
    ...(form.locked ? { locked: true } : {}),
    examples: { bad: toExamples(form.bad), good: toExamples(form.good) },
  };
  const optionalList = (text: string) => (lines(text).length ? lines(text) : undefined);
  let raw: Record<string, unknown>;
  switch (form.kind) {
    case 'avoid':
      raw = {
        ...base,
        patterns: lines(form.patterns),
        ...(optionalList(form.regex) ? { regex: lines(form.regex) } : {}),
        ...(optionalList(form.exceptions) ? { exceptions: lines(form.exceptions) } : {}),
        ...(optionalList(form.sentenceExceptions) ? { sentenceExceptions: lines(form.sentenceExceptions) } : {}),
        replacements: lines(form.replacements),
      };
      break;
    case 'replace': {
      // Built without a prototype so a "__proto__ => x" line cannot touch Object.prototype.
      const swap: Record<string, string> = Object.create(null);
      for (const line of lines(form.swap)) {
        const [from, ...rest] = line.split('=>');
        if (from?.trim()) swap[from.trim()] = rest.join('=>').trim();
      }
      raw = { ...base, swap: { ...swap } };
      break;
    }
    case 'require':
      raw = {
        ...base,
        signal: form.signal,
        when: form.when,
        position: form.position,
        suggestions: lines(form.suggestions),
      };
      break;
    case 'limit':
      raw = { ...base, measure: form.measure, max: Number(form.max) };
      break;
  }
  const parsed = ruleSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })) };
  }
  if (parsed.data.kind === 'avoid' && parsed.data.patterns.length === 0 && !parsed.data.regex?.length) {
    return {
      ok: false,
      problems: [{ path: 'patterns', message: 'add at least one phrase (or regular expression) to look for' }],
    };
  }
  return { ok: true, rule: parsed.data };
}
