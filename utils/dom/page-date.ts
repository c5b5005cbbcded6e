/**
 * A page's publication date: for the brief's "written N years before this article" and for
 * ranking. Read from its metadata, else from the date it prints by its headline. Uses only the
 * `Document` it is given.
 */
import { parsePrintedDate } from '../printed-date';
import { findHeadline } from './headline';
import { attributeIn, closestOf, invoke, parentOf, property, queryAll, tagOf, textOf } from './native';
import { composedContains } from './shadow-roots';
import { SKIP_TAG_SET, blockElementOf } from './tags';

/** The page's publication date, ISO `YYYY-MM-DD`, from the usual metadata, else as printed by its headline. */
export function findPageDate(doc: Document): string | undefined {
  return metadataDate(doc) ?? printedDate(doc);
}

/** The date in the page's metadata (Open Graph, meta tags, microdata, `time[datetime]`, JSON-LD). */
export function metadataDate(doc: Document): string | undefined {
  const candidates: Array<string | null | undefined> = [
    attributeIn(doc, 'meta[property="article:published_time"]', 'content'),
    attributeIn(doc, 'meta[name="date"], meta[name="pubdate"], meta[itemprop="datePublished"]', 'content'),
    attributeIn(doc, '[itemprop="datePublished"]', 'datetime'),
    attributeIn(doc, 'article time[datetime], time[datetime]', 'datetime'),
  ];
  for (const script of queryAll(doc, 'script[type="application/ld+json"]')) {
    candidates.push(/"datePublished"\s*:\s*"([^"]+)"/.exec(textOf(script))?.[1]);
  }
  for (const value of candidates) {
    const m = value && /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
    if (m) return m[1];
  }
  return undefined;
}

/** Lines read after the headline for its date (a dateline, a byline with the date), and before it. */
const LINES_AFTER = 8;
const LINES_BEFORE = 3;
/** A line longer than this is prose, whose dates are the story's, not the page's. */
const MAX_DATE_LINE = 100;
/** How far up from the headline the lines are read: the boxes around it, not the whole page. */
const LEVELS_UP = 8;
/** Text nodes read at most, so that a click on a huge page never waits on this. */
const MAX_NODES = 5000;
const DAY_MS = 86_400_000;

/**
 * The date the page prints next to its headline ("2026年11月30日 10時30分", "Nov. 30, 2026"), for
 * pages without metadata (Japanese blogs and small papers): the first within a few short lines
 * after the headline, else the nearest before it, in the boxes around the headline but not in
 * navigation or asides (a rail of dated links); never a date after tomorrow (an event's).
 */
export function printedDate(doc: Document): string | undefined {
  const headline = findHeadline(doc);
  const body = property(doc, 'body');
  if (!headline || !body || !composedContains(body, headline)) return undefined;
  let around: Element = headline;
  for (let up = 0, p = parentOf(headline); up < LEVELS_UP && p && p !== body; up += 1, p = parentOf(p)) around = p;
  const { before, after } = linesAround(doc, around, headline);
  const latest = Date.now() + DAY_MS;
  for (const line of [...after, ...before.reverse()]) {
    const date = line.length <= MAX_DATE_LINE ? parsePrintedDate(line) : undefined;
    if (date && Date.parse(date) <= latest) return date;
  }
  return undefined;
}

/**
 * The last few lines of text before the headline and the first few after it, in reading order,
 * outside it, within `around`. One walk from its top (linkedom's walker cannot go backwards).
 */
function linesAround(doc: Document, around: Element, headline: Element): { before: string[]; after: string[] } {
  const before: string[] = [];
  const after: string[] = [];
  let lines = before;
  let block: Element | undefined;
  const walker = invoke(doc, 'createTreeWalker', around, 4 /* SHOW_TEXT */);
  let nodes = 0;
  for (
    let node = walker.nextNode() as Text | null;
    node && after.length <= LINES_AFTER && ++nodes <= MAX_NODES;
    node = walker.nextNode() as Text | null
  ) {
    const parent = node.parentElement;
    if (!parent || SKIP_TAG_SET.has(tagOf(parent))) continue;
    if (composedContains(headline, node)) {
      lines = after;
      block = undefined;
      continue;
    }
    const text = node.data.trim();
    if (!text || closestOf(parent, 'nav, aside, [hidden]')) continue;
    const nodeBlock = blockElementOf(parent);
    if (nodeBlock === block && lines[lines.length - 1]!.length <= MAX_DATE_LINE) lines[lines.length - 1] += ` ${text}`;
    else if (nodeBlock !== block) {
      lines.push(text);
      if (lines === before && before.length > LINES_BEFORE) before.shift();
    }
    block = nodeBlock;
  }
  return { before, after: after.slice(0, LINES_AFTER) };
}
