/**
 * Save text as a file from an extension page, without any permission: a Blob URL on a temporary link.
 * CSV gets a byte-order mark so spreadsheet apps read "£" and accents as UTF-8.
 */
export function downloadText(doc: Document, fileName: string, text: string, type = 'text/csv'): void {
  const bom = type === 'text/csv' ? '\uFEFF' : '';
  const url = URL.createObjectURL(new Blob([bom + text], { type: `${type};charset=utf-8` }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Give the download a moment to start before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
