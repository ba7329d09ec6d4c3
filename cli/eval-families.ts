/**
 * The per-family and per-writer blame tables printed by `npm run eval` for a corpus that labels blame families
 * (train.jsonl). Rules are attributed to a corpus family by the starter file they live in, with a few rules whose
 * file groups them differently (the helplessness file's "not my department" is internal deflection).
 */
import { STARTER_FAMILIES } from '../rules/starter/index.ts';
import type { Finding } from '../rules/types.ts';

const FILE_TO_FAMILY: Record<string, string> = {
  'customer-at-fault': 'customer-fault',
  'repeat-and-told-you': 'repeat-reproach',
  'policy-walls': 'policy-wall',
  dismissive: 'dismissal',
  'repeat-and-condescension': 'repeat-reproach',
};
const RULE_TO_FAMILY: Record<string, string> = {
  'blame/not-my-department': 'internal-deflection',
  'blame/not-us-in-team-tag': 'internal-deflection',
  'blame/mind-your-tone': 'tone-policing',
  'blame/calm-down': 'tone-policing',
  'blame/as-anyone-can-see': 'presumed-knowledge',
  'blame/no-other-complaints': 'comparison',
  'blame/everyone-else-manages': 'comparison',
};

export const familyOfRule = new Map<string, string>();
for (const file of STARTER_FAMILIES) {
  for (const rule of file.rules as { id: string }[]) {
    familyOfRule.set(rule.id, RULE_TO_FAMILY[rule.id] ?? FILE_TO_FAMILY[file.family] ?? file.family);
  }
}

export interface LabelledItem {
  id: string;
  labels: { blame: boolean };
  blame_spans?: [number, number][];
  families?: string[];
}

const overlaps = (a: [number, number], f: Finding) => a[0] < f.end && f.start < a[1];
const fmt = (hit: number, n: number) => (n === 0 ? '   -  ' : (hit / n).toFixed(2).padStart(6));

/** Blame P / R / span R over a subset of items. */
export function blameFigures(items: LabelledItem[], findings: Map<string, Finding[]>) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let gold = 0;
  let hit = 0;
  for (const item of items) {
    const blame = (findings.get(item.id) ?? []).filter((f) => f.category === 'blame');
    if (item.labels.blame && blame.length) tp++;
    else if (item.labels.blame) fn++;
    else if (blame.length) fp++;
    for (const span of item.blame_spans ?? []) {
      gold++;
      if (blame.some((f) => overlaps(span, f))) hit++;
    }
  }
  return { p: fmt(tp, tp + fp), r: fmt(tp, tp + fn), spanR: fmt(hit, gold), n: items.length };
}

export function familyTable(items: LabelledItem[], findings: Map<string, Finding[]>): string {
  const rows = new Map<
    string,
    { flagged: number; onGold: number; replies: number; caught: number; gold: number; hit: number }
  >();
  const row = (f: string) => {
    const known = rows.get(f);
    if (known) return known;
    const fresh = { flagged: 0, onGold: 0, replies: 0, caught: 0, gold: 0, hit: 0 };
    rows.set(f, fresh);
    return fresh;
  };
  for (const item of items) {
    const blame = (findings.get(item.id) ?? []).filter((f) => f.category === 'blame');
    const spans = item.blame_spans ?? [];
    for (const f of blame) {
      const r = row(familyOfRule.get(f.ruleId) ?? 'other');
      r.flagged++;
      if (spans.some((s) => overlaps(s, f))) r.onGold++;
    }
    const fams = item.families ?? [];
    for (const fam of new Set(fams)) {
      const r = row(fam);
      r.replies++;
      if (blame.length) r.caught++;
    }
    spans.forEach((s, k) => {
      const r = row(fams[k] ?? 'other');
      r.gold++;
      if (blame.some((f) => overlaps(s, f))) r.hit++;
    });
  }
  const lines = ['| family | blame P (its rules) | reply R | span R | spans |', '|---|---|---|---|---|'];
  for (const [fam, r] of [...rows].sort()) {
    lines.push(
      `| ${fam} | ${fmt(r.onGold, r.flagged)} | ${fmt(r.caught, r.replies)} | ${fmt(r.hit, r.gold)} | ${r.hit}/${r.gold} |`,
    );
  }
  return lines.join('\n');
}
