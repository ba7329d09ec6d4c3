import type { PreparedMatcher, PreparedRulebook } from '../prepare.ts';
import { anchorKeys, firstKeys, PhraseSyntaxError, parsePhrase, phraseToRegexSource } from '../text/phrase.ts';
import { regexAnchors } from '../text/regex-anchors.ts';
import { partitionPoint } from '../text/search.ts';
import { type Span, sentenceAt } from '../text/sentences.ts';
import type { Problem } from '../types.ts';
import type { CompiledMatcher } from './define.ts';
import type { RuleMatch } from './match.ts';

/**
 * What the phrase kinds (`avoid`, `replace`) share: compiling patterns into matchers, and one pass that runs every
 * phrase rule's matchers over the reply through the word index.
 */

/**
 * Word families (`{fail}`) are expanded with compromise (families.ts), which only compiling needs. The content script
 * imports this module for matching and must not bundle compromise, so compile.ts, the one door to compiling, installs
 * the expander; compiling a family without it is a bug, not a silent miss.
 */
let expandFamilies = (pattern: string): string => {
  if (/\{[^}]*\}/.test(pattern)) throw new Error('word families can only be expanded through rules/compile.ts');
  return pattern;
};

export function installFamilyExpander(expand: (pattern: string) => string): void {
  expandFamilies = expand;
}

export function compilePhrase(pattern: string): CompiledMatcher {
  const expanded = expandFamilies(pattern);
  const seq = parsePhrase(expanded);
  const matcher: CompiledMatcher = { source: phraseToRegexSource(expanded), keys: toKeys(firstKeys(seq)) };
  const anchors = anchorKeys(seq);
  if (anchors) matcher.anchors = anchors;
  return matcher;
}

const toKeys = (keys: Set<string> | null): string[] | null => (keys ? [...keys].sort() : null);

export function compileRegex(source: string): CompiledMatcher {
  // Validate now so a bad pattern is reported at import, not thrown at the first keystroke. Like prepare.ts, accept
  // a regex written for non-Unicode mode (e.g. "\-"), which the u flag would refuse.
  try {
    new RegExp(source, 'iu');
  } catch {
    new RegExp(source, 'i');
  }
  const anchors = regexAnchors(source);
  return anchors ? { source, keys: null, anchors } : { source, keys: null };
}

export function compileMatchers(
  list: readonly string[] | undefined,
  path: string,
  problems: Problem[],
  regex = false,
): CompiledMatcher[] {
  const out: CompiledMatcher[] = [];
  (list ?? []).forEach((pattern, i) => {
    try {
      out.push(regex ? compileRegex(pattern) : compilePhrase(pattern));
    } catch (error) {
      const reason = error instanceof PhraseSyntaxError || error instanceof SyntaxError ? error.message : String(error);
      problems.push({
        path: `${path}[${i}]`,
        message: `this ${regex ? 'regular expression' : 'pattern'} cannot be read: ${reason}`,
      });
    }
  });
  return out;
}

/**
 * Phrase rules: find every phrase match through the word indexes, then drop the ones an
 * exception speaks for. Every pattern runs over one sentence at a time and never over masked text (quotes and
 * signatures are spaces here, and split into no sentence), so a long quoted history or a run of spaces costs
 * one linear scan, and no pattern can rescan the whole reply from every position.
 */
const WORD = /[\p{L}\p{N}]+/gu;

export function findPhraseMatches(text: string, book: PreparedRulebook, sentences: Span[]): RuleMatch[] {
  const raw: RuleMatch[] = [];
  const push = (m: PreparedMatcher, start: number, end: number, groups?: Record<string, string | undefined>) =>
    raw.push(toMatch(m, start, end, groups));
  const slices = sentences.map((s) => text.slice(s.start, s.end));
  const runOver = (m: PreparedMatcher, i: number) => {
    const s = sentences[i] as Span;
    const slice = slices[i] as string;
    m.regex.lastIndex = 0;
    for (let hit = m.regex.exec(slice); hit; hit = m.regex.exec(slice)) {
      if (hit[0].length === 0) {
        m.regex.lastIndex++;
        continue;
      }
      push(m, s.start + hit.index, s.start + hit.index + hit[0].length, hit.groups);
    }
  };

  // One pass over the words of each sentence: where each lowercase word starts, and in which sentence.
  const positions = new Map<string, Array<[offset: number, sentence: number]>>();
  sentences.forEach((s, i) => {
    const slice = slices[i] as string;
    WORD.lastIndex = 0;
    for (let w = WORD.exec(slice); w; w = WORD.exec(slice)) {
      const key = w[0].toLowerCase();
      const at: [number, number] = [s.start + w.index, i];
      const list = positions.get(key);
      if (list) list.push(at);
      else positions.set(key, [at]);
    }
  });

  // Anchored matchers: only sentences holding one of their rare words are searched.
  const wanted = new Map<PreparedMatcher, Set<number>>();
  for (const [key, at] of positions) {
    const matchers = book.byAnchor.get(key);
    if (!matchers) continue;
    for (const m of matchers) {
      const set = wanted.get(m) ?? new Set<number>();
      wanted.set(m, set);
      for (const [, sentence] of at) set.add(sentence);
    }
  }
  for (const [m, sentenceIndexes] of wanted) for (const i of sentenceIndexes) runOver(m, i);

  // First-word matchers: tried exactly where a word they can start with begins, within that word's sentence.
  for (const [key, at] of positions) {
    const candidates = book.byFirstWord.get(key);
    if (!candidates) continue;
    for (const m of candidates) {
      for (const [offset, sentence] of at) {
        const s = sentences[sentence] as Span;
        m.regex.lastIndex = offset - s.start;
        const hit = m.regex.exec(slices[sentence] as string);
        if (hit && hit[0].length > 0) push(m, s.start + hit.index, s.start + hit.index + hit[0].length, hit.groups);
      }
    }
  }

  for (const m of book.anywhere) for (let i = 0; i < sentences.length; i++) runOver(m, i);
  const excepted = exceptionFilter(text, book, sentences);
  return mergeSameRule(raw.filter((match) => !excepted(match)));
}

