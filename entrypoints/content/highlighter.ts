/**
 * Marks mentions with the CSS Custom Highlight API: no element is added to the page. The
 * registry is written, never read: we keep our own map of ranges, since iterating `CSS.highlights`
 * or a `Highlight` from a Firefox content script fails behind its Xray wrappers.
 */
import type { FoundMention } from '../../utils/dom/analyze-page';
import type { DisplaySettings } from '../../utils/settings';
import { PALETTE_SIZE, type Topic } from '../../utils/topics';
import { liveRange } from './ranges';

export interface Mention {
  found: FoundMention;
  range: StaticRange;
}

const NAME_PREFIX = 'jfir-briefs-';
/** The same palette drawn as underlines only (highlight style "underline"). */
const UNDERLINE_PREFIX = 'jfir-briefs-u-';
/** The mention the keyboard shortcut moved to. */
const CURRENT = 'jfir-briefs-current';

/** Whether this browser has the CSS Custom Highlight API. */
export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class Highlighter {
  /** Our own map of every mention's range, by topic. */
  readonly mentions = new Map<string, Mention[]>();
  /** Every mention in document order, for keyboard navigation. */
  ordered: Mention[] = [];
  /** Ranges already made, so that an incremental update does not rebuild them all. */
  private ranges = new WeakMap<FoundMention, StaticRange>();
  /** Registry names this highlighter has set: only these are ever deleted. */
  private drawn = new Set<string>();

  /** Replaces all marks with the given mentions, drawn in the reader's highlight style. */
  update(found: readonly FoundMention[], topics: readonly Topic[], style: DisplaySettings['highlightStyle'] = 'background'): void {
    this.mentions.clear();
    this.ordered = [];
    for (const f of found) {
      let range = this.ranges.get(f);
      if (!range) {
        range = new StaticRange({ startContainer: f.start.node, startOffset: f.start.offset, endContainer: f.end.node, endOffset: f.end.offset });
        this.ranges.set(f, range);
      }
      const list = this.mentions.get(f.topicId) ?? [];
      const mention = { found: f, range };
      list.push(mention);
      this.mentions.set(f.topicId, list);
      this.ordered.push(mention);
    }
    // Nothing to draw and nothing drawn (most pages): the registry is not touched.
    if ((!found.length && !this.drawn.size) || !highlightsSupported()) return;
    // One registry entry per palette slot in use, named for the style drawn.
    const prefix = style === 'background' ? NAME_PREFIX : style === 'underline' ? UNDERLINE_PREFIX : undefined;
    const wanted = new Map<string, StaticRange[]>();
    for (const topic of prefix ? topics : []) {
      const mentions = this.mentions.get(topic.id);
      if (!mentions) continue;
      const name = prefix + String(((topic.color % PALETTE_SIZE) + PALETTE_SIZE) % PALETTE_SIZE);
      wanted.set(name, [...(wanted.get(name) ?? []), ...mentions.map((m) => m.range)]);
    }
    for (const name of this.drawn) if (!wanted.has(name)) CSS.highlights.delete(name);
    for (const [name, ranges] of wanted) CSS.highlights.set(name, new Highlight(...ranges));
    this.drawn = new Set(wanted.keys());
  }

  /** Marks the mention the keyboard is on (or none). */
  setCurrent(mention: Mention | undefined): void {
    if (!highlightsSupported()) return;
    if (mention) CSS.highlights.set(CURRENT, new Highlight(mention.range));
    else CSS.highlights.delete(CURRENT);
  }

  /** The mention drawn at viewport point (x, y), if any. */
  mentionAt(x: number, y: number): Mention | undefined {
    for (const list of this.mentions.values()) {
      for (const mention of list) {
        for (const r of liveRange(mention.range).getClientRects()) {
          if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return mention;
        }
      }
    }
    return undefined;
  }

  /** Removes every mark. */
  clear(): void {
    this.mentions.clear();
    this.ordered = [];
    if (!highlightsSupported()) return;
    for (const name of this.drawn) CSS.highlights.delete(name);
    this.drawn.clear();
    CSS.highlights.delete(CURRENT);
  }
}
