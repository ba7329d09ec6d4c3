import { useId, useMemo, useState } from 'react';
import { type MessageKey, t } from '../../i18n/t.ts';
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
  r.lockedBy === 'policy' ? t('options_lockedByOrganisation') : t('options_lockedByYourTeam');

const CHANGED_BY: Record<LayerName, MessageKey> = {
  starter: 'options_changedByStarter',
  team: 'options_changedByTeam',
  personal: 'options_changedByYou',
};

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
      <h2 id="rules-title">{t('options_rules')}</h2>
      <search className="filters">
        <div className="field grow">
          <label htmlFor={ids.search}>{t('options_searchRules')}</label>
          <input
            id={ids.search}
            type="search"
            value={query}
            placeholder={t('options_aPhraseIdOr')}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.layer}>{t('options_from')}</label>
          <select id={ids.layer} value={layer} onChange={(e) => setLayer(e.target.value as LayerFilter)}>
            <option value="all">{t('options_allLayers')}</option>
            <option value="starter">{t('options_starter')}</option>
            <option value="team">{t('options_team')}</option>
            <option value="personal">{t('options_yours')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.category}>{t('options_category')}</label>
          <select id={ids.category} value={category} onChange={(e) => setCategory(e.target.value)}>
            <option value="all">{t('options_allCategories')}</option>
            {categories.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.state}>{t('options_status')}</label>
          <select id={ids.state} value={state} onChange={(e) => setState(e.target.value as StateFilter)}>
            <option value="all">{t('options_onAndOff')}</option>
            <option value="on">{t('options_on')}</option>
            <option value="off">{t('options_off')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.sort}>{t('options_sortBy')}</label>
          <select id={ids.sort} value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
            <option value="name">{t('options_name')}</option>
            <option value="id">{t('options_id')}</option>
            <option value="category">{t('options_category')}</option>
            <option value="layer">{t('options_whereItComesFrom')}</option>
            <option value="severity">{t('options_severity')}</option>
            <option value="status">{t('options_onFirst')}</option>
          </select>
        </div>
        <label className="check">
          <input type="checkbox" checked={grouped} onChange={(e) => setGrouped(e.target.checked)} />{' '}
          {t('options_groupByFamily')}
        </label>
      </search>
      <p aria-live="polite" className="muted" data-testid="rule-count">
        {shown.length === rules.length
          ? t('options_ruleCount', { count: rules.length })
          : t('options_rulesShown', { shown: shown.length, count: rules.length })}
      </p>
      {shown.length > 0 && (
        <fieldset className="bulk" data-testid="bulk">
          <legend>
            {t('options_allShown', { count: shown.length })}
            {changeable.length < shown.length
              ? ` ${t('options_lockedLeftAlone', { count: shown.length - changeable.length })}`
              : ''}
          </legend>
          {teamEditable && (
            <div className="field">
              <label htmlFor={ids.bulkLayer}>{t('options_for')}</label>
              <select
                id={ids.bulkLayer}
                value={bulkLayer}
                onChange={(e) => setBulkLayer(e.target.value as EditableLayer)}
              >
                <option value="personal">{t('options_meMyRules')}</option>
                <option value="team">{t('options_theTeamTeamRulebook')}</option>
              </select>
            </div>
          )}
          <button type="button" onClick={() => onBulk(changeable, { enabled: true }, target)}>
            {t('options_turnAllOn')}
          </button>
          <button type="button" onClick={() => onBulk(changeable, { enabled: false }, target)}>
            {t('options_turnAllOff')}
          </button>
          <div className="field">
            <label htmlFor={ids.bulkSeverity}>{t('options_severityForAll')}</label>
            <select
              id={ids.bulkSeverity}
              value={bulkSeverity}
              onChange={(e) => setBulkSeverity(e.target.value as Severity)}
            >
              <option value="hint">{t('options_hint')}</option>
              <option value="warning">{t('options_warning')}</option>
              <option value="error">{t('options_error')}</option>
            </select>
          </div>
          <button type="button" onClick={() => onBulk(changeable, { severity: bulkSeverity }, target)}>
            {t('options_setSeverity')}
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
                  <span className={`badge layer-${r.source}`} title={t('options_whereThisRuleComes')}>
                    {LAYER_LABEL[r.source]}
                  </span>
                  {r.changedBy && <span className="badge changed">{t(CHANGED_BY[r.changedBy])}</span>}
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
                    {t('options_on')}
                    <span className="visually-hidden"> — {r.rule.id}</span>
                  </label>
                  <label className="inline-select">
                    <span className="visually-hidden">{t('options_severityOf', { id: r.rule.id })}</span>
                    <select
                      value={r.rule.severity}
                      disabled={r.locked}
                      onChange={(e) => onSeverity(r, e.target.value as Severity)}
                    >
                      <option value="hint">{t('options_hint')}</option>
                      <option value="warning">{t('options_warning')}</option>
                      <option value="error">{t('options_error')}</option>
                    </select>
                  </label>
                  <button type="button" onClick={() => onEdit(r)}>
                    {r.locked ? t('options_view') : t('options_edit')}
                    <span className="visually-hidden"> {r.rule.id}</span>
                  </button>
                  <button type="button" onClick={() => onDuplicate(r)}>
                    {t('options_duplicate')}
                    <span className="visually-hidden"> {r.rule.id}</span>
                  </button>
                  {canDelete(r) && (
                    <button type="button" className="danger" onClick={() => onDelete(r)}>
                      {t('options_delete')}
                      <span className="visually-hidden"> {r.rule.id}</span>
                    </button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        );
        return group.family ? (
          <section key={group.family} className="family" aria-label={t('options_family', { family: group.family })}>
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
