import { useId, useMemo, useState } from 'react';
import { searchTexts } from '../../rules/kinds/index.ts';
import type { EffectiveRule, LayerName } from '../../rules/layers.ts';
import { ruleFamily, ruleTitle } from '../../rules/rule-title.ts';
import type { Rule } from '../../rules/schema.ts';
import type { Severity } from '../../rules/types.ts';
import { type EditableLayer, LAYER_LABEL } from './api.ts';

export type BulkChange = { enabled: boolean } | { severity: Severity };

export interface RuleListProps {
  rules: readonly EffectiveRule[];
  /** May this rule be deleted here (it is defined in a layer the user can edit)? */
  canDelete: (rule: EffectiveRule) => boolean;
  onEdit: (rule: EffectiveRule) => void;
  onDuplicate: (rule: EffectiveRule) => void;
  onDelete: (rule: EffectiveRule) => void;
  onToggle: (rule: EffectiveRule, enabled: boolean) => void;
  onSeverity: (rule: EffectiveRule, severity: Severity) => void;
  /** Switch every shown rule on or off, or set their severity, for yourself or (a lead) for the team. */
  onBulk: (rules: EffectiveRule[], change: BulkChange, layer: EditableLayer) => void;
  /** May the bulk actions write team switches (the team layer is editable here)? */
  teamEditable: boolean;
}

type SortKey = 'name' | 'id' | 'category' | 'layer' | 'severity' | 'status';
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, hint: 2 };
const LAYER_RANK: Record<LayerName, number> = { personal: 0, team: 1, starter: 2 };
const SORTS: Record<SortKey, (a: EffectiveRule, b: EffectiveRule) => number> = {
  name: (a, b) => ruleTitle(a.rule.id).localeCompare(ruleTitle(b.rule.id)) || a.rule.id.localeCompare(b.rule.id),
  id: (a, b) => a.rule.id.localeCompare(b.rule.id),
  category: (a, b) => a.rule.category.localeCompare(b.rule.category) || SORTS.name(a, b),
  layer: (a, b) => LAYER_RANK[a.source] - LAYER_RANK[b.source] || SORTS.name(a, b),
  severity: (a, b) => SEVERITY_RANK[a.rule.severity] - SEVERITY_RANK[b.rule.severity] || SORTS.name(a, b),
  status: (a, b) => Number(b.enabled) - Number(a.enabled) || SORTS.name(a, b),
};

type LayerFilter = 'all' | LayerName;
type StateFilter = 'all' | 'on' | 'off';

/** Words a search looks in: id, category, kind, every text the rule shows and every phrase it matches. */
const searchText = (rule: Rule): string => searchTexts(rule).join('\n').toLowerCase();

const lockText = (r: EffectiveRule) =>
  r.lockedBy === 'policy' ? 'Locked by your organisation' : 'Locked by your team';

