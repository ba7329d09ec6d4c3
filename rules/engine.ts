import type { MatchInput } from './kinds/define.ts';
import type { RuleMatch } from './kinds/match.ts';
// The learned models register their scorers as they load; the engine is what asks them (rules/model/scorers.ts).
import './model/reproach.ts';
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
  return runToEnd(checkSteps(masked, sentences, book, context, findPhraseMatches(masked, book, sentences)));
}

/** Every step of a check at once, for callers with no frame to keep (the CLI, the eval, the practice tab's score). */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The rest of a check once the phrase matches are known: signals, the other kinds' matches, overlaps, rewrites.
 * Phrase matching depends on each sentence alone, so an incremental checker (incremental.ts) finds it sentence by
 * sentence, caches it and spreads it over frames, then finishes here. Building and guarding a finding's rewrites reads
 * the reply around it, so it cannot be cached by sentence; it can be spread, though: the steps pause after each
 * finding whose rewrites were built (a pasted page of blame holds hundreds, ~1 ms each on a cold page).
 */
export function* checkSteps(
  masked: string,
  sentences: Span[],
  book: PreparedRulebook,
  context: CheckContext,
  phraseMatches: RuleMatch[],
  guesses?: readonly LanguageGuess[],
): Generator<void, CheckResult> {
  const sentenceTexts = sentences.map((s) => masked.slice(s.start, s.end));
  const languages = resolveLanguages(guesses ?? sentenceTexts.map(guessLanguage));
  // The signal detectors read English: a Hebrew sentence neither apologises nor promises anything to them.
  const signalTexts = sentenceTexts.filter((_, i) => covers(SIGNALS_LANGUAGE, languages.sentences[i] as string));
  const customer = context.customer === undefined ? undefined : readCustomer(context.customer);
  const signals: Signals = {
    apology: detectApology(signalTexts),
    nextStep: detectNextStep(signalTexts),
    customerProblem: detectCustomerProblem(customer, signalTexts, context.learnedCustomerReading),
    customerNeedsNothing: detectCustomerNeedsNothing(customer, signalTexts, context.learnedCustomerReading),
  };

  const matches: RuleMatch[] = phraseMatches.filter((m) => {
    const rule = book.rules[m.ruleIndex]?.rule;
    // An avoid rule marked `when: 'customerProblem'` speaks only to a complaint (pointers, minimising).
    if (customer !== undefined && !signals.customerProblem && rule?.kind === 'avoid' && rule.when === 'customerProblem')
      return false;
    const at = partitionPoint(sentences, (s) => s.end <= m.start);
    return covers(ruleLanguage(rule), languages.sentences[at] ?? languages.reply);
  });
  // Kinds that are not matched by phrase (require, limit) find their own matches, now that the signals are known.
  const input: MatchInput = { text: masked, sentences, signals, languages, customer: context.customer };
  book.rules.forEach(({ rule, match }, i) => {
    if (match) matches.push(...match(rule, i, input));
  });

  const kept = dropOverlaps(matches, book);
  const stamped: Finding[] = [];
  for (const m of kept) {
    stamped.push(stamp(m, book, masked, sentences));
    if (m.replacements.length > 0 && !m.insertion) yield;
  }
  const findings = withdrawClashes(stamped, kept, book, masked);
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
  // A rewrite offered only with another card's click is still the guard's second click (blameFinder reads the match's
  // own rewrites), and withdrawClashes hands this card that click where one covers its words.
  const alone = !(rule.kind === 'avoid' && rule.offer === 'withAnother');
  if (!m.insertion && alone) offerRewrites(finding, m, book, text, sentences);
  if (finding.replacements.length === 0 && !m.insertion && rule.example) finding.example = rule.example;
  return finding;
}

/** `f` offers `host`'s first click (a rewrite of the whole range both findings sit in); false when there is none. */
function share(f: Finding, host: Finding): boolean {
  if (!host.preview || !host.edit || host.replacements.length === 0) return false;
  f.edit = { ...host.edit };
  f.replacements = host.replacements.slice(0, 1);
  f.preview = host.preview;
  delete f.example;
  return true;
}

/**
 * A rewrite may reach beyond its finding's words, to the comma or the sentence it changes (`edit`). Where that range
 * overlaps another rewrite of the same category, the two would fight over the same words: the lower-ranked card takes
 * the other card's click when that click covers its words, and is withdrawn to advice otherwise.
 */
