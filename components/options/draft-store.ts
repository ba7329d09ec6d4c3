import type { EditableLayer } from '../../messaging/protocol.ts';
import type { Rule } from '../../rules/schema.ts';
import type { RuleForm } from './rule-form.ts';

/**
 * The rule being edited, kept in this tab's sessionStorage on every change so a reload (or a crash of the page)
 * brings it back. Per tab on purpose: a second options tab has its own editor and its own draft. Not a rule store:
 * nothing here reaches the coach until the lead saves.
 */
const KEY = 'tactful.options.draft';

export interface KeptDraft {
  editing: { editingId?: string; layers: EditableLayer[]; readOnly: string | null; opened: Rule | null };
  form: RuleForm;
  /** The form as it was opened, to tell unsaved changes from none. */
  pristine: RuleForm;
  layer: EditableLayer;
}

const storage = (): Storage | undefined => {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
};

export function readDraft(): KeptDraft | null {
  try {
    const text = storage()?.getItem(KEY);
    const value = text ? (JSON.parse(text) as KeptDraft) : null;
    return value && typeof value.form?.id === 'string' && Array.isArray(value.editing?.layers) ? value : null;
  } catch {
    return null;
  }
}

export function writeDraft(draft: KeptDraft): void {
  try {
    storage()?.setItem(KEY, JSON.stringify(draft));
  } catch {
    // Storage full or blocked: the draft still lives in the open page.
  }
}

export function clearDraft(): void {
  try {
    storage()?.removeItem(KEY);
  } catch {
    // Nothing to clear.
  }
}