export function RuleList({
  rules,
  canDelete,
  onEdit,
  onDuplicate,
  onDelete,
  onToggle,
  onSeverity,
  onBulk,
  teamEditable,
}: RuleListProps) {
  const [query, setQuery] = useState('');
  const [layer, setLayer] = useState<LayerFilter>('all');
  const [state, setState] = useState<StateFilter>('all');
  const [category, setCategory] = useState('all');
  const [sort, setSort] = useState<SortKey>('name');
  const [grouped, setGrouped] = useState(false);
  const [bulkLayer, setBulkLayer] = useState<EditableLayer>('personal');
  const [bulkSeverity, setBulkSeverity] = useState<Severity>('warning');
  const ids = {
    search: useId(),
    layer: useId(),
    state: useId(),
    category: useId(),
    sort: useId(),
    bulkLayer: useId(),
    bulkSeverity: useId(),
  };

  const categories = useMemo(() => [...new Set(rules.map((r) => r.rule.category))].sort(), [rules]);
  const shown = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return rules
      .filter((r) => {
        if (layer !== 'all' && r.source !== layer) return false;
        if (state !== 'all' && r.enabled !== (state === 'on')) return false;
        if (category !== 'all' && r.rule.category !== category) return false;
        const text = searchText(r.rule);
        return words.every((w) => text.includes(w));
      })
      .sort(SORTS[sort]);
  }, [rules, query, layer, state, category, sort]);
  const groups = useMemo(() => {
    if (!grouped) return [{ family: '', rules: shown }];
    const byFamily = new Map<string, EffectiveRule[]>();
    for (const r of shown) byFamily.set(ruleFamily(r.rule.id), [...(byFamily.get(ruleFamily(r.rule.id)) ?? []), r]);
    return [...byFamily.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([family, list]) => ({ family, rules: list }));
  }, [shown, grouped]);
  const target = teamEditable ? bulkLayer : 'personal';
  const changeable = shown.filter((r) => !(r.locked && target === 'personal'));

  return (
    <section aria-labelledby="rules-title" className="rule-list">
      <h2 id="rules-title">Rules</h2>
      <search className="filters">
        <div className="field grow">
          <label htmlFor={ids.search}>Search rules</label>
          <input
            id={ids.search}
            type="search"
            value={query}
            placeholder="a phrase, id or message"
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.layer}>From</label>
          <select id={ids.layer} value={layer} onChange={(e) => setLayer(e.target.value as LayerFilter)}>
            <option value="all">All layers</option>
            <option value="starter">Starter</option>
            <option value="team">Team</option>
            <option value="personal">Yours</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.category}>Category</label>
          <select id={ids.category} value={category} onChange={(e) => setCategory(e.target.value)}>
            <option value="all">All categories</option>
            {categories.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.state}>Status</label>
          <select id={ids.state} value={state} onChange={(e) => setState(e.target.value as StateFilter)}>
            <option value="all">On and off</option>
            <option value="on">On</option>
            <option value="off">Off</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.sort}>Sort by</label>
          <select id={ids.sort} value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
            <option value="name">Name</option>
            <option value="id">Id</option>
            <option value="category">Category</option>
            <option value="layer">Where it comes from</option>
            <option value="severity">Severity</option>
            <option value="status">On first</option>
          </select>
        </div>
        <label className="check">
          <input type="checkbox" checked={grouped} onChange={(e) => setGrouped(e.target.checked)} /> Group by family
        </label>
      </search>
      <p aria-live="polite" className="muted" data-testid="rule-count">
        {shown.length === rules.length ? `${rules.length} rules` : `${shown.length} of ${rules.length} rules`}
      </p>
      {shown.length > 0 && (
        <fieldset className="bulk" data-testid="bulk">
          <legend>
            All {shown.length} shown rule{shown.length === 1 ? '' : 's'}
            {changeable.length < shown.length ? ` (${shown.length - changeable.length} locked are left alone)` : ''}
          </legend>
          {teamEditable && (
            <div className="field">
              <label htmlFor={ids.bulkLayer}>For</label>
              <select
                id={ids.bulkLayer}
                value={bulkLayer}
                onChange={(e) => setBulkLayer(e.target.value as EditableLayer)}
              >
                <option value="personal">Me (my rules)</option>
                <option value="team">The team (team rulebook)</option>
              </select>
            </div>
          )}
          <button type="button" onClick={() => onBulk(changeable, { enabled: true }, target)}>
            Turn all on
          </button>
          <button type="button" onClick={() => onBulk(changeable, { enabled: false }, target)}>
            Turn all off
          </button>
          <div className="field">
            <label htmlFor={ids.bulkSeverity}>Severity for all</label>
            <select
              id={ids.bulkSeverity}
              value={bulkSeverity}
              onChange={(e) => setBulkSeverity(e.target.value as Severity)}
            >
              <option value="hint">Hint</option>
              <option value="warning">Warning</option>
              <option value="error">Error</option>
            </select>
          </div>
          <button type="button" onClick={() => onBulk(changeable, { severity: bulkSeverity }, target)}>
            Set severity
          </button>
        </fieldset>
      )}
      {groups.map((group) => {
        const list = (
          <ul className="rules" key={group.family || 'all'}>
            {group.rules.map((r) => (
              <li key={r.rule.id} className={r.enabled ? 'rule' : 'rule off'} data-rule-id={r.rule.id}>
                <div className="rule-head">
                  <strong className="rule-title">{ruleTitle(r.rule.id)}</strong>
                  <code className="rule-id">{r.rule.id}</code>
                  <span className={`badge layer-${r.source}`} title="Where this rule comes from">
                    {LAYER_LABEL[r.source]}
                  </span>
                  {r.changedBy && (
                    <span className="badge changed">changed by {LAYER_LABEL[r.changedBy].toLowerCase()}</span>
                  )}
                  <span className="badge">{r.rule.category}</span>
                  {r.locked && <span className="badge lock">🔒 {lockText(r)}</span>}
                </div>
                <p className="rule-message">{r.rule.message}</p>
                <div className="rule-actions">
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={r.enabled}
                      disabled={r.locked}
                      onChange={(e) => onToggle(r, e.target.checked)}
                    />{' '}
                    On<span className="visually-hidden"> — {r.rule.id}</span>
                  </label>
                  <label className="inline-select">
                    <span className="visually-hidden">Severity of {r.rule.id}</span>
                    <select
                      value={r.rule.severity}
                      disabled={r.locked}
                      onChange={(e) => onSeverity(r, e.target.value as Severity)}
                    >
                      <option value="hint">Hint</option>
                      <option value="warning">Warning</option>
                      <option value="error">Error</option>
                    </select>
                  </label>
                  <button type="button" onClick={() => onEdit(r)}>
                    {r.locked ? 'View' : 'Edit'}
                    <span className="visually-hidden"> {r.rule.id}</span>
                  </button>
                  <button type="button" onClick={() => onDuplicate(r)}>
                    Duplicate<span className="visually-hidden"> {r.rule.id}</span>
                  </button>
                  {canDelete(r) && (
                    <button type="button" className="danger" onClick={() => onDelete(r)}>
                      Delete<span className="visually-hidden"> {r.rule.id}</span>
                    </button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        );
        return group.family ? (
          <section key={group.family} className="family" aria-label={`Family ${group.family}`}>
            <h3>
              {group.family} <span className="muted">({group.rules.length})</span>
            </h3>
            {list}
          </section>
        ) : (
          <div key="all">{list}</div>
        );
      })}
    </section>
  );
}
