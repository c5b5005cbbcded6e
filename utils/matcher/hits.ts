/**
 * Hits combined into matches, each in one linear pass over hits in text order: the
 * leftmost-longest of two scans merged, and the hits an exclusion of their topic covers dropped.
 */
import type { Hit } from './aliases';

/** Whether `a` comes before `b`: by start, then the longer first. */
const before = (a: Hit, b: Hit) => a.start < b.start || (a.start === b.start && a.end > b.end);

/**
 * Leftmost-longest among the hits of two scans, each in text order with at most one hit (its
 * longest) per start: merged as sorted lists, then every hit that starts inside a kept one is dropped.
 */
export function leftmostLongest(first: readonly Hit[], second: readonly Hit[]): Hit[] {
  const out: Hit[] = [];
  let end = 0;
  const keep = (h: Hit) => {
    if (h.start < end) return;
    out.push(h);
    end = h.end;
  };
  let i = 0;
  let j = 0;
  while (i < first.length || j < second.length) {
    const a = first[i];
    const b = second[j];
    if (a && (!b || !before(b, a))) {
      keep(a);
      i += 1;
    } else {
      keep(b!);
      j += 1;
    }
  }
  return out;
}

/**
 * The hits (in text order) that no exclusion of their own topic covers. Exclusion hits come from
 * one scan, so they do not overlap, and at most one of them holds a given hit's start: the last
 * one starting at or before it, found by a pointer that only moves forward.
 */
export function withoutExcluded(hits: readonly Hit[], excluded: readonly Hit[]): Hit[] {
  if (!excluded.length) return [...hits];
  const out: Hit[] = [];
  let x = -1;
  for (const h of hits) {
    while (x + 1 < excluded.length && excluded[x + 1]!.start <= h.start) x += 1;
    const around = excluded[x];
    if (around && around.a.topicId === h.a.topicId && h.end <= around.end) continue;
    out.push(h);
  }
  return out;
}
