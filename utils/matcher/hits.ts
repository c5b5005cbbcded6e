/**
 * Hits combined into matches, in passes linear in the hits (given in text order): the
 * leftmost-longest of two scans merged, and the hits an exclusion of their topic covers dropped.
 */
import type { AliasMention } from './aliases';

/**
 * Leftmost-longest among the hits of two scans, each in text order with at most one hit (its
 * longest) per start. Sorting the two lists joined costs a merge: the sort finds the two sorted
 * runs and merges them. Then every hit that starts inside a kept one is dropped.
 */
export function leftmostLongest(first: readonly AliasMention[], second: readonly AliasMention[]): AliasMention[] {
  let end = 0;
  return [...first, ...second].sort((a, b) => a.start - b.start || b.end - a.end).filter((h) => h.start >= end && ((end = h.end), true));
}

/**
 * The hits (in text order) that no exclusion of their own topic covers. Exclusion hits come from
 * one scan, so they do not overlap, and at most one of them holds a given hit's start: the last
 * one starting at or before it, found by a pointer that only moves forward.
 */
export function withoutExcluded(hits: readonly AliasMention[], excluded: readonly AliasMention[]): AliasMention[] {
  if (!excluded.length) return [...hits];
  const out: AliasMention[] = [];
  let x = -1;
  for (const h of hits) {
    while (x + 1 < excluded.length && excluded[x + 1]!.start <= h.start) x += 1;
    const around = excluded[x];
    if (around && around.a.topicId === h.a.topicId && h.end <= around.end) continue;
    out.push(h);
  }
  return out;
}
