import { t } from '../i18n/t.ts';
import type { Finding } from '../rules/types.ts';

/**
 * The card's preview of the first rewrite (issue 9): the sentence as it will read, with what goes struck through and
 * what comes in marked, as a diff. Each change carries visually hidden words ("removed:", "added:") so a screen reader
 * says what happens rather than reading both versions run together. Where no one-click is offered, the rule's example
 * sentence is shown to copy instead. Built from `finding.preview` / `finding.example`; text only, never HTML.
 */
export function previewElement(doc: Document, finding: Finding): HTMLElement | null {
  const preview = finding.preview;
  if (preview && finding.replacements.length > 0) return diffElement(doc, preview);
  if (finding.example && finding.replacements.length === 0) {
    const p = doc.createElement('p');
    p.className = 'example';
    const label = doc.createElement('span');
    label.className = 'example-label';
    label.textContent = `${t('card_forExample')} `;
    p.append(label, doc.createTextNode(finding.example));
    return p;
  }
  return null;
}

type Preview = NonNullable<Finding['preview']>;

/** The old sentence's changed part: the same prefix as the rewrite, and what follows the rewrite's changed part. */
export function changedParts(preview: Preview): { before: string; removed: string; added: string; after: string } {
  const { sentence, rewritten, start, end } = preview;
  if (rewritten === '') return { before: '', removed: sentence, added: '', after: '' };
  // Whole words: "As I said, the" → "The" reads as a change of words, not of a letter's case.
  const word = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}'’]/u.test(ch);
  let from = start;
  while (from > 0 && word(sentence[from - 1]) && (word(sentence[from]) || word(rewritten[from]))) from--;
  let suffix = rewritten.length - end;
  const oldEnd = () => sentence.length - suffix;
  while (suffix > 0 && word(sentence[oldEnd()]) && (word(sentence[oldEnd() - 1]) || word(rewritten[end - 1]))) suffix--;
  return {
    before: sentence.slice(0, from),
    removed: sentence.slice(from, oldEnd()),
    added: rewritten.slice(from, rewritten.length - suffix),
    after: sentence.slice(oldEnd()),
  };
}

function diffElement(doc: Document, preview: Preview): HTMLElement {
  const p = doc.createElement('p');
  p.className = 'preview';
  p.setAttribute('aria-label', t('card_previewLabel'));
  const parts = changedParts(preview);
  const hidden = (text: string) => {
    const span = doc.createElement('span');
    span.className = 'sr-only';
    span.textContent = text;
    return span;
  };
  p.append(doc.createTextNode(parts.before));
  if (parts.removed) {
    const del = doc.createElement('del');
    del.append(
      hidden(`${t('card_removedStart')} `),
      doc.createTextNode(parts.removed),
      hidden(` ${t('card_removedEnd')} `),
    );
    p.append(del);
  }
  if (parts.added) {
    const ins = doc.createElement('ins');
    ins.append(hidden(`${t('card_addedStart')} `), doc.createTextNode(parts.added), hidden(` ${t('card_addedEnd')} `));
    p.append(ins);
  }
  p.append(doc.createTextNode(parts.after));
  if (preview.rewritten === '') p.append(hidden(` ${t('card_sentenceRemoved')}`));
  return p;
}
