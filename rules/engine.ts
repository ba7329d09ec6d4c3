import type { MatchInput } from './kinds/define.ts';
import type { RuleMatch } from './kinds/match.ts';
import { findPhraseMatches } from './kinds/phrases.ts';
import type { PreparedRulebook } from './prepare.ts';
import { detectApology } from './signals/apology.ts';
import { detectCustomerNeedsNothing, detectCustomerProblem } from './signals/customer-problem.ts';
import { detectNextStep } from './signals/next-step.ts';
import {
  covers,
  guessLanguage,
  type LanguageGuess,
  resolveLanguages,
  ruleLanguage,
  SIGNALS_LANGUAGE,
} from './text/language.ts';
import { maskQuotesAndSignatures } from './text/mask.ts';
import { partitionPoint } from './text/search.ts';
import { type Span, sentenceAt, splitSentences } from './text/sentences.ts';
import type { CheckContext, CheckResult, Finding, Severity, Signals } from './types.ts';

/**
 * check(text, rulebook, context) → findings and signals. Pure: the same input always gives the same
 * output, and nothing here knows about pages, editors or storage.
 */
export function check(text: string, book: PreparedRulebook, context: CheckContext = {}): CheckResult {
  const masked = maskQuotesAndSignatures(text).text;
  const sentences = splitSentences(masked);
  return checkSentences(masked, sentences, book, context, findPhraseMatches(masked, book, sentences));
}

/**
 * The rest of a check once the phrase matches are known: signals, the other kinds' matches, overlaps. Phrase
 * matching is ~90 % of a check and depends on each sentence alone, so an incremental checker (incremental.ts)
 * can find it sentence by sentence, cache it and spread it over frames, then finish here.
 */
export function checkSentences(
  masked: string,
  sentences: Span[],
  book: PreparedRulebook,
  context: CheckContext,
  phraseMatches: RuleMatch[],
  guesses?: readonly LanguageGuess[],
): CheckResult {
  const sentenceTexts = sentences.map((s) => masked.slice(s.start, s.end));
  const languages = resolveLanguages(guesses ?? sentenceTexts.map(guessLanguage));
  // The signal detectors read English: a Hebrew sentence neither apologises nor promises anything to them.
  const signalTexts = sentenceTexts.filter((_, i) => covers(SIGNALS_LANGUAGE, languages.sentences[i] as string));
  const customer = context.customer === undefined ? undefined : readCustomer(context.customer);
  const signals: Signals = {
    apology: detectApology(signalTexts),
    nextStep: detectNextStep(signalTexts),
    customerProblem: detectCustomerProblem(customer, signalTexts),
    customerNeedsNothing: detectCustomerNeedsNothing(customer, signalTexts),
  };

  const matches: RuleMatch[] = phraseMatches.filter((m) => {
    const at = partitionPoint(sentences, (s) => s.end <= m.start);
    return covers(ruleLanguage(book.rules[m.ruleIndex]?.rule), languages.sentences[at] ?? languages.reply);
  });
  // Kinds that are not matched by phrase (require, limit) find their own matches, now that the signals are known.
  const input: MatchInput = { text: masked, sentences, signals, languages };
  book.rules.forEach(({ rule, match }, i) => {
    if (match) matches.push(...match(rule, i, input));
  });

  const findings = dropOverlaps(matches, book).map((m) => stamp(m, book, masked, sentences));
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { findings, signals };
}

/**
 * The customer's message, as far as the problem detector reads it. A page may hand over a whole thread (tens of
 * thousands of characters); what the customer reports is in its opening part, and reading all of it would cost
 * ~150 ms on every first check.
 */
const CUSTOMER_CHARS_READ = 8_000;
const readCustomer = (message: string): string => maskQuotesAndSignatures(message.slice(0, CUSTOMER_CHARS_READ)).text;

const SEVERITY_RANK: Record<Severity, number> = { hint: 0, warning: 1, error: 2 };

/**
 * Where matches of the same category overlap, keep one: the more severe, then the longer, then the
 * earlier rule. A reply should never show two cards for the same words. Insertions and whole-reply findings are
 * not about particular words, so they never hide a phrase; an insertion is kept once per rule.
 */
function dropOverlaps(matches: RuleMatch[], book: PreparedRulebook): RuleMatch[] {
  const ranked = matches.map((m) => {
    const rule = book.rules[m.ruleIndex]?.rule;
    return { m, severity: rule ? SEVERITY_RANK[rule.severity] : 0, category: rule?.category ?? '' };
  });
  ranked.sort(
    (a, b) =>
      b.severity - a.severity ||
      b.m.end - b.m.start - (a.m.end - a.m.start) ||
      a.m.ruleIndex - b.m.ruleIndex ||
      a.m.start - b.m.start,
  );
  // Kept word spans per category, sorted by start; they never overlap one another, so the neighbours of a new
  // span's place are the only ones it can overlap.
  const spans = new Map<string, RuleMatch[]>();
  const insertedRules = new Set<number>();
  const kept: RuleMatch[] = [];
  for (const { m, category } of ranked) {
    if (m.insertion) {
      if (insertedRules.has(m.ruleIndex)) continue;
      insertedRules.add(m.ruleIndex);
    } else if (!m.scope) {
      const list = spans.get(category) ?? [];
      spans.set(category, list);
      const at = partitionPoint(list, (k) => k.start < m.start);
      const before = list[at - 1];
      const after = list[at];
      if ((before && before.end > m.start) || (after && after.start < m.end)) continue;
      list.splice(at, 0, m);
    }
    kept.push(m);
  }
  return kept;
}

function stamp(m: RuleMatch, book: PreparedRulebook, text: string, sentences: Span[]): Finding {
  const rule = book.rules[m.ruleIndex]?.rule;
  if (!rule) throw new Error(`no rule at index ${m.ruleIndex}`);
  const finding: Finding = {
    ruleId: rule.id,
    category: rule.category,
    severity: rule.severity,
    start: m.start,
    end: m.end,
    message: rule.message,
    replacements: m.insertion ? m.replacements : fitReplacements(m, text, sentences),
  };
  if (m.scope) finding.scope = m.scope;
  if (rule.note) finding.note = rule.note;
  if (rule.url) finding.url = rule.url;
  return finding;
}

/** A rewrite takes the capitalisation its place needs: capital at a sentence start, lower case inside. */
function fitReplacements(m: RuleMatch, text: string, sentences: Span[]): string[] {
  const sentence = sentenceAt(sentences, m.start);
  const atSentenceStart = sentence ? /^[\s"'“‘(]*$/.test(text.slice(sentence.start, m.start)) : m.start === 0;
  const original = text.slice(m.start, m.end);
  const shouting = original.length > 3 && original === original.toUpperCase() && /\p{L}/u.test(original);
  return m.replacements.map((r) => {
    if (shouting || r.length === 0) return r;
    const first = r[0] as string;
    if (atSentenceStart) return first.toUpperCase() + r.slice(1);
    // Keep "I", acronyms and names as written: only a lone capital followed by lower case is lowered.
    if (/^I\b/.test(r) || /^\p{Lu}{2}/u.test(r)) return r;
    return first.toLowerCase() + r.slice(1);
  });
}
