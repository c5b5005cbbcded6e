/**
 * Marks mentions with the CSS Custom Highlight API: no element is added to the page. The
 * registry is written, never read: we keep our own map of ranges, since iterating `CSS.highlights`
 * or a `Highlight` from a Firefox content script fails behind its Xray wrappers. Also finds the
 * mention under a point (`mentionAt`), from the text node there rather than every mention's box.
 */
import type { PageMention } from '../../utils/dom/analyze-page';
import type { DisplaySettings } from '../../utils/settings';
import { PALETTE_SIZE, type Topic } from '../../utils/topics';
import { liveRange } from './ranges';
import { hasMethod, invoke, shadowRootOf } from '../../utils/dom/native';
import { shadowRootsOf } from '../../utils/dom/shadow-roots';

/** A mention drawn on the page: its `PageMention` and the range its mark covers. */
export interface MarkedMention {
  mention: PageMention;
  range: StaticRange;
}

const NAME_PREFIX = 'jfir-briefs-';
/** The same palette drawn as underlines only (highlight style "underline"). */
const UNDERLINE_PREFIX = 'jfir-briefs-u-';
/** The mention the keyboard shortcut moved to. */
const CURRENT = 'jfir-briefs-current';

/**
 * Marks drawn on a page: the first MAX_MARKS mentions in document order, and beyond them the
 * first MARKS_PER_TOPIC of each topic, so that every topic found can still be shown and opened.
 * Mentions beyond are not drawn, but are counted (badge and popup) and ranked as all others.
 */
export const MAX_MARKS = 5000;
export const MARKS_PER_TOPIC = 50;
/** Text nodes a mention may span that are indexed for `mentionAt` (an alias crosses a few inline tags at most). */
const MAX_NODES_PER_MENTION = 32;
/** Marks drawn in one task. */
const DRAW_CHUNK = 1000;

/** Whether this browser has the CSS Custom Highlight API. */
export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

const add = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** The element at a point, inside open shadow trees too (a browser without `shadowRoots` for its caret). */
function elementAt(doc: Document, x: number, y: number): Element | null {
  let el = invoke(doc, 'elementFromPoint', x, y);
  for (let root = el && shadowRootOf(el); root; root = el && shadowRootOf(el)) {
    const inner = root.elementFromPoint(x, y);
    if (!inner || inner === el) break;
    el = inner;
  }
  return el;
}

/** Indexes a mention under the text nodes it covers and their parents, for `mentionAt`. */
function index(byNode: Map<Node, MarkedMention[]>, mention: MarkedMention): void {
  const { startContainer: first, endContainer: last } = mention.range;
  const doc = first.ownerDocument!;
  const walker = first === last ? undefined : invoke(doc, 'createTreeWalker', doc, 4 /* NodeFilter.SHOW_TEXT */);
  if (walker) walker.currentNode = first;
  for (let node: Node | null = first, n = 0; node && n < MAX_NODES_PER_MENTION; node = node === last ? null : walker!.nextNode(), n += 1) {
    add(byNode, node, mention);
    if (node.parentNode) add(byNode, node.parentNode, mention);
  }
}

export class Highlighter {
  /** Our own map of every drawn mention's range, by topic. */
  readonly mentions = new Map<string, MarkedMention[]>();
  /** Every drawn mention in document order, for keyboard navigation. */
  ordered: MarkedMention[] = [];
  /** Drawn mentions by each text node they cover, and by its parent element, for `mentionAt`. */
  private byNode = new Map<Node, MarkedMention[]>();
  /** Ranges already made, so that an incremental update does not rebuild them all. */
  private ranges = new WeakMap<PageMention, StaticRange>();
  /** Registry names this highlighter has set: only these are ever deleted. */
  private drawn = new Set<string>();

  /** Bumped by every update and clear: what is left to draw of an earlier update is dropped. */
  private generation = 0;

  /**
   * Replaces all marks with the given mentions (up to MAX_MARKS), drawn in the reader's highlight
   * style, DRAW_CHUNK per task so that a huge article's marks never hold the main thread for long.
   * On a page without marks yet the first chunk shows at once and the rest follow; marks already
   * shown stay until the new ones are all made, which then take their place in one task, so a
   * redraw never shows a frame without them. `done` runs once they are in place (not when a later
   * update or `clear` drops them).
   */
  update(
    found: readonly PageMention[],
    topics: readonly Topic[],
    style: DisplaySettings['highlightStyle'] = 'background',
    done?: () => void,
  ): void {
    this.generation += 1;
    // Nothing to draw and nothing drawn (most pages): the drawing code is not even compiled.
    if (found.length || this.drawn.size || this.ordered.length) this.draw(found, topics, style, done);
    else done?.();
  }

