/**
 * What a page is about: the mentions of each topic in its main article, ordered by salience,
 * and the context that ranks the briefs. Shared by the content script and the brief CLI, so both
 * see the same topics.
 */
import type { PageContext } from '../brief';
import type { Match, Matcher } from '../matcher';
import { collectText, findArticleRoot, findHeadline, findPageDate, sentenceAround, type PageText, type ScanOptions } from './page-text';

export interface TopicMentions {
  topicId: string;
  count: number;
  /** True when the headline mentions the topic. */
  inHeadline: boolean;
}

export interface PageAnalysis {
  page: PageText;
  matches: Match[];
  headline?: string;
  pageDate?: string;
  /** Topics found, most salient first. */
  topics: TopicMentions[];
}

/** A headline mention weighs as much as this many mentions in the body. */
const HEADLINE_WEIGHT = 3;

/** Orders topics by mentions (a headline mention counting extra), then by first appearance. */
export function rankTopics(matches: readonly Match[], headline: string | undefined, matcher: Matcher): TopicMentions[] {
  const inHeadline = new Set(headline ? matcher.find(headline).map((m) => m.topicId) : []);
  const byTopic = new Map<string, { count: number; first: number }>();
  for (const m of matches) {
    const entry = byTopic.get(m.topicId) ?? { count: 0, first: m.start };
    entry.count += 1;
    byTopic.set(m.topicId, entry);
  }
  const weight = (id: string) => byTopic.get(id)!.count + (inHeadline.has(id) ? HEADLINE_WEIGHT : 0);
  return [...byTopic.keys()]
    .sort((a, b) => weight(b) - weight(a) || byTopic.get(a)!.first - byTopic.get(b)!.first)
    .map((topicId) => ({ topicId, count: byTopic.get(topicId)!.count, inHeadline: inHeadline.has(topicId) }));
}

/** Scans the page's main article (and its headline) for the matcher's topics. */
export function analyzePage(doc: Document, matcher: Matcher, options: ScanOptions = {}): PageAnalysis {
  const root = options.includeFurniture ? (doc.body ?? doc.documentElement) : findArticleRoot(doc);
  const headlineEl = findHeadline(doc, root);
  const roots = headlineEl && !root.contains(headlineEl) ? [headlineEl, root] : [root];
  const page = collectText(doc, roots, options);
  const matches = matcher.find(page.text);
  const headline = headlineEl?.textContent?.trim() || doc.title || undefined;
  const pageDate = findPageDate(doc);
  return {
    page,
    matches,
    ...(headline ? { headline } : {}),
    ...(pageDate ? { pageDate } : {}),
    topics: rankTopics(matches, headline, matcher),
  };
}

/** The context that ranks a topic's brief: the headline, sentences around its mentions, the other topics. */
export function contextFor(analysis: PageAnalysis, topicId: string, maxSnippets = 5): PageContext {
  const snippets = [
    ...new Set(
      analysis.matches
        .filter((m) => m.topicId === topicId)
        .slice(0, maxSnippets)
        .map((m) => sentenceAround(analysis.page.text, m.start)),
    ),
  ];
  return {
    ...(analysis.headline ? { headline: analysis.headline } : {}),
    snippets,
    otherTopicIds: analysis.topics.map((t) => t.topicId).filter((id) => id !== topicId),
    ...(analysis.pageDate ? { pageDate: analysis.pageDate } : {}),
  };
}
