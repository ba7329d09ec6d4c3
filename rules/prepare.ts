import type { CompiledRulebook } from './compile.ts';
import type { CompiledMatcher, MatchFn, PhraseCompiled } from './kinds/define.ts';
import { type CompiledRule, KINDS } from './kinds/index.ts';

/** A compiled rulebook made ready to run: RegExp objects and an index from first word to matchers. */
export interface PreparedMatcher {
  ruleIndex: number;
  regex: RegExp;
  /** The matcher's own rewrites (replace rules) or else its rule's. */
  replacements: string[];
}

export interface PreparedRule {
  rule: CompiledRule;
  exceptions: RegExp[];
  sentenceExceptions: RegExp[];
  /** For a kind that is not matched by phrase: how its matches are found once the signals are known. */
  match?: MatchFn<CompiledRule>;
}

export interface PreparedRulebook {
  id: string;
  name: string;
  rules: PreparedRule[];
  /** Matchers to try where a word with this lowercase key starts. */
  byFirstWord: Map<string, PreparedMatcher[]>;
  /** Matchers that can start anywhere: run over the whole text. */
  anywhere: PreparedMatcher[];
  /** Matchers run only over sentences that contain one of their anchor words. */
  byAnchor: Map<string, PreparedMatcher[]>;
}

// Sticky: tried exactly at a word start found through the index.
const sticky = (source: string) => new RegExp(source, 'iuy');
const global = (source: string) => {
  try {
    return new RegExp(source, 'giu');
  } catch {
    // Author regexes written for non-Unicode mode (e.g. "\-") still work without the u flag.
    return new RegExp(source, 'gi');
  }
};

export function prepareRulebook(compiled: CompiledRulebook): PreparedRulebook {
  const byFirstWord = new Map<string, PreparedMatcher[]>();
  const anywhere: PreparedMatcher[] = [];
  const byAnchor = new Map<string, PreparedMatcher[]>();
  const rules: PreparedRule[] = compiled.rules.map((rule, ruleIndex) => {
    // A kind this version does not know (a rulebook compiled by a newer worker) is skipped, never thrown on.
    const match = (KINDS as Partial<Record<string, { match: PreparedRule['match'] | 'phrases' }>>)[rule.kind]?.match;
    if (match !== 'phrases') return { rule, exceptions: [], sentenceExceptions: [], match };
    // A kind that matches by phrase compiles to PhraseCompiled (define.ts makes that a type error otherwise).
    const phrases = rule as CompiledRule & PhraseCompiled;
    for (const matcher of phrases.matchers) {
      const replacements = matcher.replacements ?? phrases.replacements;
      if (matcher.anchors) addAnchored(matcher, matcher.anchors, ruleIndex, replacements, byAnchor);
      else addMatcher(matcher, ruleIndex, replacements, byFirstWord, anywhere);
    }
    return {
      rule,
      exceptions: phrases.exceptions.map((m) => global(m.source)),
      sentenceExceptions: phrases.sentenceExceptions.map((m) => global(m.source)),
    };
  });
  return { id: compiled.id, name: compiled.name, rules, byFirstWord, anywhere, byAnchor };
}

function addAnchored(
  m: CompiledMatcher,
  anchors: string[],
  ruleIndex: number,
  replacements: string[],
  index: Map<string, PreparedMatcher[]>,
) {
  const prepared: PreparedMatcher = { ruleIndex, regex: global(m.source), replacements };
  for (const key of anchors) {
    const list = index.get(key);
    if (list) list.push(prepared);
    else index.set(key, [prepared]);
  }
}

function addMatcher(
  m: CompiledMatcher,
  ruleIndex: number,
  replacements: string[],
  index: Map<string, PreparedMatcher[]>,
  anywhere: PreparedMatcher[],
) {
  if (m.keys === null) {
    anywhere.push({ ruleIndex, regex: global(m.source), replacements });
    return;
  }
  const prepared: PreparedMatcher = { ruleIndex, regex: sticky(m.source), replacements };
  for (const key of m.keys) {
    const list = index.get(key);
    if (list) list.push(prepared);
    else index.set(key, [prepared]);
  }
}
