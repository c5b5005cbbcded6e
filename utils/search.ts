/**
 * Full-text search over commentary with fuse.js: passages, titles, authors, section headings and
 * the labels and aliases of the topics each passage touches. Results are grouped by commentary
 * with the best passage as snippet. Pure.
 */
import Fuse, { type FuseIndex, type FuseResultMatch, type IFuseOptions } from 'fuse.js';
import type { Commentary } from './commentary';
import { compileMatcher } from './matcher';
import { buildCandidateIndex } from './search-candidates';
import { makeSnippet, newestFirst, type SearchResult } from './search-results';
import { aliasText, type Topic } from './topics';

export interface SearchDoc {
  commentaryId: string;
  passageId: string;
  title: string;
  author: string;
  section: string;
  text: string;
  /** Labels and aliases of the topics the passage mentions. */
  topics: string[];
  topicIds: string[];
}

export const FUSE_OPTIONS: IFuseOptions<SearchDoc> = {
  keys: [
    { name: 'title', weight: 3 },
    { name: 'topics', weight: 2.5 },
    { name: 'section', weight: 1.5 },
    { name: 'author', weight: 1.5 },
    { name: 'text', weight: 1 },
  ],
  ignoreLocation: true,
  threshold: 0.3,
  includeScore: true,
  includeMatches: true,
  minMatchCharLength: 2,
  useExtendedSearch: true,
};

/** One search document per passage; `topics` come from running the topics' matcher over it. */
export function buildSearchDocs(commentaries: readonly Commentary[], topics: readonly Topic[]): SearchDoc[] {
  const matcher = compileMatcher(topics);
  const byId = new Map(topics.map((t) => [t.id, t]));
  return commentaries.flatMap((c) => {
    const titleTopics = new Set(matcher.find(c.title).map((m) => m.topicId));
    return c.passages.map((p) => {
      const ids = new Set([...titleTopics, ...matcher.find(p.text).map((m) => m.topicId)]);
      const found = [...ids].flatMap((id) => {
        const t = byId.get(id);
        return t ? [t] : [];
      });
      return {
        commentaryId: c.id,
        passageId: p.id,
        title: c.title,
        author: `${c.author.name} ${c.author.affiliation}`.trim(),
        section: p.section ?? '',
        text: p.text,
        topics: found.flatMap((t) => [t.label.en, t.label.ja, ...t.aliases.map(aliasText)]),
        topicIds: found.map((t) => t.id),
      };
    });
  });
}

/** fuse.js ranks at most this many candidate passages per keystroke. */
const MAX_CANDIDATES = 80;
/** Below this many passages fuse.js is fast enough alone. */
const FILTER_FROM = 400;
const RELATIVE_CUTOFF = 0.3;

function textRanges(matches: readonly FuseResultMatch[] | undefined): Array<readonly [number, number]> {
  // Single characters matched fuzzily say nothing to a reader; keep runs of two or more.
  return (matches ?? []).filter((m) => m.key === 'text').flatMap((m) => m.indices.filter(([s, e]) => e - s >= 1));
}

/** Narrows results to one topic, author or year; combinable with each other and with a query. */
export interface SearchFilters {
  topicId?: string;
  author?: string;
  year?: string;
}

export interface Searcher {
  search(query: string, filters?: SearchFilters, limit?: number): SearchResult[];
  /** The values each filter can take, for the filter menus. */
  facets(): { topicIds: string[]; authors: string[]; years: string[] };
  /** A topic name close to a query that found nothing (a misspelling), if there is one. */
  suggest(query: string): string | undefined;
}

/** An index built at build time (`Fuse.createIndex(...).toJSON()`), valid for the documents it was built from. */
export interface PrebuiltIndex {
  /** `docsKey` of the documents the index was built from. */
  docsKey: string;
  index: ReturnType<FuseIndex<SearchDoc>['toJSON']>;
}

/** Identifies a set of search documents, so a prebuilt index is used only for the documents it indexes. */
export function docsKey(docs: readonly SearchDoc[]): string {
  let hash = 0;
  for (const d of docs) {
    for (const part of [d.passageId, d.title, d.section, d.author, ...d.topics, d.text]) {
      for (let i = 0; i < part.length; i += 1) hash = (Math.imul(hash, 31) + part.charCodeAt(i)) | 0;
    }
  }
  return `${docs.length}:${(hash >>> 0).toString(36)}`;
}

/** The search index for the documents, as JSON to ship with the extension. */
export function prebuildIndex(docs: readonly SearchDoc[]): PrebuiltIndex {
  return { docsKey: docsKey(docs), index: Fuse.createIndex(FUSE_OPTIONS.keys!, [...docs]).toJSON() };
}

/** A query split into what fuse.js searches and the words whose commentaries are left out. */
export interface ParsedQuery {
  /** The query without its exclusions, in fuse.js extended syntax (quoted phrases as literal matches). */
  search: string;
  /** Lower-cased words or quoted phrases after `-`. */
  exclude: string[];
}

/**
 * Splits `-word` and `-"a phrase"` out of a query. fuse.js's own `!` inverse applies per field
 * (a commentary still matches on a field without the word), not what a reader means by "-Suga":
 * no commentary that mentions Suga.
 */
