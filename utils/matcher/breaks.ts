/**
 * Where a text joined from pieces breaks between blocks, found for the matcher in text order
 * without asking about every join: the break finder, the joins of a width-folded text, and the
 * boundary questions the matcher asks (is the character next to a match a word character of the
 * same block; does a match run across a break).
 */
import { lowerBound } from '../sorted';
import { isWordChar } from './characters';
import { type FoldMap, foldedOffsets } from './width-fold';

/**
 * Where a text was joined from pieces (a page's text nodes, see `PageText`), and which joins are
 * block breaks. A break stands for a character that is neither a word character nor a separator:
 * no match runs across it, and a word ends at it. A page can then join its text nodes with
 * nothing between them, and ask the DOM about a join only where a match could reach it.
 */
export interface Joins {
  /** Where each piece starts in the text, ascending: the text can break only there. */
  readonly starts: readonly number[];
  /** Whether the text breaks between blocks where piece `i` (from 1) starts; may be asked again for the same `i`. */
  breaksBefore(i: number): boolean;
}

/** The joins of a folded text: each piece starts at the first folded position at or after its original start. */
export function foldedJoins(joins: Joins, map: FoldMap): Joins {
  return {
    starts: foldedOffsets(map, joins.starts),
    breaksBefore: (i) => joins.breaksBefore(i),
  };
}

/** The first offset in [from, to] where the text breaks between blocks, or -1. */
export type BreakFinder = (from: number, to: number) => number;

/**
 * A `BreakFinder` over joins. The matcher asks in text order (once per word with the word index),
 * so the search steps on from where the last one ended (by binary search when far ahead), and
 * searches anew only when asked about an earlier place (the next pass).
 */
export function breakFinder({ starts, breaksBefore }: Joins): BreakFinder {
  /** The first join at or after the last `from` asked. */
  let next = 1;
  return (from, to) => {
    if (next > 1 && starts[next - 1]! >= from) next = lowerBound(starts, from, 1, next - 1);
    if (next < starts.length && starts[next]! < from) {
      next += 1;
      // Far ahead (a page's first hit, thousands of text nodes in): a binary search, not a step per
      // join, which a first scan runs uncompiled. The word index steps one join at a time.
      if (next < starts.length && starts[next]! < from) next = lowerBound(starts, from, next + 1);
    }
    for (let i = next; i < starts.length && starts[i]! <= to; i += 1) if (breaksBefore(i)) return starts[i]!;
    return -1;
  };
}

/** A text to scan, with where it was joined and where it breaks between blocks (see `Joins`). */
export interface Source {
  text: string;
  joinStarts: readonly number[];
  breaks: BreakFinder | undefined;
}

/** Whether `text[i]`, next to the offset `edge`, is a word character in the same block (no break at `edge`). */
export function wordCharAt({ text, breaks }: Source, i: number, edge: number): boolean {
  return isWordChar(text[i]) && !(breaks && breaks(edge, edge) >= 0);
}

/** Whether `start` to `end` runs across a block break. */
export function crossesBreak({ breaks }: Source, start: number, end: number): boolean {
  return breaks !== undefined && end - start > 1 && breaks(start + 1, end - 1) >= 0;
}
