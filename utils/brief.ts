/**
 * Briefs: the passages of JFIR commentary that best explain a topic on a given page. Pure.
 *
 * A passage's score adds (a) evidence that it is about the topic (the topic's aliases in the
 * passage, and how much of its commentary mentions the topic) and (b) BM25 similarity between
 * the passage and the page's own context (headline, sentences around the mentions, other topics
 * found). On a Japanese page the context's Japanese words are also rendered in English
 * (`cross-language.ts`), so that English passages answer what the page is about. At most two
 * excerpts come from one commentary unless only one is relevant; ties go to the newer commentary.
 */
import type { Commentary, Passage } from './commentary';
import { createTranslator, GLOSSARY, topicRenderings, type Translator } from './cross-language';
import { hasCjk } from './tokenizer';
import { compileMatcher } from './matcher';
import { surfaceWord, termCounts, terms } from './terms';
import { aliasText, type Topic } from './topics';

/** What the page tells the ranking about itself. */
export interface PageContext {
  headline?: string;
  /** Sentences around the mentions of the topic. */
  snippets?: string[];
  /** Other topics found on the page. */
  otherTopicIds?: string[];
  /** The page's own publication date, ISO, when it has one. */
  pageDate?: string;
}

export interface Excerpt {
  commentaryId: string;
  passageId: string;
  title: string;
  date: string;
  author: string;
  affiliation: string;
  section?: string;
  text: string;
  url: string;
  imported?: boolean;
  /** The terms that made this passage match, for "why this excerpt". */
  why: string[];
  score: number;
}

const K1 = 1.2;
const B = 0.75;
const MAX_PER_COMMENTARY = 2;

interface IndexedPassage {
  commentary: Commentary;
  passage: Passage;
  counts: Map<string, number>;
  length: number;
}

export interface Ranker {
  /** Up to `max` excerpts for the topic, best first. */
  brief(topic: Topic, context: PageContext, max?: number, allTopics?: readonly Topic[]): Excerpt[];
  /** Every candidate passage id, best first, before the one-commentary limit: for evaluation. */
  rank(topic: Topic, context: PageContext, allTopics?: readonly Topic[]): string[];
}

export interface RankerOptions {
  /** Renders a Japanese context in English; by default the shipped glossary and the topics' Japanese aliases. */
  translatorFor?: (topics: readonly Topic[]) => Translator;
}

/** The shipped glossary with the given topics' Japanese aliases; rebuilt only when those aliases change. */
function defaultTranslatorFor(): (topics: readonly Topic[]) => Translator {
  let cached: { key: string; translator: Translator } | undefined;
  return (topics) => {
    const aliases = topicRenderings(topics);
    const key = JSON.stringify(aliases);
    if (cached?.key !== key) cached = { key, translator: createTranslator([...GLOSSARY, ...aliases]) };
    return cached.translator;
  };
}