export function parseQuery(query: string): ParsedQuery {
  const exclude: string[] = [];
  const search = query
    .replace(/(^|\s)-(?:"([^"]+)"|(\S+))/g, (_, lead: string, phrase?: string, word?: string) => {
      exclude.push((phrase ?? word ?? '').toLowerCase());
      return lead;
    })
    // A quoted phrase is meant literally: fuse.js's include-match ('"…") rather than its fuzzy phrase.
    .replace(/(^|\s)"([^"]+)"/g, `$1'"$2"`)
    .replace(/\s+/g, ' ')
    .trim();
  return { search, exclude };
}

const SUGGEST_OPTIONS: IFuseOptions<string> = { threshold: 0.45, ignoreLocation: true, includeScore: true };

/**
 * Creates a searcher over the given commentaries and topics. `prebuilt` skips indexing when it
 * was built from the same documents (the bundled index with the default topics).
 */
export function createSearcher(commentaries: readonly Commentary[], topics: readonly Topic[], prebuilt?: PrebuiltIndex): Searcher {
  const docs = buildSearchDocs(commentaries, topics);
  const index = prebuilt && prebuilt.docsKey === docsKey(docs) ? Fuse.parseIndex<SearchDoc>(prebuilt.index) : undefined;
  const fuse = new Fuse(docs, FUSE_OPTIONS, index);
  const filter = docs.length >= FILTER_FROM ? buildCandidateIndex(docs) : undefined;
  const topicsOfCommentary = new Map<string, Set<string>>();
  for (const d of docs) {
    const set = topicsOfCommentary.get(d.commentaryId) ?? new Set();
    d.topicIds.forEach((id) => set.add(id));
    topicsOfCommentary.set(d.commentaryId, set);
  }
  const passes = (c: Commentary, f: SearchFilters) =>
    (!f.topicId || (topicsOfCommentary.get(c.id)?.has(f.topicId) ?? false)) &&
    (!f.author || c.author.name === f.author) &&
    (!f.year || c.date.startsWith(f.year));
  /**
   * fuse.js over the candidate passages only, when the index is large enough to need it, and only
   * over the commentaries the filters allow.
   */
  const fuseSearch = (query: string, allowed: ReadonlySet<string> | undefined) => {
    const picked = filter?.candidates(query, MAX_CANDIDATES, allowed && ((i) => allowed.has(docs[i]!.commentaryId)));
    if (picked)
      return new Fuse(
        picked.map((i) => docs[i]!),
        FUSE_OPTIONS,
      ).search(query);
    if (!allowed) return fuse.search(query);
    return new Fuse(
      docs.filter((d) => allowed.has(d.commentaryId)),
      FUSE_OPTIONS,
    ).search(query);
  };
  const byId = new Map(commentaries.map((c) => [c.id, c]));
  /** Lower-cased text of each commentary, made on the first `-exclusion` a reader types. */
  let fullText: Map<string, string> | undefined;
  const mentions = (c: Commentary, word: string) => {
    fullText ??= new Map(
      commentaries.map((x) => [x.id, [x.title, x.author.name, ...x.passages.map((p) => p.text)].join('\n').toLowerCase()]),
    );
    return fullText.get(c.id)!.includes(word);
  };
  const topicNames = [...new Set(topics.flatMap((t) => [t.label.en, t.label.ja, ...t.aliases.map(aliasText)]))];
  let suggester: Fuse<string> | undefined;
  return {
    facets() {
      const used = new Set(docs.flatMap((d) => d.topicIds));
      return {
        topicIds: topics.filter((t) => used.has(t.id)).map((t) => t.id),
        authors: [...new Set(commentaries.map((c) => c.author.name).filter(Boolean))].sort(),
        years: [...new Set(commentaries.map((c) => c.date.slice(0, 4)))].sort().reverse(),
      };
    },
    suggest(query) {
      suggester ??= new Fuse(topicNames, SUGGEST_OPTIONS);
      const best = suggester.search(query.trim())[0]?.item;
      return best && best.toLowerCase() !== query.trim().toLowerCase() ? best : undefined;
    },
    search(query, filters = {}, limit = 20) {
      const { search: trimmed, exclude } = parseQuery(query);
      const filtered = Boolean(filters.topicId || filters.author || filters.year);
      const excluded = (c: Commentary) => exclude.some((word) => mentions(c, word));
      const allowed =
        filtered || exclude.length ? new Set(commentaries.filter((c) => passes(c, filters) && !excluded(c)).map((c) => c.id)) : undefined;
      // One Latin letter matches everything and nothing: keep the newest-first list until the second.
      if (!trimmed || (trimmed.length < 2 && !/[\u0080-\uffff]/.test(trimmed))) {
        return newestFirst(allowed ? commentaries.filter((c) => allowed.has(c.id)) : commentaries, limit);
      }
      const seen = new Set<string>();
      const results: SearchResult[] = [];
      if (allowed?.size === 0) return [];
      const found = fuseSearch(trimmed, allowed);
      // Fuse scores run from 0 (exact) to 1; far weaker hits than the best are noise such as "ma" in "charismatic".
      const cutoff = (found[0]?.score ?? 0) + RELATIVE_CUTOFF;
      for (const r of found) {
        if ((r.score ?? 1) > cutoff) break;
        if (seen.has(r.item.commentaryId)) continue;
        seen.add(r.item.commentaryId);
        const commentary = byId.get(r.item.commentaryId);
        if (!commentary) continue;
        results.push({
          commentary,
          passageId: r.item.passageId,
          snippet: makeSnippet(r.item.text, textRanges(r.matches)),
          score: r.score ?? 1,
        });
        if (results.length >= limit) break;
      }
      return results;
    },
  };
}
