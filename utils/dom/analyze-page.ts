/**
 * What a page is about: the mentions of each topic in its main article, ordered by salience,
 * and the context that ranks the briefs. Shared by the content script and the brief CLI, so both
 * see the same topics.
 */
import type { PageContext } from '../brief';
import type { TextMention, Matcher } from '../matcher';
import type { FoundTopic } from '../topics';
import type { Step } from '../steps';
import {
  articleSteps,
  collectTextSteps,
  forgetArticle,
  foundArticle,
  locate,
  runToEnd,
  sentenceAt,
  type PageText,
  type ScanOptions,
  type ScanTarget,
} from './page-text';
import { findHeadline } from './headline';
import { bodyOf, titleOf } from './native';
import { readableChecker, seenChecker } from './text-checks';
import { composedOrder, shadowRootsOf } from './shadow-roots';

export { findHeadline };

/** A mention in the page: a `TextMention` placed in the DOM (text nodes and offsets), with the sentence around it. */
export interface PageMention {
  topicId: string;
  alias: string;
  /** The mention as written on the page. */
  text: string;
  /** The sentence around the mention (at most MAX_SENTENCE_CHARS), worked out when first read. */
  readonly sentence: string;
  start: { node: Text; offset: number };
  end: { node: Text; offset: number };
}

/**
 * A mention whose sentence is read from the page's text only when asked for: a brief wants a few
 * sentences of one topic, and working out all of a huge article's was most of its scan.
 */
class LazyPageMention implements PageMention {
  /** Declared, not initialised: it is set at the first read, and the class emits one field less. */
  declare private cachedSentence: string | undefined;
  constructor(
    readonly topicId: string,
    readonly alias: string,
    readonly text: string,
    readonly start: { node: Text; offset: number },
    readonly end: { node: Text; offset: number },
    private readonly page: PageText,
    private readonly offset: number,
  ) {}

  get sentence(): string {
    return (this.cachedSentence ??= sentenceAt(this.page, this.offset, MAX_SENTENCE_CHARS / 2));
  }
}

/**
 * How much of a page's text is read: about 4 million characters (8 MB as JS strings), beyond
 * any article (a long novel is a million). A page with more is scanned up to there; what lies
 * beyond is neither marked nor counted.
 */
export const MAX_TEXT_CHARS = 4_000_000;
/** The longest headline sent to the background (and matched for the headline bonus), in characters. */
export const MAX_HEADLINE_CHARS = 300;
/** The longest context sentence sent to the background, in characters (half each side of its mention). */
export const MAX_SENTENCE_CHARS = 600;
/** Mentions of a topic `contextFor` looks through for distinct sentences. */
const MAX_CONTEXT_MENTIONS = 200;
/** Matches judged and placed in the DOM between two chances to yield. */
const MENTIONS_PER_STEP = 1024;

/** The wire type is the pure core's, so neither the background nor this layer imports the other. */
export type { FoundTopic } from '../topics';

export interface PageAnalysis {
  /** The elements scanned: the headline (when outside the article) and the article. */
  roots: Element[];
  /** Mentions in document order. */
  mentions: PageMention[];
  headline?: string;
  /** Topics found, most salient first. */
  topics: FoundTopic[];
  /** The parts of the page that hid matches when scanned (a page still loading, a fold), outermost: read again once shown. */
  hidden?: Element[];
}

/** Orders mentions as the page shows them, the text of open shadow roots where their hosts are. */
export function inPageOrder(a: PageMention, b: PageMention): number {
  if (a.start.node === b.start.node) return a.start.offset - b.start.offset;
  return composedOrder(a.start.node, b.start.node);
}

/** A headline mention weighs as much as this many mentions in the body. */
const HEADLINE_WEIGHT = 3;

/** Finds the mentions in the given roots (or parts of them), in document order. */
export function findMentions(
  doc: Document,
  targets: ReadonlyArray<Element | ScanTarget>,
  matcher: Matcher,
  options: ScanOptions = {},
): PageMention[] {
  return runToEnd(findMentionsSteps(doc, targets, matcher, options));
}

/** `findMentions` in steps that can be spread over several tasks (see `runInSlices`); reads at most MAX_TEXT_CHARS. */
export function* findMentionsSteps(
  doc: Document,
  targets: ReadonlyArray<Element | ScanTarget>,
  matcher: Matcher,
  options: ScanOptions = {},
  hidden?: Set<Element>,
): Generator<Step, PageMention[]> {
  const page = yield* collectTextSteps(doc, targets, MAX_TEXT_CHARS);
  const matches = yield* matcher.findSteps(page.text, page);
  // Nothing to judge (most pages): no checker is made, and the code judging matches is not compiled.
  return matches.length ? yield* mentionsSteps(doc, page, matches, options, hidden) : [];
}

