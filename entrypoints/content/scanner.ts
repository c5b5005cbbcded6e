/**
 * Keeps the page's mentions current: one full scan at start and after navigation, spread over
 * short tasks so the page never freezes, then only the blocks that mutations touched are read again.
 */
import {
  analyzePageSteps,
  findMentionsSteps,
  inPageOrder,
  pageHeadline,
  rankTopics,
  type PageMention,
  type PageAnalysis,
} from '../../utils/dom/analyze-page';
import { blockElementOf, foundArticle, runFor, runInSlices, type ScanOptions, type ScanTarget } from '../../utils/dom/page-text';
import type { Matcher } from '../../utils/matcher';
import { bodyOf, invoke, parentNodeOf, property, query, rootNodeOf, textOf } from '../../utils/dom/native';
import { composedContains, shadowRootsIn } from '../../utils/dom/shadow-roots';
import { NEW_ARTICLE } from '../../utils/dom/article-region';

const ELEMENT_NODE = 1;

/**
 * The part to read again around a changed element: its block; in a shadow tree whose blocks sit
 * outside it (a component of inline elements), the shadow root, since no walk from outside enters it.
 */
function changedPart(el: Element): Element | ShadowRoot {
  const block = blockElementOf(el);
  const tree = rootNodeOf(el);
  return tree.nodeType !== 11 /* DOCUMENT_FRAGMENT_NODE */ || rootNodeOf(block) === tree ? block : (tree as ShadowRoot);
}

/**
 * Longest stretch of scanning before the main thread is handed back to the page. Short, because a garbage collection
 * may fall inside a slice: on a 3 MB page the young generation's collections take up to about 40 ms while the finder's
 * per-element figures are alive (`npm run bench:huge`).
 */
const SLICE_MS = 10;
/**
 * Running text arriving on a page that had none: added elements of two sentences or more and 200 characters (a sentence
 * may end where the next paragraph's text starts: an element's text has no space between its paragraphs).
 */
const holdRunningText = (added: readonly Element[]) => {
  const text = added.map(textOf).join(' ');
  return text.length >= 200 && (text.match(/[.!?](?=\s|$|\p{Lu})|[。！？]/gu)?.length ?? 0) >= 2;
};
/** Full rescans for running text arriving on a page that had none (a client-rendered story), at most, per address. */
const MAX_ARRIVALS = 5;

const pause = () => new Promise<void>((done) => setTimeout(done, 0));
const now = () => performance.now();

export class PageScanner {
  analysis: PageAnalysis = { roots: [], mentions: [], topics: [] };
  /** The full scan under way, if any. */
  private running: Promise<void> | undefined;
  /** The one full scan asked for while another runs: it starts when that one ends. */
  private queued: Promise<void> | undefined;
  /** Rescans for running text arriving on a page that had none, and the address they were counted at. */
  private arrivals = { count: 0, url: '' };

  private constructor(
    private readonly doc: Document,
    private matcher: Matcher,
    private options: ScanOptions,
  ) {}

  /** A scanner that has scanned the page once. */
  static async create(doc: Document, matcher: Matcher, options: ScanOptions = {}): Promise<PageScanner> {
    const scanner = new PageScanner(doc, matcher, options);
    await scanner.rescan();
    return scanner;
  }

  /** Set while full scans are under way or queued, settled when the last one has ended; mutations wait for it. */
  get scanning(): Promise<void> | undefined {
    return this.queued ?? this.running;
  }

  /**
   * Scans the whole page again: at navigation, or with a new matcher or options. Calls coalesce:
   * at most one scan runs and one waits, and the waiting one reads the page with the latest
   * matcher and options, so a storm of requests costs two scans, and a scan started with older
   * settings never has the last word.
   */
  rescan(matcher = this.matcher, options = this.options): Promise<void> {
    this.matcher = matcher;
    this.options = options;
    if (!this.running) {
      this.running = this.scanOnce().finally(() => (this.running = undefined));
      return this.running;
    }
    const next = () => {
      this.queued = undefined;
      return this.rescan();
    };
    this.queued ??= this.running.then(next, next);
    return this.queued;
  }