/** Builds the ranking index over the commentaries once; briefs are then cheap. */
export function createRanker(commentaries: readonly Commentary[], options: RankerOptions = {}): Ranker {
  const translatorFor = options.translatorFor ?? defaultTranslatorFor();
  const passages: IndexedPassage[] = commentaries.flatMap((commentary) =>
    commentary.passages.map((passage) => {
      const counts = termCounts(`${passage.section ?? ''} ${passage.text}`);
      let length = 0;
      for (const n of counts.values()) length += n;
      return { commentary, passage, counts, length };
    }),
  );
  const averageLength = passages.reduce((n, p) => n + p.length, 0) / Math.max(passages.length, 1);
  /** Inverted index: for each term, the passages holding it and how often. */
  const postings = new Map<string, Array<[passage: number, tf: number]>>();
  passages.forEach((p, i) => {
    for (const [t, tf] of p.counts) {
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push([i, tf]);
    }
  });
  const documentFrequency = new Map([...postings].map(([t, list]) => [t, list.length]));
  const idf = (t: string) => {
    const df = documentFrequency.get(t) ?? 0;
    return Math.log(1 + (passages.length - df + 0.5) / (df + 0.5));
  };
  interface TopicHits {
    /** Mentions of the topic in each passage. */
    passages: number[];
    /** Commentaries whose title names the topic. */
    titles: Set<Commentary>;
    /** Per commentary: passages that mention the topic, and passages in all. */
    share: Map<Commentary, { hit: number; total: number }>;
  }
  const hitsCache = new Map<string, TopicHits>();
  /** Where a topic is mentioned in the index; computed once per topic definition and kept. */
  const topicHits = (topic: Topic): TopicHits => {
    const key = `${topic.id}\u0000${JSON.stringify([topic.aliases, topic.exclusions])}`;
    let hits = hitsCache.get(key);
    if (!hits) {
      const matcher = compileMatcher([topic]);
      const counts = passages.map((p) => matcher.find(p.passage.text).length);
      const share = new Map<Commentary, { hit: number; total: number }>();
      passages.forEach((p, i) => {
        const entry = share.get(p.commentary) ?? { hit: 0, total: 0 };
        entry.total += 1;
        if (counts[i]! > 0) entry.hit += 1;
        share.set(p.commentary, entry);
      });
      hits = { passages: counts, titles: new Set(commentaries.filter((c) => matcher.find(c.title).length > 0)), share };
      hitsCache.set(key, hits);
    }
    return hits;
  };

  /** The passages of commentaries that mention the topic, scored for the page, best first. */
  const score = (topic: Topic, context: PageContext, allTopics: readonly Topic[]) => {
    const { passages: hits, titles, share: perCommentary } = topicHits(topic);

    const otherTopics = allTopics.filter((t) => context.otherTopicIds?.includes(t.id) && t.id !== topic.id);
    const pageText = [context.headline ?? '', context.headline ?? '', ...(context.snippets ?? [])];
    // The clicked topic's own name is no evidence of what the page says about it.
    const allRenderings = translatorFor(allTopics).translate(pageText.join('\n'));
    /** How the page names the topic in Japanese, shown next to its English name. */
    const topicPageWord = allRenderings.find((r) => r.english === topic.label.en)?.japanese;
    const renderings = allRenderings.filter((r) => r.english !== topic.label.en);
    /** Which Japanese word of the page an English query term came from, for "why this excerpt". */
    const pageWordOf = new Map<string, string>();
    for (const r of renderings) for (const t of terms(r.english)) if (!pageWordOf.has(t)) pageWordOf.set(t, r.japanese);
    const query = termCounts([...pageText, ...otherTopics.map((t) => t.label.en), ...renderings.map((r) => r.english)].join(' '));
    const topicTerms = new Set(topic.aliases.flatMap((a) => [...termCounts(aliasText(a)).keys()]));
    const otherHits = otherTopics.map((t) => topicHits(t).passages);
    const queryTerms = [...query].filter(([term]) => !topicTerms.has(term) && documentFrequency.has(term));

    const bm25 = (term: string, qf: number, tf: number, p: IndexedPassage) =>
      idf(term) * Math.min(qf, 3) * ((tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * p.length) / averageLength)));
    /** BM25 of the page's terms in every passage, summed over the postings of those terms only. */
    const similarity = new Float64Array(passages.length);
    for (const [term, qf] of queryTerms) {
      for (const [i, tf] of postings.get(term)!) similarity[i]! += bm25(term, qf, tf, passages[i]!);
    }
    /** The terms that made a passage match, strongest first: computed only for the excerpts shown. */
    const whyOf = (p: IndexedPassage) => {
      const strongest = queryTerms
        .flatMap(([term, qf]) => {
          const tf = p.counts.get(term);
          return tf ? [[term, bm25(term, qf, tf, p)] as const] : [];
        })
        .sort((a, b) => b[1] - a[1]);
      // One entry per word the reader sees: the page's Japanese word next to the passage's English one.
      const shown = new Map<string, string>();
      for (const [t] of strongest) {
        const surface = surfaceWord(p.passage.text, t) ?? (hasCjk(t) ? undefined : t);
        if (!surface) continue;
        const pageWord = pageWordOf.get(t);
        const key = pageWord ?? surface;
        if (!shown.has(key)) shown.set(key, pageWord && pageWord !== surface ? `${pageWord} → ${surface}` : surface);
        if (shown.size === 4) break;
      }
      return [...shown.values()];
    };

    const scored: Array<{ p: IndexedPassage; score: number; mentions: number; why: () => string[] }> = [];
    passages.forEach((p, i) => {
      const share = perCommentary.get(p.commentary)!;
      const inTitle = titles.has(p.commentary);
      // A commentary whose title names the topic is about it, even when its passages say "the Olympics".
      if (share.hit === 0 && !inTitle) return;
      const mentions = hits[i]!;
      const evidence = (1.5 * Math.min(mentions, 3)) / 3 + 0.5 * (share.hit / share.total) + (inTitle ? 0.5 : 0);
      const otherEvidence = otherHits.filter((h) => h[i]! > 0).length * 0.25;
      scored.push({ p, score: evidence + otherEvidence + Math.log1p(similarity[i]!), mentions, why: () => whyOf(p) });
    });
    scored.sort((a, b) => b.score - a.score || b.p.commentary.date.localeCompare(a.p.commentary.date));
    return { scored, topicName: topicPageWord ? `${topicPageWord} → ${topic.label.en}` : topic.label.en };
  };

  return {
    rank(topic, context, allTopics = []) {
      return score(topic, context, allTopics).scored.map((s) => s.p.passage.id);
    },
    brief(topic, context, max = 3, allTopics = []) {
      const { scored, topicName } = score(topic, context, allTopics);
      const relevantCommentaries = new Set(scored.filter((s) => s.mentions > 0).map((s) => s.p.commentary));
      const limit = relevantCommentaries.size <= 1 ? max : MAX_PER_COMMENTARY;
      const taken = new Map<Commentary, number>();
      const excerpts: Excerpt[] = [];
      for (const s of scored) {
        if (excerpts.length >= max) break;
        const n = taken.get(s.p.commentary) ?? 0;
        if (n >= limit) continue;
        taken.set(s.p.commentary, n + 1);
        const { commentary, passage } = s.p;
        excerpts.push({
          commentaryId: commentary.id,
          passageId: passage.id,
          title: commentary.title,
          date: commentary.date,
          author: commentary.author.name,
          affiliation: commentary.author.affiliation,
          ...(passage.section ? { section: passage.section } : {}),
          text: passage.text,
          url: commentary.url,
          ...(commentary.imported ? { imported: true } : {}),
          why: s.mentions > 0 ? [topicName, ...s.why()] : s.why(),
          score: Math.round(s.score * 1000) / 1000,
        });
      }
      return excerpts;
    },
  };
}
