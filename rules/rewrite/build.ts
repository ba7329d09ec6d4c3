import type { Span } from '../text/sentences.ts';
import { dropsWithItsSentence, withoutClause } from './clause.ts';
import { commonEnds } from './common-ends.ts';
import {
  capitalise,
  endsOnGreeting,
  firstLetter,
  fixArticles,
  isLower,
  isShouting,
  isUpper,
  join,
  joinRemoved,
  lowerCommonStart,
  lowerInside,
} from './fit.ts';
import { type BlameHit, type GuardProblem, guardRewrite, stillReadsAsReproach } from './guard.ts';
import { isOnlyLead, LEADING_HANDLES, leadOf } from './handles.ts';
import { upperOutsidePlaceholders } from './placeholder.ts';
import { isWholeSentence, parseTemplate, WHOLE_SENTENCE_SLOTS } from './template.ts';

const MAX_WHOLE_SENTENCE = 400;

/**
 * From a match and its rule's templates to what the card offers: each template becomes the whole sentence as it
 * would read, every sentence is guarded, and the ones that pass become replacement strings for one range of the
 * text. The range is the match, widened to whatever any rewrite changes around it (a comma it drops, the article
 * before it, the whole sentence for a whole-sentence template), so the editor still swaps one range for a string.
 */

export interface RewriteInput {
  /** The checked (masked) text. */
  text: string;
  sentence: Span;
  start: number;
  end: number;
  captures?: Record<string, string>;
  templates: readonly string[];
  /** The blame matches in a sentence (the guard's last check). */
  blameIn: (sentence: string) => BlameHit[];
}

export interface Preview {
  /** The sentence as written. */
  sentence: string;
  /** The sentence after the first rewrite ("" when the rewrite removes it). */
  rewritten: string;
  /** The changed part of `rewritten`, half-open offsets into it. */
  start: number;
  end: number;
}

export interface RewriteResult {
  start: number;
  end: number;
  replacements: string[];
  preview?: Preview;
  /** The problems of each template the guard withheld, in template order ("" templates that could not be filled). */
  withheld: { template: string; problems: (GuardProblem | 'slot not filled')[] }[];
  /** How many templates could be filled for this match; the first of them passed the guard when firstPassed. */
  attempted: number;
  firstPassed: boolean;
  /** The sentence the first fillable template makes, passed or not (for the review file). */
  first?: string;
}

/**
 * {drop}: "" (the sentence goes) where the blame's clause is the whole sentence, unfilled anywhere else. For families
 * whose blame sentences carry nothing the customer needs (tone policing, sarcasm): a reader judged every such removal
 * good, and most of their clause-only cuts broken, because what was left still scolded ("I can read you fine").
 */
function dropWholeSentence(sentence: string, start: number, end: number): string | undefined {
  if (WORK_UNDER_WAY.test(sentence.slice(end))) return undefined;
  return withoutClause(sentence, start, end, false) === '' ? '' : undefined;
}

// "Let's keep this professional, please, I'm fixing it.": the writer's own work on the problem, said in the same
// sentence after the scolding, is what the customer needs to hear; the sentence is not all tone policing. ("I'm going
// to close this chat" is part of the scolding.)
const WORK_UNDER_WAY =
  /\b(?:I['’]m|I\s+am|we['’]re|we\s+are)\s+(?:already\s+|now\s+|still\s+)?(?:on\s+it\b|(?!going\b)\p{L}+ing\b)/iu;

/** The @handles a removed sentence leaves for the text after it on its line; undefined where nothing follows them. */
function handlesKeptFor(text: string, sentence: Span, handles: string): string | undefined {
  const restOfLine = text.slice(sentence.end).split(/\r?\n/u, 1)[0] ?? '';
  return /\p{L}/u.test(restOfLine) ? handles.trimEnd() : undefined;
}

/**
 * A social reply's sentence that is all blame after its @handle ("@b3nji Ah yes, the famously hidden button 🙃") goes,
 * and the handle stays for the sentence that follows it on the same line ("@b3nji Profile > Edit > Username").
 * Undefined where the sentence is more than its handle and the blame, or nothing follows the handle on its line.
 */
function handleOnly(
  text: string,
  sentence: Span,
  start: number,
  end: number,
  keepRequests: boolean,
): string | undefined {
  const old = text.slice(sentence.start, sentence.end);
  const handles = LEADING_HANDLES.exec(old)?.[0];
  if (!handles || start - sentence.start < handles.length) return undefined;
  const offset = sentence.start + handles.length;
  if (withoutClause(old.slice(handles.length), start - offset, end - offset, keepRequests) !== '') return undefined;
  return handlesKeptFor(text, sentence, handles);
}

/**
 * {dropSentence}: "" where the blame opens its sentence and the sentence goes with it (rules/rewrite/clause.ts); in a
 * social reply the @handles stay for the sentence that follows them on the line.
 */
