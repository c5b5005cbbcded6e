/**
 * Maps offsets of a page's text (`PageText`) back to the page: the text node at an offset, and the
 * sentence around one, never running past its block.
 */
import { lowerBound } from '../sorted';
import type { PageText } from './page-text';

/**
 * Stands for a block break where a page's text is shown with its blocks (`sentenceAt`). Not white
 * space, so no alias (whose spaces match any white space) runs across it.
 */
const BLOCK_BREAK = '\u001e';

/**
 * The index of the text node holding a position in `PageText.text` (binary search). At a boundary
 * between two nodes, the later one, or with `preferEnd` the earlier one (for a match's end).
 */
export function nodeIndex(page: PageText, offset: number, preferEnd = false): number {
  // The last node starting before the offset (with `preferEnd`) or at it: starts are whole and strictly ascending.
  return Math.max(0, lowerBound(page.starts, preferEnd ? offset : offset + 1) - 1);
}

/** The text node and offset of a position in `PageText.text`. */
export function locate(page: PageText, offset: number, preferEnd = false): { node: Text; offset: number } | undefined {
  const i = nodeIndex(page, offset, preferEnd);
  const node = page.nodes[i];
  if (!node) return undefined;
  return { node, offset: Math.min(offset - page.starts[i]!, node.data.length) };
}

/**
 * The sentence around an offset of a page's text, at most `max` characters each side, never
 * running past its block: the blocks in reach are joined with BLOCK_BREAK for `sentenceAround`.
 */
export function sentenceAt(page: PageText, offset: number, max = 300): string {
  const from = Math.max(0, offset - max);
  const to = Math.min(page.text.length, offset + max);
  let local = '';
  let localOffset = offset - from;
  let last = from;
  for (let i = nodeIndex(page, from) + 1; i < page.starts.length && page.starts[i]! < to; i += 1) {
    if (!page.breaksBefore(i)) continue;
    const at = page.starts[i]!;
    local += page.text.slice(last, at) + BLOCK_BREAK;
    if (at <= offset) localOffset += 1;
    last = at;
  }
  return sentenceAround(local + page.text.slice(last, to), localOffset, max);
}

/** The sentence of `text` around `offset`, at most `max` characters each side, ending at a BLOCK_BREAK. */
export function sentenceAround(text: string, offset: number, max = 300): string {
  const before = text.slice(Math.max(0, offset - max), offset);
  const after = text.slice(offset, offset + max);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf(BLOCK_BREAK), before.lastIndexOf('。'));
  // eslint-disable-next-line no-control-regex -- U+001E is BLOCK_BREAK, the block separator on purpose.
  const endMatch = /[.?!。](?:\s|$)|\u001e/.exec(after);
  // Up to the full stop, or up to (not into) the block's end.
  const end = endMatch ? endMatch.index + (endMatch[0] === BLOCK_BREAK ? 0 : 1) : after.length;
  return (before.slice(start + 1) + after.slice(0, end)).trim();
}
