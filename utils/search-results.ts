/**
 * Search results as the popup shows them: a commentary, its best passage, a snippet with the
 * matched words marked. Kept apart from `search.ts` so the popup can list the newest commentary
 * before fuse.js and the index are loaded. Pure.
 */
import type { Commentary } from './commentary';

export interface SnippetPart {
  text: string;
  mark: boolean;
}

export interface SearchResult {
  commentary: Commentary;
  passageId: string;
  snippet: SnippetPart[];
  score: number;
}

const SNIPPET_LENGTH = 220;

/** The part of `text` around the first marked range, split into marked and plain parts. */
export function makeSnippet(text: string, ranges: ReadonlyArray<readonly [number, number]>, length = SNIPPET_LENGTH): SnippetPart[] {
  const sorted = [...ranges].filter(([s, e]) => e >= s).sort((a, b) => a[0] - b[0]);
  const first = sorted[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(length / 3));
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  const end = Math.min(text.length, start + length);
  const parts: SnippetPart[] = [];
  let at = start;
  for (const [s, e] of sorted) {
    const from = Math.max(s, at);
    const to = Math.min(e + 1, end);
    if (to <= from) continue;
    if (from > at) parts.push({ text: text.slice(at, from), mark: false });
    parts.push({ text: text.slice(from, to), mark: true });
    at = to;
  }
  if (at < end) parts.push({ text: text.slice(at, end), mark: false });
  if (start > 0) parts.unshift({ text: '…', mark: false });
  if (end < text.length) parts.push({ text: '…', mark: false });
  return parts;
}

/** The commentaries newest first, each with its opening as snippet: the list for an empty query. */
export function newestFirst(commentaries: readonly Commentary[], limit = 20): SearchResult[] {
  return [...commentaries]
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, limit)
    .map((c) => ({ commentary: c, passageId: c.passages[0]?.id ?? '', snippet: makeSnippet(c.passages[0]?.text ?? '', []), score: 1 }));
}
