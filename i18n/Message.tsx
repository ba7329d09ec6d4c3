import { Fragment, type ReactNode } from 'react';
import { type MessageKey, t } from './t.ts';

/**
 * A message with elements inside it (a count in its own span, a code sample): the translation decides where they
 * go, so a sentence is never glued together from English-ordered pieces.
 */
export function Message({ id, values }: { id: MessageKey; values: Readonly<Record<string, ReactNode>> }) {
  const plain: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values))
    if (typeof value === 'string' || typeof value === 'number') plain[name] = value;
  // Element values stay as {name} in the text and are put in below.
  const parts = t(id, plain).split(/\{(\w+)\}/);
  return (
    <>
      {parts.map((part, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one message never move
        <Fragment key={index}>{index % 2 === 1 ? (values[part] ?? `{${part}}`) : part}</Fragment>
      ))}
    </>
  );
}
