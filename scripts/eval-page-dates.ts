/**
 * `npm run eval:dates`: how often the date a page prints by its headline (`printedDate`) agrees
 * with its metadata (`metadataDate`), on the pages of ../shared/corpus/article-snippets that have
 * metadata, per half of the fixed split: found, the same, within a day. Also how many pages
 * without metadata get a printed date (which nothing here can check).
 */
import { halfOf, loadSnippetPages, pageHtml, type Half } from './bench/article-corpus';
import { parsePage } from './page-html';
import { metadataDate, printedDate } from '../utils/dom/page-date';

const DAY_MS = 86_400_000;

function main() {
  const pages = loadSnippetPages();
  if (!pages) {
    console.error('eval:dates needs ../shared/corpus/article-snippets');
    process.exitCode = 2;
    return;
  }
  const counts = new Map<Half, { metadata: number; found: number; same: number; withinDay: number; none: number; foundWithout: number }>();
  for (const page of pages) {
    const c = counts.get(halfOf(page)) ?? { metadata: 0, found: 0, same: 0, withinDay: 0, none: 0, foundWithout: 0 };
    counts.set(halfOf(page), c);
    const doc = parsePage(pageHtml(page));
    const meta = metadataDate(doc);
    const printed = printedDate(doc);
    if (!meta) {
      c.none += 1;
      if (printed) c.foundWithout += 1;
      continue;
    }
    c.metadata += 1;
    if (!printed) continue;
    c.found += 1;
    if (printed === meta) c.same += 1;
    if (Math.abs(Date.parse(printed) - Date.parse(meta)) <= DAY_MS) c.withinDay += 1;
  }
  for (const half of ['tuning', 'held-out'] as const) {
    const c = counts.get(half)!;
    const pct = (n: number, of: number) => `${((100 * n) / (of || 1)).toFixed(0)} %`;
    console.log(
      `${half.padEnd(8)} with metadata ${c.metadata}: printed date found ${c.found} (${pct(c.found, c.metadata)}), the same ${c.same} (${pct(c.same, c.found)}), within a day ${c.withinDay} (${pct(c.withinDay, c.found)}); without metadata ${c.none}: printed date found ${c.foundWithout}`,
    );
  }
}

main();
