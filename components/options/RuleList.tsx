import { useId, useMemo, useState } from 'react';
import { searchTexts } from '../../rules/kinds/index.ts';
import type { EffectiveRule, LayerName } from '../../rules/layers.ts';
import type { Rule } from '../../rules/schema.ts';
import type { Severity } from '../../rules/types.ts';
import { LAYER_LABEL } from './api.ts';

export interface RuleListProps {
  rules: readonly EffectiveRule[];
  /** May this rule be deleted here (it is defined in a layer the user can edit)? */
  canDelete: (rule: EffectiveRule) => boolean;
  onEdit: (rule: EffectiveRule) => void;
  onDuplicate: (rule: EffectiveRule) => void;
  onDelete: (rule: EffectiveRule) => void;
  onToggle: (rule: EffectiveRule, enabled: boolean) => void;
  onSeverity: (rule: EffectiveRule, severity: Severity) => void;
}

type LayerFilter = 'all' | LayerName;
type StateFilter = 'all' | 'on' | 'off';

/** Words a search looks in: id, category, kind, every text the rule shows and every phrase it matches. */
const searchText = (rule: Rule): string => searchTexts(rule).join('\n').toLowerCase();

const lockText = (r: EffectiveRule) =>
  r.lockedBy === 'policy' ? 'Locked by your organisation' : 'Locked by your team';

export function RuleList({ rules, canDelete, onEdit, onDuplicate, onDelete, onToggle, onSeverity }: RuleListProps) {
  const [query, setQuery] = useState('');
  const [layer, setLayer] = useState<LayerFilter>('all');
  const [state, setState] = useState<StateFilter>('all');
  const [category, setCategory] = useState('all');
  const ids = { search: useId(), layer: useId(), state: useId(), category: useId() };

  const categories = useMemo(() => [...new Set(rules.map((r) => r.rule.category))].sort(), [rules]);
  const shown = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return rules.filter((r) => {
      if (layer !== 'all' && r.source !== layer) return false;
      if (state !== 'all' && r.enabled !== (state === 'on')) return false;
      if (category !== 'all' && r.rule.category !== category) return false;
      const text = searchText(r.rule);
      return words.every((w) => text.includes(w));
    });
  }, [rules, query, layer, state, category]);

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
      </search>
      <p aria-live="polite" className="muted" data-testid="rule-count">
        {shown.length === rules.length ? `${rules.length} rules` : `${shown.length} of ${rules.length} rules`}
      </p>
      <ul className="rules">
        {shown.map((r) => (
          <li key={r.rule.id} className={r.enabled ? 'rule' : 'rule off'} data-rule-id={r.rule.id}>
            <div className="rule-head">
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
    </section>
  );
}