/** The matches a reader sees, placed in the DOM (`findMentionsSteps`). */
function* mentionsSteps(
  doc: Document,
  page: PageText,
  matches: readonly TextMention[],
  options: ScanOptions,
  hidden: Set<Element> | undefined,
): Generator<Step, PageMention[]> {
  // Finding the article costs a pass over the page's elements: only once a match a reader sees needs it, in steps.
  const seen = options.includeFurniture ? undefined : seenChecker(doc, page, options);
  const readable = readableChecker(doc, page, options, hidden);
  const out: PageMention[] = [];
  for (let i = 0; i < matches.length; i += MENTIONS_PER_STEP) {
    if (i) yield;
    const batch = matches.slice(i, i + MENTIONS_PER_STEP);
    // Asked of each batch: a match may be shown between two (a fold opening), and the finder may have to be loaded first.
    if (seen && !foundArticle(doc) && batch.some((m) => seen(m.start, m.end))) yield* articleSteps(doc);
    placeMentions(page, batch, readable, out);
  }
  return out;
}

/**
 * The matches a reader sees, placed in the DOM, added to `out`. A plain function called once per
 * step of `findMentionsSteps`, so V8 can optimise its loop on a page's first scan.
 */
function placeMentions(
  page: PageText,
  matches: readonly TextMention[],
  readable: (start: number, end: number) => boolean,
  out: PageMention[],
): void {
  for (const m of matches) {
    if (!readable(m.start, m.end)) continue;
    const start = locate(page, m.start);
    const end = locate(page, m.end, true);
    if (start && end) out.push(new LazyPageMention(m.topicId, m.alias, page.text.slice(m.start, m.end), start, end, page, m.start));
  }
}

/** Orders topics by mentions (a headline mention counting extra), then by first appearance. */
export function rankTopics(mentions: readonly PageMention[], headline: string | undefined, matcher: Matcher): FoundTopic[] {
  // Only topics mentioned in the article are ranked; the headline then only weighs them.
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
export function scanRoots(doc: Document): { roots: Element[]; headline?: string } {
  forgetArticle(doc);
  const headline = pageHeadline(doc);
  return { roots: [bodyOf(doc)], ...(headline ? { headline } : {}) };
}

/**
 * The page's headline, at most MAX_HEADLINE_CHARS: the found article's once a mention has found
 * it (the first `h1` in article markup may head a "Read also" box), else `findHeadline`'s; else
 * the document title.
 */
export function pageHeadline(doc: Document): string | undefined {
  const region = foundArticle(doc);
  const headlineEl = region ? region.headline : findHeadline(doc);
  // A page may wrap its whole article in its h1: the headline is only its first few words then.
  return (headlineEl?.textContent?.trim() || titleOf(doc)).slice(0, MAX_HEADLINE_CHARS) || undefined;
}

/** Scans the page's main article (and its headline) for the matcher's topics. */
export function analyzePage(doc: Document, matcher: Matcher, options: ScanOptions = {}): PageAnalysis {
  return runToEnd(analyzePageSteps(doc, matcher, options));
}

/**
 * `analyzePage` in steps that can be spread over several tasks (see `runInSlices`). The headline
 * only weighs the topics found and goes with a brief: it is looked up once there is a mention
 * (looking it up costs a pass over the page's elements, and most pages mention no topic).
 */
export function* analyzePageSteps(doc: Document, matcher: Matcher, options: ScanOptions = {}): Generator<Step, PageAnalysis> {
  forgetArticle(doc);
  const roots = [bodyOf(doc)];
  const hidden = new Set<Element>();
  // The shadow roots found so far (`discoverShadowRoots`) are read after the document's own text.
  const targets = [...roots, ...shadowRootsOf(doc).map((within) => ({ root: roots[0]!, within }))];
  const mentions = yield* findMentionsSteps(doc, targets, matcher, options, hidden);
  // Read tree by tree: a component's mentions go where the component is.
  if (targets.length > 1) mentions.sort(inPageOrder);
  const headline = mentions.length ? pageHeadline(doc) : undefined;
  return {
    roots: foundArticle(doc)?.roots ?? roots,
    mentions,
    ...(headline ? { headline } : {}),
    ...(hidden.size ? { hidden: [...hidden] } : {}),
    // Not called without mentions (most pages): a first call compiles it.
    topics: mentions.length ? rankTopics(mentions, headline, matcher) : [],
  };
}

/**
 * The context that ranks a topic's brief: the headline, sentences around its mentions, the other
 * topics, and the page's date when the caller has one (the brief CLI's `findPageDate`; the ranking does not use it).
 * Its size is capped whatever the page: the first `maxSnippets` distinct sentences among the
 * topic's first MAX_CONTEXT_MENTIONS mentions, each at most MAX_SENTENCE_CHARS.
 */
export function contextFor(analysis: Omit<PageAnalysis, 'roots'>, topicId: string, pageDate?: string, maxSnippets = 5): PageContext {
  const snippets = new Set<string>();
  let looked = 0;
  for (const m of analysis.mentions) {
    if (m.topicId !== topicId) continue;
    snippets.add(m.sentence.slice(0, MAX_SENTENCE_CHARS));
    if (snippets.size >= maxSnippets || ++looked >= MAX_CONTEXT_MENTIONS) break;
  }
  return {
    ...(analysis.headline ? { headline: analysis.headline.slice(0, MAX_HEADLINE_CHARS) } : {}),
    snippets: [...snippets],
    otherTopicIds: analysis.topics.map((t) => t.topicId).filter((id) => id !== topicId),
    ...(pageDate ? { pageDate } : {}),
  };
}