function wholeSentenceGoes(text: string, sentence: Span, start: number, end: number): string | undefined {
  const old = text.slice(sentence.start, sentence.end);
  const handles = LEADING_HANDLES.exec(old)?.[0] ?? '';
  if (start - sentence.start < handles.length) return undefined;
  if (
    !dropsWithItsSentence(
      old.slice(handles.length),
      start - sentence.start - handles.length,
      end - sentence.start - handles.length,
    )
  )
    return undefined;
  if (!handles) return '';
  return handlesKeptFor(text, sentence, handles);
}

/** {kept}: the sentence without the blame's clause, unfilled where nothing of the sentence would be left. */
function keptClauses(sentence: string, start: number, end: number): string | undefined {
  const kept = withoutClause(sentence, start, end);
  return kept === '' ? undefined : kept;
}

/** The sentence one template makes, or null when it names a slot the match did not fill. */
export function rewriteSentence(input: Omit<RewriteInput, 'templates' | 'blameIn'>, written: string): string | null {
  let template = written;
  const { text, sentence, start, end } = input;
  const old = text.slice(sentence.start, sentence.end);
  const left = text.slice(sentence.start, start);
  const right = text.slice(end, sentence.end);
  const shouting = isShouting(old);
  // "^…": only where the match opens the sentence ("No problem, …" but not "There's no problem").
  if (template.startsWith('^')) {
    if (!/^[\s"'“‘(]*$/.test(left)) return null;
    template = template.slice(1);
  }
  const pieces = parseTemplate(template);
  const whole = pieces.some((p) => 'slot' in p && WHOLE_SENTENCE_SLOTS.has(p.slot));
  const values: string[] = [];
  for (const piece of pieces) {
    if ('literal' in piece) {
      values.push(shouting ? upperOutsidePlaceholders(piece.literal) : piece.literal);
      continue;
    }
    const value =
      piece.slot === 'before'
        ? left
        : piece.slot === 'after'
          ? right
          : piece.slot === 'match'
            ? text.slice(start, end)
            : piece.slot === 'others'
              ? (withoutClause(old, start - sentence.start, end - sentence.start) ??
                handleOnly(text, sentence, start, end, true))
              : piece.slot === 'kept'
                ? keptClauses(old, start - sentence.start, end - sentence.start)
                : piece.slot === 'drop'
                  ? (dropWholeSentence(old, start - sentence.start, end - sentence.start) ??
                    handleOnly(text, sentence, start, end, false))
                  : piece.slot === 'dropSentence'
                    ? wholeSentenceGoes(text, sentence, start, end)
                    : piece.slot === 'whole'
                      ? ''
                      : input.captures?.[piece.slot];
    if (value === undefined) return null;
    // A {before} that no longer starts the sentence loses its capital ("The …" → "I'm sorry, the …").
    values.push(piece.slot === 'before' && values.join('').trim() ? lowerCommonStart(value) : value);
  }
  let rewritten: string;
  if (whole) rewritten = values.reduce(join, '');
  else {
    let mid = values.reduce(join, '');
    const atStart = isOnlyLead(left);
    // "Hi Sofie, As per the terms…": the writer set the greeting apart and started afresh with a capital, so the words
    // put in place of the match keep it (as joinRemoved keeps it when words are only removed there).
    const afreshAfterGreeting = endsOnGreeting(left) && isUpper(firstLetter(text.slice(start, end)));
    if (afreshAfterGreeting) mid = capitalise(mid);
    else if (!atStart && !shouting) mid = lowerInside(mid);
    rewritten =
      mid.trim() === ''
        ? joinRemoved(left, text.slice(start, end), right)
        : join(join(left, mid), atStart ? lowerCommonStart(right) : right);
  }
  rewritten = rewritten.trim();
  if (!/[\p{L}\p{N}]/u.test(rewritten)) return '';
  // "…the workshop sets the timings not us on here 🙈 I've pinged them": a sentence that ended at an emoji and loses
  // it would run into the next sentence on its line, so it ends with a full stop instead.
  // (A handle kept for the next sentence is no sentence of its own.)
  if (
    ENDS_AT_EMOJI.test(old) &&
    !ENDS_SENTENCE.test(rewritten) &&
    !ONLY_HANDLES.test(rewritten) &&
    /^[ \t]*\S/u.test(text.slice(sentence.end))
  )
    rewritten = `${rewritten}.`;
  const [from, to] = changedRange(old, rewritten);
  rewritten = fixArticles(rewritten, from - 1, to + 1);
  // A change at the sentence start gives it its capital, unless the agent starts sentences in lower case: a reader
  // judged "fyi offline mode would've…" → "Offline mode would've…" out of place in an all-lower-case reply.
  const oldLead = LEADING_HANDLES.exec(old)?.[0].length ?? 0;
  if (isLower(firstLetter(old.slice(oldLead)))) return keepLowerStart(rewritten, old);
  const lead = leadOf(rewritten);
  if (from <= lead.length) rewritten = lead + capitalise(rewritten.slice(lead.length));
  return rewritten;
}

/** The part of `after` that differs from `before`: [start, end) offsets into `after`. */
function changedRange(before: string, after: string): [number, number] {
  const [p, s] = commonEnds(before, after);
  return [p, after.length - s];
}

/**
 * In a sentence the agent started in lower case, a word that now starts it keeps the case it had there ("like i said,
 * you have to…" → "you have to…", not "You have to…"). "I" and names, capitalised in `old` too, are left alone.
 */
function keepLowerStart(rewritten: string, old: string): string {
  const lead = /^([\s"'“‘(]*)(\p{Lu})([\p{L}'’]*)/u.exec(rewritten);
  if (!lead) return rewritten;
  const [whole, space = '', first = '', tail = ''] = lead;
  // The word is letters and apostrophes only, so it needs no escaping in a pattern.
  const lowered = first.toLowerCase() + tail;
  if (!new RegExp(`(?<![\\p{L}'’])${lowered}(?![\\p{L}'’])`, 'u').test(old)) return rewritten;
  return space + lowered + rewritten.slice(whole.length);
}

const ENDS_AT_EMOJI = /\p{Extended_Pictographic}\u{FE0F}?\s*$/u;
const ONLY_HANDLES = /^(?:@[\p{L}\p{N}_]+\s*)+$/u;
const ENDS_SENTENCE = /(?:[.!?…]["'”’)]*|\p{Extended_Pictographic}\u{FE0F}?)$/u;

// How far after the sentence the guard looks for a "the guide" pointing back: a reply's next few sentences, never a
// whole thread.
const REFERENCE_REACH = 1500;

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}'’]/u.test(ch);

/** The sentence once the blame left in it (each hit fixable, or the guard would have refused) is fixed as well. */
function finish(rewritten: string, blameIn: RewriteInput['blameIn']): string {
  if (rewritten === '') return rewritten;
  const left = blameIn(rewritten);
  return left.length === 0 ? rewritten : (left[0]?.cleaned ?? rewritten);
}

export function buildRewrites(input: RewriteInput): RewriteResult {
  const { text, sentence } = input;
  const old = text.slice(sentence.start, sentence.end);
  const later = text.slice(sentence.end, sentence.end + REFERENCE_REACH);
  const restOfReply = () => `${text.slice(0, sentence.start)}\n${text.slice(sentence.end)}`;
  const withheld: RewriteResult['withheld'] = [];
  const passed: string[] = [];
  let attempted = 0;
  let firstPassed = false;
  let first: string | undefined;
  for (const template of input.templates) {
    // A whole-sentence rewrite of a run-on "sentence" (pasted logs, hostile text) is no sentence an agent would send,
    // and guarding it would cost time with the length of the text.
    if (old.length > MAX_WHOLE_SENTENCE && isWholeSentence(template)) {
      withheld.push({ template, problems: ['slot not filled'] });
      continue;
    }
    const rewritten = rewriteSentence(input, template);
    if (rewritten === null) {
      withheld.push({ template, problems: ['slot not filled'] });
      continue;
    }
    attempted++;
    const problems = guardRewrite(
      old,
      rewritten,
      changedRange(old, rewritten),
      input.blameIn,
      later,
      restOfReply,
      text.slice(Math.max(0, sentence.start - REFERENCE_REACH), sentence.start),
    );
    // Blame the guard let through is fixable: its own rewrite finishes the sentence. The click offers the finished
    // sentence, so one click never leaves a sentence half fixed (readers judged those halves awkward).
    const finished = problems.length > 0 ? rewritten : finish(rewritten, input.blameIn);
    if (problems.length === 0 && stillReadsAsReproach(finished)) problems.push('still reads as reproach');
    if (attempted === 1) first = finished;
    if (problems.length > 0) withheld.push({ template, problems });
    else {
      if (attempted === 1) firstPassed = true;
      passed.push(finished);
    }
  }
  const base = { withheld, attempted, firstPassed, ...(first === undefined ? {} : { first }) };
  if (passed.length === 0) return { start: input.start, end: input.end, replacements: [], ...base };

  // One range for every rewrite: the match, widened to cover each rewrite's changes, out to whole words.
  let from = input.start - sentence.start;
  let to = input.end - sentence.start;
  for (const rewritten of passed) {
    const [p, s] = commonEnds(old, rewritten);
    from = Math.min(from, p);
    to = Math.max(to, old.length - s);
  }
  while (from > 0 && isWordChar(old[from - 1]) && isWordChar(old[from])) from--;
  while (to < old.length && isWordChar(old[to]) && isWordChar(old[to - 1])) to++;
  const replacements = passed.map((r) => (r === '' ? '' : r.slice(from, r.length - (old.length - to))));

  let start = sentence.start + from;
  let end = sentence.start + to;
  // A removed sentence takes the space after it (or, at the end of a line, the space before it) along.
  if (passed.every((r) => r === '') && from === 0 && to === old.length) {
    const after = /^[ \t\u00a0]+/.exec(text.slice(end))?.[0].length ?? 0;
    if (after > 0) end += after;
    else start -= /[ \t\u00a0]+$/.exec(text.slice(0, start))?.[0].length ?? 0;
  }
  const offered = passed[0] as string;
  const preview: Preview = {
    sentence: old,
    rewritten: offered,
    start: offered === '' ? 0 : from,
    end: offered === '' ? 0 : offered.length - (old.length - to),
  };
  return { start, end, replacements, preview, ...base };
}
