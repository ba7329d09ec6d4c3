import { useCallback, useEffect, useRef, useState } from 'react';
import { type MessageKey, t } from '../../i18n/t.ts';
import type { RuleWriteResult } from '../../messaging/page-protocol.ts';
import type { EffectiveRule } from '../../rules/layers.ts';
import type { Rule } from '../../rules/schema.ts';
import type { Severity } from '../../rules/types.ts';
import type { DeletedRule, EditableLayer, OptionsApi, OptionsModel } from './api.ts';
import { clearDraft, type KeptDraft, readDraft, writeDraft } from './draft-store.ts';
import { History } from './History.tsx';
import { ImportExport } from './ImportExport.tsx';
import { PolicyNotice } from './PolicyNotice.tsx';
import { Publish } from './Publish.tsx';
import { RuleEditor, type SaveAnswer } from './RuleEditor.tsx';
import { type BulkChange, RuleList } from './RuleList.tsx';
import { emptyForm, type RuleForm, ruleToForm } from './rule-form.ts';
import { Sites } from './Sites.tsx';
import { Subscription } from './Subscription.tsx';
import { TryReply } from './TryReply.tsx';

type View = 'rules' | 'import' | 'subscription' | 'history' | 'publish' | 'sites';
const VIEWS: { id: View; label: string }[] = [
  { id: 'rules', label: t('options_rulesTab') },
  { id: 'import', label: t('options_importAndExport') },
  { id: 'subscription', label: t('options_teamSubscription') },
  { id: 'history', label: t('options_history') },
  { id: 'publish', label: t('options_publishARulebook') },
  { id: 'sites', label: t('sites_title') },
];

interface Editing {
  form: RuleForm;
  editingId?: string;
  layers: EditableLayer[];
  readOnly: string | null;
  /** The rule as it was when opened (null for a new rule), to tell if another tab changed it meanwhile. */
  opened: Rule | null;
  /** A draft kept across a reload: the form as first opened, and the layer chosen. */
  pristine?: RuleForm;
  layer?: EditableLayer;
}

// Status lines after a bulk change, whole sentences per case so each language can order its words.
const BULK_SWITCH: Record<'true' | 'false', Record<EditableLayer, MessageKey>> = {
  true: { personal: 'options_bulkOn', team: 'options_bulkOnTeam' },
  false: { personal: 'options_bulkOff', team: 'options_bulkOffTeam' },
};
const BULK_SEVERITY: Record<EditableLayer, MessageKey> = {
  personal: 'options_bulkSeverity',
  team: 'options_bulkSeverityTeam',
};
const SEVERITY_PLURAL: Record<Severity, MessageKey> = {
  hint: 'options_severityPlural_hint',
  warning: 'options_severityPlural_warning',
  error: 'options_severityPlural_error',
};
const SEVERITY_NOW: Record<Severity, MessageKey> = {
  hint: 'options_nowHint',
  warning: 'options_nowWarning',
  error: 'options_nowError',
};

/** The options page: rules with their source layer, a live rule editor, "try a reply", import/export, subscription. */
/** A refused write becomes an error, so `attempt` shows its problems as the status line. */
function refusedAsError(result: RuleWriteResult): void {
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join(' '));
}