  private async scanOnce(): Promise<void> {
    // No topics (paused on this site, or all switched off): nothing to look for, so the page is not read.
    if (this.matcher.size === 0) {
      this.analysis = { roots: [], mentions: [], topics: [] };
      return;
    }
    try {
      this.analysis = await runInSlices(analyzePageSteps(this.doc, this.matcher, this.options), now, pause, SLICE_MS);
    } catch {
      // A page can make DOM calls throw (a form's named controls shadow its methods), or the finder's script
      // fail to load: no marks, and no error of ours. Changes are still read, and may find the article then.
      this.analysis = { roots: [bodyOf(this.doc)], mentions: [], topics: [] };
    }
  }

  /**
   * Brings the mentions up to date with a batch of mutations, reading only the blocks they
   * touched. Returns true when the mentions changed now; when the article itself was replaced
   * it starts a full rescan instead, and when reading takes longer than a slice it goes on in
   * later tasks (see `scanning` for both) and returns false.
   */
  apply(records: readonly MutationRecord[]): boolean {
    try {
      return this.applyRecords(records);
    } catch {
      // As in `scanOnce`: a page that makes DOM calls throw keeps the mentions it had.
      return false;
    }
  }

  private applyRecords(records: readonly MutationRecord[]): boolean {
    if (this.matcher.size === 0) return false;
    const { roots } = this.analysis;
    if (roots.some((r) => !property(r, 'isConnected'))) {
      this.rescan().catch(() => undefined);
      return false;
    }
    const rootOf = (node: Node) => roots.find((r) => composedContains(r, node));
    const dirty = new Set<Node>();
    const newRoots: Element[] = [];
    const added: Element[] = [];
    let removed = false;
    for (const record of records) {
      if (record.type === 'characterData') {
        const parent = record.target.parentElement;
        const tree = parent ? undefined : parentNodeOf(record.target);
        if (parent && rootOf(parent)) dirty.add(changedPart(parent));
        else if (tree?.nodeType === 11 && rootOf(tree)) dirty.add(tree);
        continue;
      }
      if (record.removedNodes.length) removed = true;
      for (const node of record.addedNodes) {
        // Text added at the top of a shadow tree has no parent element: its shadow root is read again.
        const type = property(node, 'nodeType');
        if (type !== ELEMENT_NODE && property(record.target, 'nodeType') === 11 /* DOCUMENT_FRAGMENT_NODE */) {
          if (node.isConnected && rootOf(record.target)) dirty.add(record.target);
          continue;
        }
        const el = type === ELEMENT_NODE ? (node as Element) : node.parentElement;
        if (!el || !property(el, 'isConnected')) continue;
        if (rootOf(el)) {
          if (type === ELEMENT_NODE) added.push(el);
          dirty.add(changedPart(el));
          // A component put (back) into the page: no walk of its new block enters its shadow tree.
          for (const tree of shadowRootsIn(el)) dirty.add(tree);
        } else {
          const article = invoke(el, 'matches', NEW_ARTICLE) ? el : query(el, NEW_ARTICLE);
          if (article) newRoots.push(article);
        }
      }
    }
    if (this.storyArrived([...added, ...newRoots])) {
      this.rescan().catch(() => undefined);
      return false;
    }
    return this.readAgain(dirty, newRoots, removed);
  }

  /**
   * Whether elements just added bring running text to a page whose article was found while it had
   * none (a client-rendered story arriving after its "Loading…"): then the article is found afresh.
   * Not for text edits or short parts (a ticker, a scores table), and a few times per address at most,
   * since a page may keep adding prose that the finder still leaves out (comments under a video).
   */
  private storyArrived(added: readonly Element[]): boolean {
    if (!added.length || !foundArticle(this.doc)?.provisional) return false;
    const url = this.doc.location?.href ?? '';
    if (url !== this.arrivals.url) this.arrivals = { count: 0, url };
    if (this.arrivals.count >= MAX_ARRIVALS || !holdRunningText(added)) return false;
    this.arrivals.count += 1;
    return true;
  }

