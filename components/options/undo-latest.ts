import { t } from '../../i18n/t.ts';
import type { EditableLayer, OptionsApi } from './api.ts';

/** Undo a layer's latest change: restore the version before it (the restore is itself a version, so it can be undone). */
export async function undoLatest(api: OptionsApi, layer: EditableLayer): Promise<void> {
  const [, previous] = await api.listVersions(layer);
  if (!previous) throw new Error(t('options_noEarlierVersion'));
  const result = await api.restoreVersion(previous.id);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join(' '));
}