  /** `update`'s drawing, once there is something to draw or to take away. */
  private draw(
    found: readonly PageMention[],
    topics: readonly Topic[],
    style: DisplaySettings['highlightStyle'],
    done: (() => void) | undefined,
  ): void {
    const generation = this.generation;
    const perTopic = new Map<string, number>();
    const chosen = found.filter((f, i) => {
      const ofTopic = perTopic.get(f.topicId) ?? 0;
      if (i >= MAX_MARKS && ofTopic >= MARKS_PER_TOPIC) return false;
      perTopic.set(f.topicId, ofTopic + 1);
      return true;
    });
    // One registry entry per palette slot in use, named for the style drawn. Ranges are added one
    // by one: spreading thousands into `new Highlight(...)` overflows the call stack.
    const byTopic = new Map<string, Highlight>();
    const wanted = new Map<string, Highlight>();
    const prefix = style === 'background' ? NAME_PREFIX : style === 'underline' ? UNDERLINE_PREFIX : undefined;
    for (const topic of prefix && highlightsSupported() ? topics : []) {
      if (!perTopic.has(topic.id)) continue;
      const name = prefix + String(((topic.color % PALETTE_SIZE) + PALETTE_SIZE) % PALETTE_SIZE);
      const highlight = wanted.get(name) ?? new Highlight();
      wanted.set(name, highlight);
      byTopic.set(topic.id, highlight);
    }
    const register = () => {
      for (const name of this.drawn) if (!wanted.has(name)) CSS.highlights.delete(name);
      for (const [name, highlight] of wanted) CSS.highlights.set(name, highlight);
      this.drawn = new Set(wanted.keys());
    };
    // Marks on the page (or known to the keyboard): the new ones are made aside and take their place at the end.
    const aside = this.drawn.size > 0 || this.ordered.length > 0;
    if (!aside) {
      this.mentions.clear();
      this.byNode.clear();
      this.ordered = [];
      register();
    }
    // Without marks on the page, the first ones are shown (and found by `mentionAt`) as they are made.
    const made = aside
      ? { mentions: new Map<string, MarkedMention[]>(), byNode: new Map<Node, MarkedMention[]>(), ordered: [] as MarkedMention[] }
      : { mentions: this.mentions, byNode: this.byNode, ordered: this.ordered };
    const drawFrom = (from: number) => {
      if (generation !== this.generation) return;
      const to = Math.min(chosen.length, from + DRAW_CHUNK);
      for (const f of chosen.slice(from, to)) {
        let range = this.ranges.get(f);
        if (!range) {
          range = new StaticRange({
            startContainer: f.start.node,
            startOffset: f.start.offset,
            endContainer: f.end.node,
            endOffset: f.end.offset,
          });
          this.ranges.set(f, range);
        }
        const mention = { mention: f, range };
        add(made.mentions, f.topicId, mention);
        made.ordered.push(mention);
        index(made.byNode, mention);
        byTopic.get(f.topicId)?.add(range);
      }
      if (to < chosen.length) {
        setTimeout(() => drawFrom(to), 0);
        return;
      }
      if (aside) {
        register();
        this.mentions.clear();
        for (const [topicId, list] of made.mentions) this.mentions.set(topicId, list);
        this.byNode = made.byNode;
        this.ordered = made.ordered;
      }
      done?.();
    };
    drawFrom(0);
  }

  /**
   * The drawn mention under a point (client coordinates), or undefined. Only the mentions in the
   * text node the point falls on (or, where the browser names none, in the element there) have
   * their boxes read.
   */
  mentionAt(x: number, y: number): MarkedMention | undefined {
    // Most pages have no mark: every press and click there skips the browser's hit test.
    if (this.byNode.size === 0) return undefined;
    const doc = document;
    // The shadow roots we read: the browser names a text node inside them only when given them. Not every browser has both.
    const position = hasMethod(doc, 'caretPositionFromPoint')
      ? invoke(doc, 'caretPositionFromPoint', x, y, { shadowRoots: shadowRootsOf(doc) })
      : null;
    const range = position?.offsetNode ? null : hasMethod(doc, 'caretRangeFromPoint') ? invoke(doc, 'caretRangeFromPoint', x, y) : null;
    const caret = position?.offsetNode ?? range?.startContainer;
    const node = caret?.nodeType === 3 /* Node.TEXT_NODE */ && this.byNode.has(caret) ? caret : elementAt(doc, x, y);
    for (const mention of (node && this.byNode.get(node)) || []) {
      for (const r of liveRange(mention.range).getClientRects()) {
        if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return mention;
      }
    }
    return undefined;
  }

  /** Marks the mention the keyboard is on (or none). */
  setCurrent(mention: MarkedMention | undefined): void {
    if (!highlightsSupported()) return;
    if (mention) CSS.highlights.set(CURRENT, new Highlight(mention.range));
    else CSS.highlights.delete(CURRENT);
  }

  /** Removes every mark. */
  clear(): void {
    this.generation += 1;
    this.mentions.clear();
    this.byNode.clear();
    this.ordered = [];
    if (!highlightsSupported()) return;
    for (const name of this.drawn) CSS.highlights.delete(name);
    this.drawn.clear();
    CSS.highlights.delete(CURRENT);
  }
}