function toMatch(
  m: PreparedMatcher,
  start: number,
  end: number,
  groups: Record<string, string | undefined> | undefined,
): RuleMatch {
  const match: RuleMatch = { ruleIndex: m.ruleIndex, start, end, replacements: m.replacements };
  if (groups) {
    // Only the slots this match filled: a template naming another is not offered for it.
    const captures: Record<string, string> = Object.create(null);
    for (const [name, value] of Object.entries(groups)) if (value !== undefined) captures[name] = value;
    match.captures = captures;
  }
  return match;
}

/**
 * Whether a match falls under its rule's exceptions. What an exception finds in a sentence is read once per rule and
 * sentence, not once per match: a pasted run-on "sentence" can hold thousands of matches of one rule, and re-reading
 * the whole sentence for each made a 40k paste quadratic.
 */
function exceptionFilter(text: string, book: PreparedRulebook, sentences: Span[]) {
  type Read = { anywhere: boolean; hits: Array<Array<[start: number, end: number]>> };
  const reads = new Map<string, Read>();
  const read = (ruleIndex: number, from: number, to: number): Read => {
    const key = `${ruleIndex}:${from}:${to}`;
    const known = reads.get(key);
    if (known) return known;
    const prepared = book.rules[ruleIndex];
    const slice = text.slice(from, to);
    const anywhere =
      prepared?.sentenceExceptions.some((re) => {
        re.lastIndex = 0;
        return re.test(slice);
      }) ?? false;
    // One global regex's hits come in order and never overlap, so each list is sorted by start and by end alike.
    const hits = anywhere
      ? []
      : (prepared?.exceptions ?? []).map((re) => {
          const list: Array<[number, number]> = [];
          re.lastIndex = 0;
          for (let hit = re.exec(slice); hit; hit = re.exec(slice)) {
            list.push([from + hit.index, from + hit.index + hit[0].length]);
            if (hit[0].length === 0) re.lastIndex++;
          }
          return list;
        });
    const fresh = { anywhere, hits };
    reads.set(key, fresh);
    return fresh;
  };
  return (match: RuleMatch): boolean => {
    const prepared = book.rules[match.ruleIndex];
    if (!prepared || (prepared.exceptions.length === 0 && prepared.sentenceExceptions.length === 0)) return false;
    const sentence = sentenceAt(sentences, match.start) ?? { start: match.start, end: match.end };
    const { anywhere, hits } = read(match.ruleIndex, sentence.start, Math.max(sentence.end, match.end));
    if (anywhere) return true;
    return hits.some((list) => {
      // The first hit that ends after the match starts is the only one that can overlap it.
      const first = list[partitionPoint(list, ([, end]) => end <= match.start)];
      return first !== undefined && first[0] < match.end && match.start < first[1];
    });
  };
}

/**
 * Two patterns of one rule can cover parts of the same phrase ("As I already told" and "I already
 * told you"): the finding spans their union, so the rewrite replaces the whole phrase.
 */
function mergeSameRule(matches: RuleMatch[]): RuleMatch[] {
  const sorted = [...matches].sort((a, b) => a.ruleIndex - b.ruleIndex || a.start - b.start || b.end - a.end);
  const out: RuleMatch[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && last.ruleIndex === m.ruleIndex && m.start < last.end) {
      // Neither match's slots describe the union, so a template that needs them is not offered for it.
      if (m.end > last.end) {
        last.end = m.end;
        last.captures = {};
      } else if (m.start === last.start && m.end === last.end && m.captures) {
        // A phrase pattern and a slotted regex can find exactly the same words; the regex's slots describe them.
        last.captures = { ...m.captures, ...last.captures };
      }
    } else out.push({ ...m });
  }
  return out;
}
