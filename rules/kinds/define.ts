import type { z } from 'zod';
import type { TextLanguages } from '../text/language.ts';
import type { Span } from '../text/sentences.ts';
import type { Problem, Signals } from '../types.ts';
import type { BASE_FIELDS, BaseRule } from './base.ts';
import type { RuleMatch } from './match.ts';

/**
 * What a rule kind is made of. Each kind (`avoid`, `replace`, `require`, `limit`) is one module in this folder that
 * owns its zod schema, a table saying what every one of its fields is (shown text? a pattern? does the engine need
 * it? how does the options form edit it?), its compile step and its matching. `index.ts` registers the list; the
 * schema, compiler, engine, validation, options form and search all read it, so nothing lists a kind's fields by
 * hand. The field table is a mapped type over the schema's fields: a field added to a schema without an entry is a
 * compile error in that kind's module, and the entry makes every reader handle it.
 */

/** How the engine gets a field: carried as is ('copy'), turned into something it runs by the kind's `compile`, or never. */
export type EngineUse = 'copy' | 'compile' | 'none';

/** How the options form edits one field. Form values are strings; zod checks what `fromForm` gives back. */
export interface FormInput<V> {
  label: string;
  hint?: string;
  /** 'lines': a text area, one entry per line; 'text': one line; options: a drop-down. */
  input: 'lines' | 'text' | { options: readonly { value: string; label: string }[] };
  rows?: number;
  /** What a new rule of this kind starts with. */
  initial: string;
  toForm(value: V): string;
  /** The field's value for the rule, or undefined to leave it out. */
  fromForm(text: string): unknown;
}

export interface FieldSpec<V, E extends EngineUse = EngineUse> {
  /** Text the agent is shown (messages, rewrites, suggestions): never markup, searched in the options list. */
  shown?: (value: NonNullable<V>) => string | readonly string[];
  /** What the rule looks for (phrase patterns, regexes): searched in the options list. */
  patterns?: (value: NonNullable<V>) => readonly string[];
  /** JavaScript regular expressions written by an author: proved safe by recheck before they are stored. */
  regex?: true;
  engine: E;
  /**
   * How the options form edits it; 'own' for the common fields the form lays out itself (rule-form.ts must then
   * handle it, which its own table enforces); 'kept' for no input: carried through an edit unchanged.
   */
  form: FormInput<V> | 'own' | 'kept';
}

/** A field's spec as readers that walk every field see it (they hand each function the field's own value). */
export interface AnyFieldSpec {
  // biome-ignore lint/suspicious/noExplicitAny: the value is the field's own, read from the rule by its key
  shown?: (value: any) => string | readonly string[];
  // biome-ignore lint/suspicious/noExplicitAny: as above
  patterns?: (value: any) => readonly string[];
  regex?: true;
  engine: EngineUse;
  // biome-ignore lint/suspicious/noExplicitAny: as above
  form: FormInput<any> | 'own' | 'kept';
}

/** One entry for every field of T: leaving a field out is a compile error. */
export type FieldTable<T> = { [F in keyof T]-?: FieldSpec<T[F]> };

type CopiedKeys<Table> = { [P in keyof Table]: Table[P] extends { engine: 'copy' } ? P : never }[keyof Table];
/** The fields a table marks 'copy': what the compiled rule carries unchanged. */
export type Copied<T, Table> = Pick<T, CopiedKeys<Table> & keyof T>;

/**
 * What every compiled rule carries: the common fields base.ts marks 'copy' (id, category, severity, message, note,
 * url), an example to copy taken from `examples` (compile.ts), and the language of the book it came from (a book's,
 * not a rule's field: absent in a rulebook compiled before languages were read, which were all English).
 */
export type CompiledBase = Copied<BaseRule, typeof BASE_FIELDS> & {
  /** The corrected text of the rule's first bad example that has one: shown to copy when no rewrite can be offered. */
  example?: string;
  language?: string;
};

/**
 * One pattern made ready to ship: a regex source with the first words it can start with. A compiled rulebook is plain
 * JSON, sent over messaging to content scripts, which only build RegExps from it.
 */
export interface CompiledMatcher {
  source: string;
  /** Lowercase first words a match can start with; null = may start anywhere (scan the whole text). */
  keys: string[] | null;
  /** Words one of which every match contains; when set, only sentences holding one are searched. */
  anchors?: string[];
  /** Rewrites for this matcher when they differ from the rule's (replace rules). */
  replacements?: string[];
}

