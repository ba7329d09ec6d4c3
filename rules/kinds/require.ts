import { z } from 'zod';
import { covers, ruleLanguage, SIGNALS_LANGUAGE } from '../text/language.ts';
import { GREETING, SIGN_OFF } from '../text/letter-lines.ts';
import type { Span } from '../text/sentences.ts';
import type { Signals } from '../types.ts';
import { baseRule, LIMITS, shortText } from './base.ts';
import { defineKind, linesInput, selectInput } from './define.ts';
import type { RuleMatch } from './match.ts';

export const signalNameSchema = z.enum(['apology', 'nextStep']);

/** A signal that must be present in the reply, always or when the customer reports a problem. */
export const requireRuleSchema = z.object({
  ...baseRule,
  kind: z.literal('require'),
  signal: signalNameSchema,
  when: z.enum(['always', 'customerProblem']),
  /**
   * When the rule stays quiet even though the signal is missing: 'customerNeedsNothing' (the default) when the
   * customer only thanks, compliments, jokes or confirms it works; 'never' to require the signal there too.
   */
  unless: z.enum(['customerNeedsNothing', 'never']).optional(),
  /** Where a suggested sentence goes: after the greeting, or before the sign-off. */
  position: z.enum(['start', 'end']),
  suggestions: z.array(shortText(300)).min(1).max(LIMITS.maxReplacements),
});

export const requireKind = defineKind({
  kind: 'require',
  label: 'Require an apology or next step',
  schema: requireRuleSchema,
  fields: {
    signal: {
      engine: 'copy',
      form: selectInput(
        'What the reply needs',
        [
          { value: 'apology', label: 'An apology' },
          { value: 'nextStep', label: 'A next step' },
        ],
        'apology',
      ),
    },
    when: {
      engine: 'copy',
      form: selectInput(
        'When',
        [
          { value: 'customerProblem', label: 'When the customer reports a problem' },
          { value: 'always', label: 'Always' },
        ],
        'customerProblem',
      ),
    },
    unless: {
      engine: 'copy',
      form: {
        ...selectInput(
          'Stay quiet',
          [
            { value: 'customerNeedsNothing', label: 'When the customer only thanks or confirms it works' },
            { value: 'never', label: 'Never' },
          ],
          'customerNeedsNothing',
        ),
        toForm: (value) => value ?? 'customerNeedsNothing',
      },
    },
    position: {
      engine: 'copy',
      form: selectInput(
        'Suggest it',
        [
          { value: 'start', label: 'After the greeting' },
          { value: 'end', label: 'Before the sign-off' },
        ],
        'start',
      ),
    },
    suggestions: { engine: 'copy', shown: (v) => v, form: linesInput('Sentences to suggest (one per line)') },
  },
  compile: () => ({}),
  match: (rule, ruleIndex, { text, sentences, signals, languages }) =>
    // A missing signal is judged only in a reply both the rule and the signal detectors read: a Hebrew reply that
    // apologises in Hebrew is not missing an apology.
    covers(ruleLanguage(rule), languages.reply) && covers(SIGNALS_LANGUAGE, languages.reply)
      ? findRequireMatches(rule, ruleIndex, text, sentences, signals)
      : [],
});

type RequireRule = Pick<z.output<typeof requireRuleSchema>, 'signal' | 'when' | 'unless' | 'position' | 'suggestions'>;

/** A line that is only a name or a team ("Jo", "Sam Lee", "The Acme Support Team"): every word capitalised. */
const NAME_LINE = /^(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:&|of|and|\p{Lu}[\p{L}'’.-]*)){0,4}$/iu;
const isNameLine = (line: string): boolean =>
  NAME_LINE.test(line) && line.split(/\s+/).every((w) => /^(?:&|of|and|the|The|\p{Lu}.*)$/u.test(w));

/**
 * `require` rules: a signal that must be present, always or when the customer reports a problem.
 * A missing signal becomes an insertion: an apology goes after the greeting, a next step before the
 * sign-off, so one click puts the suggested sentence where a careful writer would.
 */
export function findRequireMatches(
  rule: RequireRule,
  ruleIndex: number,
  text: string,
  sentences: Span[],
  signals: Signals,
): RuleMatch[] {
  if (sentences.length === 0) return [];
  if (rule.when === 'customerProblem' && signals.customerProblem !== true) return [];
  if (signals[rule.signal]) return [];
  if (rule.unless !== 'never' && signals.customerNeedsNothing) return [];
  const at = rule.position === 'start' ? afterGreeting(text, sentences) : beforeSignOff(text, sentences);
  return [
    {
      ruleIndex,
      start: at.offset,
      end: at.offset,
      replacements: rule.suggestions.map((s) => at.before + s + at.after),
      insertion: true,
    },
  ];
}

interface InsertionPoint {
  offset: number;
  before: string;
  after: string;
}

const lineOf = (text: string, s: Span): string => text.slice(s.start, s.end);
const startsLine = (text: string, offset: number): boolean =>
  offset === 0 || text[offset - 1] === '\n' || text[offset - 1] === '\r';

function afterGreeting(text: string, sentences: Span[]): InsertionPoint {
  const first = sentences[0] as Span;
  const greets = GREETING.test(lineOf(text, first)) && startsLine(text, first.start);
  const next = greets ? sentences[1] : first;
  if (!next) return { offset: first.end, before: '\n\n', after: '' };
  // The apology becomes the first sentence of the body, followed by what the agent wrote.
  return { offset: next.start, before: '', after: ' ' };
}

function beforeSignOff(text: string, sentences: Span[]): InsertionPoint {
  let signOff = -1;
  // The sign-off block: up to three closing lines, each a sign-off ("Regards,", "With regards,", "Warm wishes,") or a
  // name or team line ("Jo", "The Acme Support Team"), found from the end. A last sentence that is a sign-off on the
  // same line as the text ("… today. Best wishes, Jo") counts too.
  for (let i = sentences.length - 1; i >= Math.max(1, sentences.length - 3); i--) {
    const s = sentences[i] as Span;
    const line = lineOf(text, s).trim();
    const closing = SIGN_OFF.test(line) || isNameLine(line);
    if (closing && (startsLine(text, s.start) || (i === sentences.length - 1 && SIGN_OFF.test(line)))) signOff = i;
    else break;
  }
  // A block of name lines only counts when it sits on its own lines after the text.
  if (signOff > 0 && !sentences.slice(signOff).some((s) => SIGN_OFF.test(lineOf(text, s).trim()))) {
    const first = sentences[signOff] as Span;
    if (!/\n\s*\n\s*$|\n\s*$/.test(text.slice(0, first.start))) signOff = -1;
  }
  const lastContent = signOff > 0 ? (sentences[signOff - 1] as Span) : (sentences[sentences.length - 1] as Span);
  if (signOff === 0) return { offset: (sentences[0] as Span).start, before: '', after: '\n\n' };
  return { offset: lastContent.end, before: ' ', after: '' };
}
