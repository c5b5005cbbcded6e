/** Which topics a commentary touches, and which other commentaries share them. Pure. */
import type { Commentary } from './commentary';
import type { Matcher } from './matcher';

/** Topic ids mentioned in the commentary's title and text, most mentioned first. */
export function topicsOf(commentary: Commentary, matcher: Matcher): string[] {
  const counts = new Map<string, number>();
  for (const text of [commentary.title, ...commentary.passages.map((p) => p.text)]) {
    for (const m of matcher.find(text)) counts.set(m.topicId, (counts.get(m.topicId) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}

/** Other commentaries that share at least one topic, most shared topics first, then newest. */
export function relatedCommentaries(
  commentary: Commentary,
  all: readonly Commentary[],
  matcher: Matcher,
): Array<{ commentary: Commentary; shared: string[] }> {
  const mine = new Set(topicsOf(commentary, matcher));
  return all
    .filter((c) => c.id !== commentary.id)
    .map((c) => ({ commentary: c, shared: topicsOf(c, matcher).filter((id) => mine.has(id)) }))
    .filter((r) => r.shared.length > 0)
    .sort((a, b) => b.shared.length - a.shared.length || b.commentary.date.localeCompare(a.commentary.date));
}
