/**
 * Storage failures turned into a kind and a short, kind sentence for the UI (RELIABILITY.md C6).
 * Writes run in transactions, so a failure always means "nothing changed": the messages say so.
 */
export type StorageErrorKind = 'quota' | 'blocked' | 'unavailable' | 'unknown';

export class StorageError extends Error {
  override name = 'StorageError';
  constructor(
    readonly kind: StorageErrorKind,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

const MESSAGES: Record<StorageErrorKind, string> = {
  quota:
    'Your browser is out of space for Tactful, so this change was not saved. Everything you had before is still there. Free some disk space, then try again.',
  blocked:
    'Another Tactful tab is still using an older copy of your data. Close the other Tactful tabs (options or practice), then try again. Nothing was lost.',
  unavailable:
    'Tactful could not open its storage in this browser profile, so this change was not saved. Nothing was lost; try again after restarting the browser.',
  unknown: 'This change could not be saved. Everything you had before is still there.',
};

/** Dexie wraps DOM errors but keeps their names; nested `inner` errors carry the original. */
function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const name = (current as { name?: unknown }).name;
    if (typeof name === 'string') names.push(name);
    current = (current as { inner?: unknown }).inner ?? (current as { cause?: unknown }).cause;
  }
  return names;
}

export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const names = errorNames(error);
  const kind: StorageErrorKind = names.includes('QuotaExceededError')
    ? 'quota'
    : names.some((n) => n === 'VersionChangeBlockedError' || n === 'BlockedError')
      ? 'blocked'
      : names.some((n) =>
            ['OpenFailedError', 'InvalidStateError', 'MissingAPIError', 'DatabaseClosedError', 'UnknownError'].includes(
              n,
            ),
          )
        ? 'unavailable'
        : 'unknown';
  return new StorageError(kind, MESSAGES[kind], error);
}

export const storageMessage = (kind: StorageErrorKind) => MESSAGES[kind];

/** Run a storage operation and rethrow any failure as a StorageError with a readable message. */
export async function guarded<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    // Our own refusals (plain Errors thrown inside a transaction) already say what went wrong.
    if (error instanceof Error && error.name === 'Error') throw error;
    throw toStorageError(error);
  }
}
