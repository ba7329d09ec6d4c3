import type { Rule, Rulebook } from '../rules/schema.ts';
import { formatCsv } from './csv.ts';
import { stableJson } from './rulebook-merge.ts';
import { validateRulebookCsv } from './validate.ts';

/**
 * A layer as a spreadsheet in the columns the CSV import reads (phrase, rewrite, message), so a lead can go back to
 * the sheet they imported. A row can only say so much: a rule is written as a row only when importing that row
 * gives back exactly the same rule; the others (several phrases, regexes, other kinds, own examples) are named in
 * `left`, to be kept in the JSON export.
 */
export const CSV_HEADER = ['phrase', 'rewrite', 'message'] as const;

const rowOf = (rule: Rule): string[] | undefined => {
  if (rule.kind !== 'avoid' || rule.patterns.length !== 1 || (rule.replacements?.length ?? 0) > 1) return undefined;
  const [phrase] = rule.patterns;
  return phrase ? [phrase, rule.replacements?.[0] ?? '', rule.message] : undefined;
};

function sheet(rules: readonly Rule[]): string {
  return formatCsv([[...CSV_HEADER], ...rules.map((r) => rowOf(r) ?? [])]);
}

export function exportCsv(book: Rulebook): { text: string; left: string[] } {
  let candidates = book.rules.filter((r) => rowOf(r) !== undefined);
  // Rows become rules again through the import itself; keep only the rules that come back unchanged. Dropping a rule
  // can renumber the ids of rules with the same phrase, so check again until nothing more drops.
  for (let round = 0; round < 5 && candidates.length > 0; round++) {
    const back = validateRulebookCsv(sheet(candidates), book.name);
    const again = back.ok ? back.value.rules : [];
    const same = candidates.filter((rule, i) => again[i] && stableJson(again[i]) === stableJson(rule));
    if (same.length === candidates.length) break;
    candidates = same;
  }
  const written = new Set(candidates.map((r) => r.id));
  return { text: sheet(candidates), left: book.rules.filter((r) => !written.has(r.id)).map((r) => r.id) };
}
