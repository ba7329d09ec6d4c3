/**
 * Binary search over a list ordered so that `isBefore` holds for a leading run of items and fails for the rest:
 * the index of the first item for which it fails (the list's length when it never does).
 */
export function partitionPoint<T>(list: readonly T[], isBefore: (item: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isBefore(list[mid] as T)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
