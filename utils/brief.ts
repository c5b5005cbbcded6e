/**
 * Briefs: the passages of JFIR commentary that best explain a topic on a given page. Pure.
 *
 * A passage's score adds (a) evidence that it is about the topic (the topic's aliases in the
 * passage, and how much of its commentary mentions the topic) and (b) BM25 similarity between
 * the passage and the page's own context (headline, sentences around the mentions, other topics
 * found). At most two excerpts come from one commentary unless only one is relevant; ties go
 * to the newer commentary.
 */
import type { Commentary, Passage } from './commentary';
import { compileMatcher } from './matcher';
import { termCounts } from './terms';
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

/** Builds the ranking index over the commentaries once; briefs are then cheap. */
export function createRanker(commentaries: readonly Commentary[]): Ranker {
  const passages: IndexedPassage[] = commentaries.flatMap((commentary) =>
    commentary.passages.map((passage) => {
      const counts = termCounts(`${passage.section ?? ''} ${passage.text}`);
      let length = 0;
      for (const n of counts.values()) length += n;
      return { commentary, passage, counts, length };
    }),
  );
  const averageLength = passages.reduce((n, p) => n + p.length, 0) / Math.max(passages.length, 1);
  const documentFrequency = new Map<string, number>();
  for (const p of passages) for (const t of p.counts.keys()) documentFrequency.set(t, (documentFrequency.get(t) ?? 0) + 1);
  const idf = (t: string) => {
    const df = documentFrequency.get(t) ?? 0;
    return Math.log(1 + (passages.length - df + 0.5) / (df + 0.5));
  };
  const hitsCache = new Map<string, { passages: number[]; titles: Set<Commentary> }>();
  /** Mentions of the topic in each passage, and the commentaries whose title names it; cached per topic definition. */
  const topicHitsAll = (topic: Topic) => {
    const key = `${topic.id}\u0000${JSON.stringify([topic.aliases, topic.exclusions])}`;
    let hits = hitsCache.get(key);
    if (!hits) {
      const matcher = compileMatcher([topic]);
      hits = {
        passages: passages.map((p) => matcher.find(p.passage.text).length),
        titles: new Set(commentaries.filter((c) => matcher.find(c.title).length > 0)),
      };
      hitsCache.set(key, hits);
    }
    return hits;
  };
  const topicHits = (topic: Topic): number[] => topicHitsAll(topic).passages;

  /** The passages of commentaries that mention the topic, scored for the page, best first. */
  const score = (topic: Topic, context: PageContext, allTopics: readonly Topic[]) => {
    const { passages: hits, titles } = topicHitsAll(topic);
    const perCommentary = new Map<Commentary, { hit: number; total: number }>();
    passages.forEach((p, i) => {
      const entry = perCommentary.get(p.commentary) ?? { hit: 0, total: 0 };
      entry.total += 1;
      if (hits[i]! > 0) entry.hit += 1;
      perCommentary.set(p.commentary, entry);
    });

    const otherTopics = allTopics.filter((t) => context.otherTopicIds?.includes(t.id) && t.id !== topic.id);
    const query = termCounts(
      [context.headline ?? '', context.headline ?? '', ...(context.snippets ?? []), ...otherTopics.map((t) => t.label.en)].join(' '),
    );
    const topicTerms = new Set(topic.aliases.flatMap((a) => [...termCounts(aliasText(a)).keys()]));

    const scored = passages.flatMap((p, i) => {
      const share = perCommentary.get(p.commentary)!;
      const inTitle = titles.has(p.commentary);
      // A commentary whose title names the topic is about it, even when its passages say "the Olympics".
      if (share.hit === 0 && !inTitle) return [];
      const why = new Map<string, number>();
      let similarity = 0;
      for (const [term, qf] of query) {
        const tf = p.counts.get(term);
        if (!tf || topicTerms.has(term)) continue;
        const weight =
          idf(term) * Math.min(qf, 3) * ((tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * p.length) / averageLength)));
        similarity += weight;
        why.set(term, weight);
      }
      const mentions = hits[i]!;
      const evidence = 1.5 * Math.min(mentions, 3) / 3 + 0.5 * (share.hit / share.total) + (inTitle ? 0.5 : 0);
      const otherEvidence = otherTopics.filter((t) => topicHits(t)[i]! > 0).length * 0.25;
      const score = evidence + otherEvidence + Math.log1p(similarity);
      const reasons = [...why].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([t]) => t);
      return [{ p, score, mentions, why: reasons }];
    });
    scored.sort((a, b) => b.score - a.score || b.p.commentary.date.localeCompare(a.p.commentary.date));
    return scored;
  };

  return {
    rank(topic, context, allTopics = []) {
      return score(topic, context, allTopics).map((s) => s.p.passage.id);
    },
    brief(topic, context, max = 3, allTopics = []) {
      const scored = score(topic, context, allTopics);
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
          why: s.mentions > 0 ? [topic.label.en, ...s.why] : s.why,
          score: Math.round(s.score * 1000) / 1000,
        });
      }
      return excerpts;
    },
  };
}
