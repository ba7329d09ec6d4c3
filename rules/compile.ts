import { expandFamilies } from './families.ts';
import { type PreparedRulebook, prepareRulebook } from './prepare.ts';
import type { AvoidRule, LimitRule, ReplaceRule, RequireRule, Rule, Rulebook } from './schema.ts';
import { anchorKeys, firstKeys, PhraseSyntaxError, parsePhrase, phraseToRegexSource } from './text/phrase.ts';
import type { Outcome, Problem, Severity } from './types.ts';

/**
 * A compiled rulebook is plain JSON: phrase families are expanded and every pattern is a regex
 * source with the first words it can start with. The background compiles once (compromise is
 * needed for word families); content scripts receive this over messaging and only build RegExps.
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

interface CompiledBase {
  id: string;
  category: string;
  severity: Severity;
  message: string;
  note?: string;
  url?: string;
}

export type CompiledRule =
  | (CompiledBase & {
      kind: 'avoid' | 'replace';
      matchers: CompiledMatcher[];
      exceptions: CompiledMatcher[];
      sentenceExceptions: CompiledMatcher[];
      replacements: string[];
    })
  | (CompiledBase & Pick<RequireRule, 'kind' | 'signal' | 'when' | 'position' | 'suggestions'>)
  | (CompiledBase & Pick<LimitRule, 'kind' | 'measure' | 'max'>);

export interface CompiledRulebook {
  format: 1;
  id: string;
  name: string;
  rules: CompiledRule[];
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
  return { source, keys: null };
}

function base(rule: Rule): CompiledBase {
  const out: CompiledBase = { id: rule.id, category: rule.category, severity: rule.severity, message: rule.message };
  if (rule.note) out.note = rule.note;
  if (rule.url) out.url = rule.url;
  return out;
}

function compileMatchers(
  list: string[] | undefined,
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

function compileAvoid(rule: AvoidRule, path: string, problems: Problem[]): CompiledRule {
  const matchers = [
    ...compileMatchers(rule.patterns, `${path}.patterns`, problems),
    ...compileMatchers(rule.regex, `${path}.regex`, problems, true),
  ];
  if (matchers.length === 0 && (rule.patterns?.length ?? 0) + (rule.regex?.length ?? 0) === 0) {
    problems.push({ path: `${path}.patterns`, message: 'an avoid rule needs at least one pattern or regex' });
  }
  return {
    ...base(rule),
    kind: 'avoid',
    matchers,
    exceptions: compileMatchers(rule.exceptions, `${path}.exceptions`, problems),
    sentenceExceptions: compileMatchers(rule.sentenceExceptions, `${path}.sentenceExceptions`, problems),
    replacements: rule.replacements ?? [],
  };
}

function compileReplace(rule: ReplaceRule, path: string, problems: Problem[]): CompiledRule {
  const matchers: CompiledMatcher[] = [];
  for (const [from, to] of Object.entries(rule.swap)) {
    const [compiled] = compileMatchers([from], `${path}.swap`, problems);
    if (compiled) matchers.push({ ...compiled, replacements: [to] });
  }
  return { ...base(rule), kind: 'replace', matchers, exceptions: [], sentenceExceptions: [], replacements: [] };
}

export function compileRule(rule: Rule, path: string, problems: Problem[]): CompiledRule {
  switch (rule.kind) {
    case 'avoid':
      return compileAvoid(rule, path, problems);
    case 'replace':
      return compileReplace(rule, path, problems);
    case 'require':
      return {
        ...base(rule),
        kind: 'require',
        signal: rule.signal,
        when: rule.when,
        position: rule.position,
        suggestions: rule.suggestions,
      };
    case 'limit':
      return { ...base(rule), kind: 'limit', measure: rule.measure, max: rule.max };
  }
}

export function compileRulebook(book: Rulebook): Outcome<CompiledRulebook> {
  const problems: Problem[] = [];
  const rules: CompiledRule[] = [];
  book.rules.forEach((rule, i) => {
    if (rule.enabled === false) return;
    rules.push(compileRule(rule, `rules[${i}]`, problems));
  });
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { format: 1, id: book.id, name: book.name, rules } };
}

/** compileRulebook then prepareRulebook: for callers that check in the same process (CLI, pages, tests, benchmarks). */
export function compileAndPrepare(book: Rulebook): Outcome<PreparedRulebook> {
  const compiled = compileRulebook(book);
  return compiled.ok ? { ok: true, value: prepareRulebook(compiled.value) } : compiled;
}
