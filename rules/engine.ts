import type { MatchInput } from './kinds/define.ts';
import type { RuleMatch } from './kinds/match.ts';
import { findPhraseMatches } from './kinds/phrases.ts';
import type { PreparedRulebook } from './prepare.ts';
import { buildRewrites } from './rewrite/build.ts';
import type { BlameHit } from './rewrite/guard.ts';
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

  const kept = dropOverlaps(matches, book);
  const findings = withdrawClashes(
    kept.map((m) => stamp(m, book, masked, sentences)),
    kept,
    book,
  );
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
    replacements: m.insertion ? m.replacements : [],
  };
  if (m.scope) finding.scope = m.scope;
  if (rule.note) finding.note = rule.note;
  if (rule.url) finding.url = rule.url;
  if (!m.insertion) offerRewrites(finding, m, book, text, sentences);
  if (finding.replacements.length === 0 && !m.insertion && rule.example) finding.example = rule.example;
  return finding;
}

/**
 * A rewrite may reach beyond its finding's words, to the comma or the sentence it changes (`edit`). Where that range
 * overlaps another finding of the same category, the two rewrites would fight over the same words: the wider one is
 * withdrawn to advice.
 */
function withdrawClashes(findings: Finding[], matches: RuleMatch[], book: PreparedRulebook): Finding[] {
  findings.forEach((f, i) => {
    const m = matches[i] as RuleMatch;
    const edit = f.edit;
    if (!f.preview || !edit) return;
    const clash = findings.some((g) => {
      const other = g.edit ?? g;
      return g !== f && !g.scope && g.category === f.category && other.start < edit.end && edit.start < other.end;
    });
    if (!clash) return;
    delete f.edit;
    f.replacements = [];
    delete f.preview;
    if (f.guard) f.guard.problems.push('overlaps another finding');
    const example = book.rules[m.ruleIndex]?.rule.example;
    if (example) f.example = example;
  });
  return findings;
}

const MAX_REWRITE_SENTENCE = 600;

/**
 * The blame matches in a rewritten sentence, for the guard. With `looksAhead`, a match counts as fixable only when its
 * own first rewrite, applied to that sentence, leaves it clean: the agent's second click must finish the sentence,
 * not start another half-fix. One step ahead only, so a sentence is guarded in bounded time.
 */
function blameFinder(book: PreparedRulebook, ruleIndex: number, looksAhead: boolean) {
  return (rewritten: string): BlameHit[] => {
    // The same rewritten sentence comes back on every keystroke (rewrites are built outside the sentence cache), so
    // what it holds is remembered per rulebook; the memory is dropped whole when it grows past a reply's worth.
    let memo = BLAME_MEMO.get(book);
    if (!memo || memo.size > MAX_BLAME_MEMO) {
      memo = new Map();
      BLAME_MEMO.set(book, memo);
    }
    const key = `${ruleIndex}\u0000${looksAhead ? 1 : 0}\u0000${rewritten}`;
    const known = memo.get(key);
    if (known) return known;
    const blame = findPhraseMatches(rewritten, book, splitSentences(rewritten)).filter(
      (hit) => hit.ruleIndex === ruleIndex || book.rules[hit.ruleIndex]?.rule.category === 'blame',
    );
    // Overlapping matches are resolved as the reply's findings are: the agent sees one card for the words, so only
    // that card's rewrite decides whether a second click can finish the sentence.
    const hits = dropOverlaps(blame, book).flatMap((hit): BlameHit[] => {
      // Looked ahead only when the guard asks (blame where the rewrite wrote fails it first): most rewrites leave no
      // blame at all, and a look ahead re-reads the sentence.
      let fixable: boolean | undefined;
      return [
        {
          start: hit.start,
          end: hit.end,
          get fixable() {
            fixable ??= looksAhead && hit.replacements.length > 0 && secondClickCleans(book, hit, rewritten);
            return fixable;
          },
        },
      ];
    });
    memo.set(key, hits);
    return hits;
  };
}

const BLAME_MEMO = new WeakMap<PreparedRulebook, Map<string, BlameHit[]>>();
const MAX_BLAME_MEMO = 2000;

function secondClickCleans(book: PreparedRulebook, hit: RuleMatch, sentence: string): boolean {
  return buildRewrites({
    text: sentence,
    sentence: { start: 0, end: sentence.length },
    start: hit.start,
    end: hit.end,
    ...(hit.captures ? { captures: hit.captures } : {}),
    templates: hit.replacements.slice(0, 1),
    blameIn: blameFinder(book, hit.ruleIndex, false),
  }).firstPassed;
}

/**
 * The rule's rewrite templates, filled from the match, joined into the sentence and guarded (rules/rewrite/): only
 * rewrites that leave a sentence a careful writer would send are offered, and the finding covers what they change.
 */
function offerRewrites(finding: Finding, m: RuleMatch, book: PreparedRulebook, text: string, sentences: Span[]) {
  if (m.replacements.length === 0) return;
  const sentence = sentenceAt(sentences, m.start) ?? { start: m.start, end: m.end };
  // Guarding a rewrite re-reads its whole sentence. A run-on "sentence" (a pasted log, a paragraph with no full
  // stop) can hold hundreds of matches, and re-reading it for each would cost time with the square of its length;
  // nobody sends such a sentence as written, so it gets advice and an example instead.
  if (sentence.end - sentence.start > MAX_REWRITE_SENTENCE) return;
  const blameIn = blameFinder(book, m.ruleIndex, true);
  const result = buildRewrites({
    text,
    sentence: { start: sentence.start, end: Math.max(sentence.end, m.end) },
    start: m.start,
    end: m.end,
    ...(m.captures ? { captures: m.captures } : {}),
    templates: m.replacements,
    blameIn,
  });
  finding.guard = {
    attempted: result.attempted,
    firstPassed: result.firstPassed,
    problems: result.withheld.flatMap((w) => w.problems),
  };
  if (result.first !== undefined)
    finding.guard.first = { sentence: text.slice(sentence.start, sentence.end), rewritten: result.first };
  if (result.replacements.length === 0) return;
  if (result.start !== m.start || result.end !== m.end) finding.edit = { start: result.start, end: result.end };
  finding.replacements = result.replacements;
  if (result.preview) finding.preview = result.preview;
}
