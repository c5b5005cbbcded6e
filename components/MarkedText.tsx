/** Text with some ranges emphasised, e.g. the alias in an excerpt or the query in a snippet. */
export interface MarkRange {
  start: number;
  end: number;
}

export function MarkedText({ text, ranges }: { text: string; ranges: readonly MarkRange[] }) {
  const parts = [];
  let at = 0;
  for (const { start, end } of [...ranges].sort((a, b) => a.start - b.start)) {
    if (start < at) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<strong class="mark">{text.slice(start, end)}</strong>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