  /**
   * Reads shadow roots found since the last full scan (see `discoverShadowRoots`) as `apply` reads
   * changed blocks: those inside the scanned roots, or holding an article of their own.
   */
  readShadowRoots(trees: readonly ShadowRoot[]): boolean {
    try {
      if (this.matcher.size === 0 || this.running) return false;
      const inRoots = trees.filter((tree) => this.analysis.roots.some((r) => composedContains(r, tree)));
      const articles = trees.filter((tree) => !inRoots.includes(tree)).flatMap((tree) => [...tree.querySelectorAll(NEW_ARTICLE)]);
      return this.readAgain(new Set(inRoots), articles, false);
    } catch {
      return false;
    }
  }

  /** Reads the `dirty` parts (blocks, shadow roots) and `newRoots` again, keeping the mentions elsewhere. */
  private readAgain(dirty: Set<Node>, newRoots: Element[], removed: boolean): boolean {
    const { roots } = this.analysis;
    const rootOf = (node: Node) => roots.find((r) => composedContains(r, node));
    if (!dirty.size && !newRoots.length && !removed) return false;

    // Ancestor walks against the set, not every block against every mention: a storm of changes
    // on a huge article touches thousands of blocks holding a hundred thousand mentions.
    const inDirty = (node: Node | null): boolean => {
      for (let n = node; n; n = parentNodeOf(n)) if (dirty.has(n)) return true;
      return false;
    };
    // A shadow root's parent node is null: its host's block being read again does not read it.
    const blocks = [...dirty].filter((d) => !inDirty(parentNodeOf(d))) as Array<Element | ShadowRoot>;
    // Judged once per text node: a paragraph's text node holds many mentions.
    const verdicts = new Map<Node, boolean>();
    const keep = (node: Node) => verdicts.get(node) ?? verdicts.set(node, node.isConnected && !inDirty(parentNodeOf(node))).get(node)!;
    const kept = this.analysis.mentions.filter((m) => keep(m.start.node) && (m.end.node === m.start.node || m.end.node.isConnected));
    const targets: ScanTarget[] = blocks.map((within) => ({ root: rootOf(within)!, within }));
    // Parts still hiding matches, found before (outside the blocks read now) or in them, are watched until shown (see `liveUpdates`).
    const hidden = new Set(this.analysis.hidden?.filter((el) => property(el, 'isConnected') && !inDirty(el)));
    const update = (found: PageMention[]) => {
      const mentions = found.length ? [...kept, ...found].sort(inPageOrder) : kept;
      // A scan that found no mention left the headline unread (see `analyzePageSteps`): read it with the first.
      const headline = this.analysis.headline ?? (mentions.length ? pageHeadline(this.doc) : undefined);
      this.analysis = {
        ...this.analysis,
        roots: [...roots, ...newRoots],
        mentions,
        ...(headline ? { headline } : {}),
        topics: rankTopics(mentions, headline, this.matcher),
        hidden: [...hidden],
      };
    };
    // Reading the touched blocks is quick, but the first mention a reader may see on a page that had
    // none finds the article, a pass over every element: what one slice does not finish is spread
    // over tasks as a full scan is, and publishing waits for it (see `scanning`).
    const steps = findMentionsSteps(this.doc, [...targets, ...newRoots], this.matcher, this.options, hidden);
    const done = runFor(steps, now, SLICE_MS);
    if (done) {
      update(done.value);
      return true;
    }
    this.running = runInSlices(steps, now, pause, SLICE_MS)
      .then(update)
      // As in `scanOnce`: the mentions stay as they were, and `scanning` settles for what waits on it.
      .catch(() => undefined)
      .finally(() => (this.running = undefined));
    return false;
  }
}