function withdrawClashes(findings: Finding[], matches: RuleMatch[], book: PreparedRulebook, text: string): Finding[] {
  const offered = findings.map((f) => (f.preview && f.edit ? { ...f.edit, text: f.replacements[0] } : undefined));
  const withdrawn = new Set<number>();
  // From the last-ranked finding back (matches come ranked: the more severe, then the longer), so where two rewrites
  // of one sentence clash, the first-ranked card keeps its click; a click that finishes the sentence
  // (rules/rewrite/build.ts) fixes the other finding's words too.
  for (let i = findings.length - 1; i >= 0; i--) {
    const f = findings[i] as Finding;
    const edit = offered[i];
    if (!edit) continue;
    const clash = findings.some((g, j) => {
      if (j === i || withdrawn.has(j) || g.scope || g.category !== f.category) return false;
      // Advice without a rewrite fights over nothing: a click the guard passed leaves no blame, so it fixes those
      // words as well.
      if (g.replacements.length === 0) return false;
      const other = offered[j];
      // Two cards offering the very same click do not fight.
      if (other && other.start === edit.start && other.end === edit.end && other.text === edit.text) return false;
      const range = other ?? g.edit ?? g;
      // Two sentences removed side by side each take the space between them along ("… faster. It'll complete…" at
      // the end of a line): they share only that space, and either click leaves the other sentence as it was.
      if (
        edit.text === '' &&
        other?.text === '' &&
        /^\s*$/u.test(text.slice(Math.max(range.start, edit.start), Math.min(range.end, edit.end)))
      )
        return false;
      return range.start < edit.end && edit.start < range.end;
    });
    if (!clash) continue;
    // A click another card offers that rewrites this finding's words too (it finishes the sentence) is this card's
    // click as well: both cards then offer the same, whole fix.
    const host = findings.findIndex((g, j) => {
      const other = offered[j];
      return (
        j !== i &&
        !withdrawn.has(j) &&
        g.category === f.category &&
        other !== undefined &&
        other.start <= f.start &&
        f.end <= other.end
      );
    });
    const hostFinding = findings[host];
    if (hostFinding && share(f, hostFinding)) {
      offered[i] = offered[host];
      continue;
    }
    withdrawn.add(i);
    const m = matches[i] as RuleMatch;
    delete f.edit;
    f.replacements = [];
    delete f.preview;
    if (f.guard) f.guard.problems.push('overlaps another finding');
    const example = book.rules[m.ruleIndex]?.rule.example;
    if (example) f.example = example;
  }
  // A card with advice only, whose words another card's click rewrites (it finishes the sentence), offers that click.
  // Offered edits hardly overlap once clashes are settled, so the nearest few starting before a finding are the only
  // ones that can hold it (a reply of thousands of findings stays linear).
  const hosts = findings
    .filter((g, j) => !withdrawn.has(j) && g.edit && g.preview && g.replacements.length > 0)
    .sort((a, b) => (a.edit?.start ?? 0) - (b.edit?.start ?? 0));
  for (const f of findings) {
    if (f.replacements.length > 0 || f.scope || f.start === f.end) continue;
    const at = partitionPoint(hosts, (g) => (g.edit?.start ?? 0) <= f.start);
    for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
      const g = hosts[k] as Finding;
      if (g.category === f.category && g.edit && f.end <= g.edit.end && share(f, g)) break;
    }
  }
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
      let cleaned: string | null | undefined;
      const clean = () => {
        if (cleaned === undefined)
          cleaned = (looksAhead && hit.replacements.length > 0 && secondClick(book, hit, rewritten)) || null;
        return cleaned ?? undefined;
      };
      return [
        {
          start: hit.start,
          end: hit.end,
          get fixable() {
            return clean() !== undefined;
          },
          get cleaned() {
            return clean();
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

/** The sentence after the hit's own first rewrite, when that rewrite passes the guard with no blame left. */
function secondClick(book: PreparedRulebook, hit: RuleMatch, sentence: string): string | undefined {
  const result = buildRewrites({
    text: sentence,
    sentence: { start: 0, end: sentence.length },
    start: hit.start,
    end: hit.end,
    ...(hit.captures ? { captures: hit.captures } : {}),
    // All of them: a template the hit cannot fill is skipped, and firstPassed speaks of the first one it can.
    templates: hit.replacements,
    blameIn: blameFinder(book, hit.ruleIndex, false),
  });
  return result.firstPassed ? result.preview?.rewritten : undefined;
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