/** What a kind that matches phrases compiles to: its matchers go into the engine's shared word index. */
export interface PhraseCompiled {
  matchers: CompiledMatcher[];
  exceptions: CompiledMatcher[];
  sentenceExceptions: CompiledMatcher[];
  replacements: string[];
}

/** What a kind that judges the reply as a whole (not by phrase) is given. */
export interface MatchInput {
  /** The reply with quotes and signatures masked. */
  text: string;
  sentences: Span[];
  signals: Signals;
  /** The reply's language and each sentence's: a rule judges only text in its own language. */
  languages: TextLanguages;
  /** The customer's message the reply answers, when the page or caller knows it. */
  customer?: string;
}

export type MatchFn<R> = (rule: R, ruleIndex: number, input: MatchInput) => RuleMatch[];

/** The fields of a kind's rule that are its own (not common to every rule, see base.ts). */
export type OwnFields<T> = Omit<T, keyof BaseRule | 'kind'>;

// biome-ignore lint/suspicious/noExplicitAny: any zod object shape is a valid kind schema
type AnyKindSchema = z.ZodObject<any>;

export interface RuleKindModule<
  K extends string = string,
  S extends AnyKindSchema = AnyKindSchema,
  F extends FieldTable<OwnFields<z.output<S>>> = FieldTable<OwnFields<z.output<S>>>,
  C extends object = object,
> {
  kind: K;
  /** Shown in the options form's kind drop-down. */
  label: string;
  schema: S;
  fields: F;
  /** The fields marked 'compile', made ready for the engine; problems carry JSON paths under `path`. */
  compile(rule: z.output<S>, path: string, problems: Problem[]): C;
  /**
   * 'phrases': the compiled matchers join the engine's shared word index (one pass over the reply for every phrase
   * rule); otherwise the function that finds this rule's matches once signals are known.
   */
  match: 'phrases' | MatchFn<CompiledBase & { kind: K } & Copied<z.output<S>, F> & C>;
  /** Problems the options form reports before the worker is asked (e.g. "add a phrase"). */
  formProblems?(rule: z.output<S>): Problem[];
}

/**
 * Declare a kind that finds its own matches (`match` is a function). The generics keep its exact field table so its
 * compiled shape can be derived.
 */
export function defineKind<
  const K extends string,
  S extends AnyKindSchema,
  const F extends FieldTable<OwnFields<z.output<S>>>,
  C extends object,
>(
  module: RuleKindModule<K, S, F, C> & {
    match: MatchFn<CompiledBase & { kind: K } & Copied<z.output<S>, F> & C>;
  },
): RuleKindModule<K, S, F, C> {
  return module;
}

/** Declare a kind matched by phrase: it must compile to matchers, which join the engine's shared word index. */
export function definePhraseKind<
  const K extends string,
  S extends AnyKindSchema,
  const F extends FieldTable<OwnFields<z.output<S>>>,
  C extends PhraseCompiled,
>(module: RuleKindModule<K, S, F, C> & { match: 'phrases' }): RuleKindModule<K, S, F, C> {
  return module;
}

/** The compiled rule a kind module produces. */
export type CompiledOf<M> =
  M extends RuleKindModule<infer K, infer S, infer F, infer C>
    ? CompiledBase & { kind: K } & Copied<z.output<S>, F> & C
    : never;

// Small builders for form inputs, so every list field reads and writes the same way.

export const toLines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** A list edited one entry per line; `optional` leaves the field out when the box is empty. */
export function linesInput(
  label: string,
  extra: { hint?: string; rows?: number; optional?: boolean } = {},
): FormInput<readonly string[] | undefined> {
  const { optional, ...rest } = extra;
  return {
    label,
    ...rest,
    input: 'lines',
    initial: '',
    toForm: (value) => (value ?? []).join('\n'),
    fromForm: (text) => (optional && toLines(text).length === 0 ? undefined : toLines(text)),
  };
}

/** A drop-down for an optional field: choosing `absent` leaves the field out of the rule (its default). */
export function optionalSelectInput<V extends string>(
  label: string,
  options: readonly { value: V; label: string }[],
  absent: V,
): FormInput<V | undefined> {
  return {
    label,
    input: { options },
    initial: absent,
    toForm: (value) => value ?? absent,
    fromForm: (text) => (text === absent ? undefined : text),
  };
}

/** A drop-down over the values of an enum field. */
export function selectInput<V extends string>(
  label: string,
  options: readonly { value: V; label: string }[],
  initial: V,
): FormInput<V> {
  return { label, input: { options }, initial, toForm: (value) => value, fromForm: (text) => text };
}
