// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { changedParts, previewElement } from '../../../editors/card-preview.ts';
import type { Finding } from '../../../rules/types.ts';

const finding = (over: Partial<Finding>): Finding =>
  ({
    ruleId: 'blame/x',
    category: 'blame',
    severity: 'warning',
    start: 0,
    end: 1,
    message: 'm',
    replacements: [],
    ...over,
  }) as Finding;

/** Issue 9 item 7: the card shows the sentence as it will read, with the change marked for eyes and ears. */
describe('card preview', () => {
  const preview = {
    sentence: 'The courier decides where to leave parcels, so it is really between you and them.',
    rewritten: 'The courier decides where to leave parcels.',
    start: 42,
    end: 42,
  };

  it('splits the sentence into what stays, what goes and what comes', () => {
    expect(changedParts(preview)).toEqual({
      before: 'The courier decides where to leave parcels',
      removed: ', so it is really between you and them',
      added: '',
      after: '.',
    });
    expect(
      changedParts({ sentence: 'As I said, the refund is due.', rewritten: 'The refund is due.', start: 0, end: 1 }),
    ).toEqual({ before: '', removed: 'As I said, the', added: 'The', after: ' refund is due.' });
  });

  it('marks removals and additions with words a screen reader says', () => {
    const el = previewElement(
      document,
      finding({
        replacements: ['T'],
        preview: { sentence: 'As I said, the refund is due.', rewritten: 'The refund is due.', start: 0, end: 1 },
      }),
    );
    expect(el?.querySelector('del')?.textContent).toBe('removed: As I said, the (end removed) ');
    expect(el?.querySelector('ins')?.textContent).toBe('added: The (end added) ');
    // What a sighted reader sees: the new sentence, the old words struck through.
    const seen = [...(el?.childNodes ?? [])]
      .map((n) => (n.nodeName === 'DEL' ? '' : (n.textContent ?? '').replace(/added: | \(end added\) /g, '')))
      .join('');
    expect(seen).toBe('The refund is due.');
  });

  it('says when the whole sentence goes, and shows an example where no one-click is offered', () => {
    const gone = previewElement(
      document,
      finding({ replacements: [''], preview: { sentence: 'Calm down.', rewritten: '', start: 0, end: 0 } }),
    );
    expect(gone?.textContent).toContain('the whole sentence is removed');
    const example = previewElement(document, finding({ example: 'The refund takes five working days.' }));
    expect(example?.textContent).toBe('For example: The refund takes five working days.');
    expect(previewElement(document, finding({}))).toBeNull();
  });
});
