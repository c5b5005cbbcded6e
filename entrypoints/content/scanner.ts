/**
 * Keeps the page's mentions current: one full scan at start and after navigation, then only the
 * blocks that mutations touched are read again.
 */
import { analyzePage, findMentions, rankTopics, type FoundMention, type PageAnalysis } from '../../utils/dom/analyze-page';
import { blockElementOf, type ScanOptions, type ScanTarget } from '../../utils/dom/page-text';
import type { Matcher } from '../../utils/matcher';

const ELEMENT_NODE = 1;
/** An element appended outside the article that is an article itself: an infinite-scroll page. */
const NEW_ARTICLE = 'article, [itemprop="articleBody"]';

function inDocumentOrder(a: FoundMention, b: FoundMention): number {
  if (a.start.node === b.start.node) return a.start.offset - b.start.offset;
  // Node.DOCUMENT_POSITION_FOLLOWING = 4: b comes after a.
  return a.start.node.compareDocumentPosition(b.start.node) & 4 ? -1 : 1;
}

export class PageScanner {
  analysis: PageAnalysis;

  constructor(
    private readonly doc: Document,
    private matcher: Matcher,
    private readonly options: ScanOptions = {},
  ) {
    this.analysis = analyzePage(doc, matcher, options);
  }

  /** Scans the whole page again: at navigation, or with a new matcher. */
  rescan(matcher = this.matcher): void {
    this.matcher = matcher;
    this.analysis = analyzePage(this.doc, matcher, this.options);
  }

  /**
   * Brings the mentions up to date with a batch of mutations, reading only the blocks they
   * touched. Returns true when the mentions may have changed.
   */
  apply(records: readonly MutationRecord[]): boolean {
    const { roots } = this.analysis;
    if (roots.some((r) => !r.isConnected)) {
      this.rescan();
      return true;
    }
    const rootOf = (el: Element) => roots.find((r) => r.contains(el));
    const dirty = new Set<Element>();
    const newRoots: Element[] = [];
    let removed = false;
    for (const record of records) {
      if (record.type === 'characterData') {
        const parent = record.target.parentElement;
        if (parent && rootOf(parent)) dirty.add(blockElementOf(parent));
        continue;
      }
      if (record.removedNodes.length) removed = true;
      for (const node of record.addedNodes) {
        const el = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
        if (!el?.isConnected) continue;
        if (rootOf(el)) dirty.add(blockElementOf(el));
        else {
          const article = el.matches(NEW_ARTICLE) ? el : el.querySelector(NEW_ARTICLE);
          if (article) newRoots.push(article);
        }
      }
    }
    if (!dirty.size && !newRoots.length && !removed) return false;

    const blocks = [...dirty].filter((d) => ![...dirty].some((other) => other !== d && other.contains(d)));
    const kept = this.analysis.mentions.filter(
      (m) => m.start.node.isConnected && m.end.node.isConnected && !blocks.some((b) => b.contains(m.start.node)),
    );
    const targets: ScanTarget[] = blocks.map((within) => ({ root: rootOf(within)!, within }));
    const found = findMentions(this.doc, [...targets, ...newRoots], this.matcher, this.options);
    const mentions = found.length ? [...kept, ...found].sort(inDocumentOrder) : kept;
    this.analysis = {
      ...this.analysis,
      roots: [...roots, ...newRoots],
      mentions,
      topics: rankTopics(mentions, this.analysis.headline, this.matcher),
    };
    return true;
  }
}