export function OptionsApp({ api }: { api: OptionsApi }) {
  const [model, setModel] = useState<OptionsModel | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  // options.html#import (the welcome page's "Import a team rulebook") or #sites opens that tab.
  const [view, setView] = useState<View>(
    () => VIEWS.find((v) => `#${v.id}` === globalThis.location?.hash)?.id ?? 'rules',
  );
  const [editing, setEditing] = useState<Editing | null>(null);
  const [undo, setUndo] = useState<DeletedRule | null>(null);
  const [status, setStatus] = useState('');
  const [refreshKey, setRefreshKey] = useState(0);
  const [tryDraft, setTryDraft] = useState<{ rule: Rule; replaces?: string } | undefined>(undefined);
  const [skipping, setSkipping] = useState(false);
  const listScroll = useRef(0);
  const restoredDraft = useRef(false);

  const reload = useCallback(async () => {
    try {
      setModel(await api.load());
      setLoadError(null);
      setRefreshKey((k) => k + 1);
    } catch (error) {
      setLoadError((error as Error).message);
    }
  }, [api]);

  useEffect(() => {
    const controller = new AbortController();
    void reload();
    api.watch(() => void reload(), controller.signal);
    return () => controller.abort();
  }, [api, reload]);

  // A reload of the page brings back the rule being edited, with its unsaved changes.
  useEffect(() => {
    if (!model || restoredDraft.current) return;
    restoredDraft.current = true;
    const kept = readDraft();
    if (!kept) return;
    setEditing({ ...kept.editing, form: kept.form, pristine: kept.pristine, layer: kept.layer });
    setStatus(t('options_draftKept', { id: kept.form.id }));
  }, [model]);

  // The skip link: show the rules view, then move focus to "Try a reply".
  useEffect(() => {
    if (!skipping || view !== 'rules') return;
    document.getElementById('try-reply')?.focus();
    setSkipping(false);
  }, [skipping, view]);

  const onDraftChange = useCallback(
    (draft: { form: RuleForm; layer: EditableLayer; rule: Rule | undefined; dirty: boolean }) => {
      setTryDraft(
        draft.rule && draft.dirty
          ? { rule: draft.rule, ...(editing?.editingId ? { replaces: editing.editingId } : {}) }
          : undefined,
      );
      if (!editing || editing.readOnly) return;
      const { pristine, layer: _layer, form: _form, ...rest } = editing;
      if (draft.dirty) {
        const kept: KeptDraft = {
          editing: rest,
          form: draft.form,
          pristine: pristine ?? editing.form,
          layer: draft.layer,
        };
        writeDraft(kept);
      } else clearDraft();
    },
    [editing],
  );

  /** Run a change; its failure (locked, storage full…) becomes the status line, never an uncaught error. */
  const attempt = async (action: () => Promise<unknown>, done?: string) => {
    try {
      await action();
      if (done) setStatus(done);
      await reload();
      return true;
    } catch (error) {
      setStatus((error as Error).message);
      return false;
    }
  };

  if (!model) {
    return (
      <main className="options">
        <h1>{t('extName')}</h1>
        <p role={loadError ? 'alert' : 'status'}>{loadError ?? t('options_loading')}</p>
      </main>
    );
  }

  const teamEditable = model.teamReadOnly === null;
  // A lead keeps a team rulebook in this browser: a starter rule they edit goes to the team by default.
  const lead = teamEditable && model.layers.team !== undefined && model.layers.team.source !== 'builtin';
  const lockText = (r: EffectiveRule) =>
    r.lockedBy === 'policy' ? t('options_lockedByPolicy') : t('options_lockedByTeam');
  const layersFor = (source: EffectiveRule['source'] | 'new'): EditableLayer[] =>
    !teamEditable
      ? ['personal']
      : source === 'team' || (source === 'starter' && lead)
        ? ['team', 'personal']
        : ['personal', 'team'];

  /** Open the editor where the list was; closing it goes back to the same place in the list. */
  const open = (next: Editing) => {
    listScroll.current = window.scrollY;
    setEditing(next);
    window.scrollTo({ top: 0 });
  };
  const close = () => {
    clearDraft();
    setEditing(null);
    setTryDraft(undefined);
    requestAnimationFrame(() => window.scrollTo({ top: listScroll.current }));
  };

  const edit = (r: EffectiveRule) =>
    open({
      form: ruleToForm(r.rule),
      editingId: r.rule.id,
      layers: layersFor(r.source),
      readOnly: r.locked ? lockText(r) : null,
      opened: r.rule,
    });
  const duplicate = (r: EffectiveRule) =>
    open({
      form: { ...ruleToForm(r.rule), id: `${r.rule.id}-copy`, locked: false },
      layers: layersFor('new'),
      readOnly: null,
      opened: null,
    });
  const create = () => open({ form: emptyForm(), layers: layersFor('new'), readOnly: null, opened: null });

  const save = async (
    layer: EditableLayer,
    rule: Rule,
    previousId: string | undefined,
    opened: Rule | null,
  ): Promise<SaveAnswer> => {
    // A starter or team rule saved to "My rules" becomes your own version of it (same id).
    const sameLayer = model.rules.find((r) => r.rule.id === previousId)?.source === layer;
    const result = await api.saveRule(layer, rule, sameLayer ? previousId : rule.id, opened ?? undefined);
    if (!result.ok) return { problems: result.problems, ...(result.conflict ? { conflict: result.conflict } : {}) };
    close();
    // Listed first, then announced: the status never speaks of a rule the list does not show yet.
    await reload();
    setStatus(t('options_saved', { id: rule.id }));
    return { problems: [] };
  };

  const bulk = (rules: EffectiveRule[], change: BulkChange, layer: EditableLayer) =>
    void attempt(
      () =>
        api.setSwitches(
          layer,
          rules.map((r) => r.rule.id),
          change,
        ),
      'enabled' in change
        ? t(BULK_SWITCH[`${change.enabled}`][layer], { count: rules.length })
        : t(BULK_SEVERITY[layer], { count: rules.length, severity: t(SEVERITY_PLURAL[change.severity]) }),
    );

  const remove = async (r: EffectiveRule) => {
    const layer = r.source === 'team' ? 'team' : 'personal';
    try {
      const deleted = await api.deleteRule(layer, r.rule.id);
      setUndo(deleted ?? null);
      setStatus(t('options_deleted', { id: r.rule.id }));
      await reload();
    } catch (error) {
      setStatus((error as Error).message);
    }
  };

  return (
    <main className="options">
      <button
        type="button"
        className="skip-link"
        onClick={() => {
          setView('rules');
          setSkipping(true);
        }}
      >
        {t('options_skipToTryA')}
      </button>
      <header className="top">
        <h1>{t('extName')}</h1>
        <p className="muted">{t('options_yourCoachingRulesEverything')}</p>
        <a href="/practice.html">{t('options_practiseReplies')}</a>
      </header>
      <PolicyNotice policy={model.policy} />
      {loadError && (
        <p role="alert" className="problems">
          {loadError}
        </p>
      )}
      <nav aria-label={t('options_sections')} className="tabs">
        {VIEWS.map((v) => (
          <button
            key={v.id}
            type="button"
            aria-current={view === v.id ? 'page' : undefined}
            onClick={() => setView(v.id)}
          >
            {v.label}
          </button>
        ))}
      </nav>
      <div className="status-line" role="status" aria-live="polite" data-testid="status">
        {status}
        {undo && (
          <button
            type="button"
            className="link"
            onClick={() =>
              void attempt(
                () => api.restoreRule(undo).then(refusedAsError),
                t('options_restored', { id: undo.rule.id }),
              ).then((ok) => ok && setUndo(null))
            }
          >
            {t('options_undo')}
          </button>
        )}
      </div>
      {model.refused.length > 0 && (
        <ul className="notice">
          {model.refused.map((r) => (
            <li key={`${r.layer}-${r.ruleId}`}>{r.message}</li>
          ))}
        </ul>
      )}

      {view === 'rules' && (
        <div className="columns">
          <div className="main-column">
            {editing && (
              <RuleEditor
                key={editing.editingId ?? `new-${editing.form.id}`}
                initial={editing.form}
                {...(editing.editingId ? { editingId: editing.editingId } : {})}
                {...(editing.pristine ? { pristine: editing.pristine } : {})}
                {...(editing.layer ? { initialLayer: editing.layer } : {})}
                layers={editing.layers}
                readOnly={editing.readOnly}
                opened={editing.opened}
                checkRule={api.checkRule}
                onSave={save}
                onCancel={close}
                onChange={onDraftChange}
              />
            )}
            {/* Kept mounted while editing, so search, filters and place in the list survive a save. */}
            <div hidden={editing !== null}>
              {model.layers.team?.detachedFrom && (
                <p className="notice" role="note">
                  {t('options_detached', { url: model.layers.team.detachedFrom })}
                </p>
              )}
              <div className="row">
                <button type="button" className="primary" onClick={create}>
                  {t('options_newRule')}
                </button>
                <p className="muted layers-summary">
                  {t('options_starterCount', { count: model.layers.starter.ruleCount })}
                  {' · '}
                  {model.layers.team
                    ? t('options_teamSummary', { name: model.layers.team.name, count: model.layers.team.ruleCount })
                    : t('options_noTeamRulebook')}
                  {model.layers.personal
                    ? ` · ${t('options_yoursCount', { count: model.layers.personal.ruleCount })}`
                    : ''}
                </p>
              </div>
              <RuleList
                rules={model.rules}
                canDelete={(r) => r.source === 'personal' || (r.source === 'team' && teamEditable)}
                onEdit={edit}
                onDuplicate={duplicate}
                onDelete={(r) => void remove(r)}
                onToggle={(r, enabled) =>
                  void attempt(
                    () => api.setEnabled(r.rule.id, enabled),
                    t(enabled ? 'options_turnedOn' : 'options_turnedOff', { id: r.rule.id }),
                  )
                }
                onSeverity={(r, severity) =>
                  void attempt(() => api.setSeverity(r.rule.id, severity), t(SEVERITY_NOW[severity], { id: r.rule.id }))
                }
                onBulk={bulk}
                teamEditable={teamEditable}
              />
            </div>
          </div>
          <aside className="side-column">
            <TryReply load={api.coachState} refreshKey={refreshKey} draft={editing ? tryDraft : undefined} />
          </aside>
        </div>
      )}
      {view === 'import' && <ImportExport api={api} teamReadOnly={model.teamReadOnly} />}
      {view === 'subscription' && <Subscription api={api} model={model} />}
      {view === 'history' && (
        <History
          api={api}
          refreshKey={refreshKey}
          readOnly={{
            team: model.policy.locked || model.policy.rulebookUrl ? model.teamReadOnly : null,
            personal: null,
          }}
        />
      )}
      {view === 'publish' && <Publish extensionId={globalThis.location?.host || 'your-extension-id'} />}
      {view === 'sites' && <Sites api={api} sites={model.disabledSites} refreshKey={refreshKey} />}
    </main>
  );
}
