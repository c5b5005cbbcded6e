/**
 * Marks mentions with the CSS Custom Highlight API: no element is added to the page. The
 * registry is written, never read: we keep our own map of ranges, since iterating `CSS.highlights`
 * or a `Highlight` from a Firefox content script fails behind its Xray wrappers.
 */
import type { FoundMention } from '../../utils/dom/analyze-page';
import type { DisplaySettings } from '../../utils/settings';
import { PALETTE_SIZE, type Topic } from '../../utils/topics';

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
    if (!highlightsSupported()) return;
    const bySlot = new Map<number, StaticRange[]>();
    for (const topic of topics) {
      const slot = ((topic.color % PALETTE_SIZE) + PALETTE_SIZE) % PALETTE_SIZE;
      const ranges = this.mentions.get(topic.id)?.map((m) => m.range) ?? [];
      bySlot.set(slot, [...(bySlot.get(slot) ?? []), ...ranges]);
    }
    for (let slot = 0; slot < PALETTE_SIZE; slot += 1) {
      const ranges = bySlot.get(slot) ?? [];
      for (const [prefix, drawn] of [[NAME_PREFIX, style === 'background'], [UNDERLINE_PREFIX, style === 'underline']] as const) {
        if (drawn && ranges.length) CSS.highlights.set(prefix + slot, new Highlight(...ranges));
        else CSS.highlights.delete(prefix + slot);
      }
    }
  }

  /** Marks the mention the keyboard is on (or none). */
  setCurrent(mention: Mention | undefined): void {
    if (!highlightsSupported()) return;
    if (mention) CSS.highlights.set(CURRENT, new Highlight(mention.range));
    else CSS.highlights.delete(CURRENT);
  }

  /** Removes every mark. */
  clear(): void {
    this.mentions.clear();
    this.ordered = [];
    if (!highlightsSupported()) return;
    for (let slot = 0; slot < PALETTE_SIZE; slot += 1) {
      CSS.highlights.delete(NAME_PREFIX + slot);
      CSS.highlights.delete(UNDERLINE_PREFIX + slot);
    }
    CSS.highlights.delete(CURRENT);
  }
}
