/**
 * Marks mentions with the CSS Custom Highlight API: no element is added to the page. The
 * registry is written, never read: we keep our own map of ranges, since iterating `CSS.highlights`
 * or a `Highlight` from a Firefox content script fails behind its Xray wrappers.
 */
import type { Match } from '../../utils/matcher';
import { locate, type PageText } from '../../utils/dom/page-text';
import { PALETTE_SIZE, type Topic } from '../../utils/topics';

export interface Mention {
  match: Match;
  range: StaticRange;
}

const NAME_PREFIX = 'jfir-briefs-';

/** Whether this browser has the CSS Custom Highlight API. */
export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class Highlighter {
  /** Our own map of every mention's range, by topic. */
  readonly mentions = new Map<string, Mention[]>();

  /** Replaces all marks with the given matches. */
  update(page: PageText, matches: readonly Match[], topics: readonly Topic[]): void {
    this.mentions.clear();
    for (const match of matches) {
      const start = locate(page, match.start);
      const end = locate(page, match.end, true);
      if (!start || !end) continue;
      const range = new StaticRange({
        startContainer: start.node,
        startOffset: start.offset,
        endContainer: end.node,
        endOffset: end.offset,
      });
      const list = this.mentions.get(match.topicId) ?? [];
      list.push({ match, range });
      this.mentions.set(match.topicId, list);
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
      if (ranges.length) CSS.highlights.set(NAME_PREFIX + slot, new Highlight(...ranges));
      else CSS.highlights.delete(NAME_PREFIX + slot);
    }
  }

  /** Removes every mark. */
  clear(): void {
    this.mentions.clear();
    if (!highlightsSupported()) return;
    for (let slot = 0; slot < PALETTE_SIZE; slot += 1) CSS.highlights.delete(NAME_PREFIX + slot);
  }
}
