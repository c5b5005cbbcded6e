/**
 * Binary search over a sorted list, written once: the matcher finds the join at or after an
 * offset with it, search the first vocabulary word with a prefix. Pure.
 */

/**
 * The first index in [lo, hi) of an ascending list whose value is at least `value`, or hi when
 * none is (C++'s `lower_bound`).
 */
export function lowerBound<T extends number | string>(sorted: readonly T[], value: T, lo = 0, hi = sorted.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
