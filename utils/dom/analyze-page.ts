/**
 * What a page is about: the mentions of each topic in its main article, ordered by salience,
 * and the context that ranks the briefs. Shared by the content script and the brief CLI, so both
 * see the same topics.
 */
import type { PageContext } from '../brief';
import type { Matcher } from '../matcher';
import {
  articleSteps,
  collectTextSteps,
  findHeadline,
  forgetArticle,
  foundArticleRoots,
  locate,
  readableChecker,
  runToEnd,
  seenChecker,
  sentenceAt,
  type ScanOptions,
  type ScanTarget,
} from './page-text';

/** One mention found in the page, with where it stands in the DOM and the sentence around it. */
export interface FoundMention {
  topicId: string;
  alias: string;
  /** The mention as written on the page. */
  text: string;
  sentence: string;
  start: { node: Text; offset: number };
  end: { node: Text; offset: number };
}

export interface TopicMentions {
  topicId: string;
  count: number;
  /** True when the headline mentions the topic. */
  inHeadline: boolean;
}

export interface PageAnalysis {
  /** The elements scanned: the headline (when outside the article) and the article. */
  roots: Element[];
  /** Mentions in document order. */
  mentions: FoundMention[];
  headline?: string;
  /** Topics found, most salient first. */
  topics: TopicMentions[];
}

/** A headline mention weighs as much as this many mentions in the body. */
const HEADLINE_WEIGHT = 3;

/** Finds the mentions in the given roots (or parts of them), in document order. */
export function findMentions(
  doc: Document,
  targets: ReadonlyArray<Element | ScanTarget>,
  matcher: Matcher,
  options: ScanOptions = {},
): FoundMention[] {
  return runToEnd(findMentionsSteps(doc, targets, matcher, options));
}

/** `findMentions` in steps that can be spread over several tasks (see `runInSlices`). */
export function* findMentionsSteps(
  doc: Document,
  targets: ReadonlyArray<Element | ScanTarget>,
  matcher: Matcher,
  options: ScanOptions = {},
): Generator<void, FoundMention[]> {
  const page = yield* collectTextSteps(doc, targets);
  const matches = matcher.find(page.text, page);
  // Finding the article costs a pass over the page's elements: only once a match a reader sees needs it, in steps.
  if (!options.includeFurniture && matches.length) {
    const seen = seenChecker(doc, page, options);
    if (matches.some((m) => seen(m.start, m.end))) yield* articleSteps(doc);
  }
  // Made only where there is something to judge: most pages mention no topic.
  const readable = matches.length ? readableChecker(doc, page, options) : undefined;
  return matches.flatMap((m) => {
    if (!readable?.(m.start, m.end)) return [];
    const start = locate(page, m.start);
    const end = locate(page, m.end, true);
    if (!start || !end) return [];
    return [{ topicId: m.topicId, alias: m.alias, text: page.text.slice(m.start, m.end), sentence: sentenceAt(page, m.start), start, end }];
  });
}

/** Orders topics by mentions (a headline mention counting extra), then by first appearance. */
export function rankTopics(mentions: readonly FoundMention[], headline: string | undefined, matcher: Matcher): TopicMentions[] {
  // Only topics mentioned in the article are ranked; the headline then only weighs them.
  if (!mentions.length) return [];
  const inHeadline = new Set(headline ? matcher.find(headline).map((m) => m.topicId) : []);
  const byTopic = new Map<string, { count: number; first: number }>();
  mentions.forEach((m, i) => {
    const entry = byTopic.get(m.topicId) ?? { count: 0, first: i };
    entry.count += 1;
    byTopic.set(m.topicId, entry);
  });
  const weight = (id: string) => byTopic.get(id)!.count + (inHeadline.has(id) ? HEADLINE_WEIGHT : 0);
  return [...byTopic.keys()]
    .sort((a, b) => weight(b) - weight(a) || byTopic.get(a)!.first - byTopic.get(b)!.first)
    .map((topicId) => ({ topicId, count: byTopic.get(topicId)!.count, inHeadline: inHeadline.has(topicId) }));
}

/**
 * The elements to scan: the whole body. Finding the article costs more than reading the text, so
 * it waits until a possible mention needs it (`readableChecker`); a full scan starts afresh.
 */
export function scanRoots(doc: Document, options: ScanOptions = {}): { roots: Element[]; headline?: string } {
  if (!options.includeFurniture) forgetArticle(doc);
  const root = doc.body ?? doc.documentElement;
  const headlineEl = findHeadline(doc);
  const headline = headlineEl?.textContent?.trim() || doc.title || undefined;
  return { roots: [root], ...(headline ? { headline } : {}) };
}

/** Scans the page's main article (and its headline) for the matcher's topics. */
export function analyzePage(doc: Document, matcher: Matcher, options: ScanOptions = {}): PageAnalysis {
  return runToEnd(analyzePageSteps(doc, matcher, options));
}

/** `analyzePage` in steps that can be spread over several tasks (see `runInSlices`). */
export function* analyzePageSteps(doc: Document, matcher: Matcher, options: ScanOptions = {}): Generator<void, PageAnalysis> {
  const { roots, headline } = scanRoots(doc, options);
  const mentions = yield* findMentionsSteps(doc, roots, matcher, options);
  return {
    roots: foundArticleRoots(doc) ?? roots,
    mentions,
    ...(headline ? { headline } : {}),
    topics: rankTopics(mentions, headline, matcher),
  };
}

/**
 * The context that ranks a topic's brief: the headline, sentences around its mentions, the other
 * topics, and the page's date (`findPageDate`, read only when a brief is asked for, not on every scan).
 */
export function contextFor(analysis: Omit<PageAnalysis, 'roots'>, topicId: string, pageDate?: string, maxSnippets = 5): PageContext {
  const snippets = [...new Set(analysis.mentions.filter((m) => m.topicId === topicId).map((m) => m.sentence))].slice(0, maxSnippets);
  return {
    ...(analysis.headline ? { headline: analysis.headline } : {}),
    snippets,
    otherTopicIds: analysis.topics.map((t) => t.topicId).filter((id) => id !== topicId),
    ...(pageDate ? { pageDate } : {}),
  };
}
