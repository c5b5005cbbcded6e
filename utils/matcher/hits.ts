/**
 * Hits combined into matches, in passes linear in the hits (given in text order): the
 * leftmost-longest of two scans merged, the hits an exclusion of their topic covers dropped, and a
 * hit widened over an overlapping alias of its own topic.
 */
import { type AliasData, type AliasMention, matchAt } from './aliases';
import type { Source } from './breaks';

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

/** Hits widened between two chances to yield. */
const HITS_PER_STEP = 4096;

/**
 * Each hit widened over an alias of its own topic that starts inside it and ends past it, so that
 * "President Xi Jinping" is one mention (leftmost-longest alone marks "President Xi" and leaves
 * "Jinping" out); not over another hit. `aliasesOf` gives the aliases by their first character of a
 * topic that has such overlapping aliases, and none for any other (most hits are passed by at once).
 */
export function* joinedOverlaps(
  source: Source,
  hits: readonly AliasMention[],
  aliasesOf: (topicId: string) => ReadonlyMap<string, readonly AliasData[]> | undefined,
): Generator<void, AliasMention[]> {
  const out: AliasMention[] = [];
  for (let i = 0; i < hits.length; i += 1) {
    if (i && i % HITS_PER_STEP === 0) yield;
    const hit = hits[i]!;
    const byFirst = aliasesOf(hit.a.topicId);
    const limit = hits[i + 1]?.start ?? source.text.length;
    let end = hit.end;
    for (let p = hit.start + 1; byFirst && p < end; p += 1) {
      const same = byFirst.get(source.text[p]!.toLowerCase());
      const longer = same && matchAt(source, p, same);
      if (longer && longer.end > end && longer.end <= limit) end = longer.end;
    }
    out.push(end === hit.end ? hit : { ...hit, end });
  }
  return out;
}
