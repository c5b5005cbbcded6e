/**
 * The page's text folded for matching: the tokenizer's `fold` applied only to the characters news
 * pages need folded (full- and half-width forms, the ideographic space, voiced marks written apart,
 * the invisible characters inside words), with a map between folded and original offsets. Folding
 * the rest would move offsets for nothing a news alias needs.
 *
 * Japanese pages hold such characters throughout (full-width digits and brackets): the folded text
 * is built from slices of the original between them, and the map records only the places where
 * folding changed a length, so that reading a page costs about one regex pass, not a step per
 * character.
 */
import { lowerBound } from '../sorted';
import { runToEnd } from '../steps';
import { fold } from '../tokenizer';

/**
 * Characters `fold` changes that news pages use: full-width ASCII, half-width katakana, the
 * ideographic space, a kana's voiced mark written apart from it (text from macOS file names), and
 * the soft hyphen, word joiner and stray byte-order mark that `fold` drops. Tested for before any
 * work; `FOLDABLE` finds them one by one.
 */
const NEEDS_FOLDING = /[\u3099\u309a\u00ad\u2060\u3000\ufeff\uff01-\uffef]/;
const FOLDABLE = new RegExp(NEEDS_FOLDING.source, 'g');

/**
 * Where folding changed a length: one entry per such unit (a kana and its voiced mark made one
 * character, a soft hyphen dropped), in text order. Between entries, offsets in the folded text and
 * in the original move together.
 */
export interface FoldMap {
  /** Where each unit's folding starts and ends in the folded text. */
  foldedFrom: number[];
  foldedTo: number[];
  /** Where each unit starts and ends in the original. */
  originalFrom: number[];
  originalTo: number[];
}

/** Text folded for matching; `map` is there when folding changed the text's length anywhere. */
export interface Folded {
  text: string;
  map?: FoldMap;
}

/** Where a folded offset (or the folded text's end) starts in the original: a unit's every folded character maps to the unit's start. */
export function originalOffset(map: FoldMap | undefined, at: number): number {
  if (!map) return at;
  // The last unit starting at or before `at` (after any units dropped whole at `at`).
  const k = lowerBound(map.foldedFrom, at + 1) - 1;
  if (k < 0) return at;
  return at < map.foldedTo[k]! ? map.originalFrom[k]! : map.originalTo[k]! + (at - map.foldedTo[k]!);
}

/**
 * Where a match ending at folded offset `at` ends in the original: before any characters dropped
 * there (a soft hyphen after "Taliban" is not the match's, nor a byte-order mark opening the next
 * paragraph), where `originalOffset` would skip them as it does for a start.
 */
export function originalEnd(map: FoldMap | undefined, at: number): number {
  if (!map) return at;
  // The first unit starting at or after `at`: when it starts there, the match ends before it.
  const k = lowerBound(map.foldedFrom, at);
  if (k < map.foldedFrom.length && map.foldedFrom[k] === at) return map.originalFrom[k]!;
  // Inside a unit folded to more characters ("￣" to " \u0304"): after the whole unit.
  if (k > 0 && at < map.foldedTo[k - 1]!) return map.originalTo[k - 1]!;
  return originalOffset(map, at);
}

/**
 * For each of an ascending list of original offsets (a page's text-node starts), the first folded
 * offset whose original offset (`originalOffset`) is at least it: in one pass beside the map.
 */
export function foldedOffsets(map: FoldMap, ascending: readonly number[]): number[] {
  const { originalFrom, originalTo, foldedTo } = map;
  const out: number[] = [];
  let k = 0;
  for (const at of ascending) {
    while (k < originalTo.length && originalTo[k]! <= at) k += 1;
    if (k < originalFrom.length && originalFrom[k]! < at) out.push(foldedTo[k]!);
    else out.push(k > 0 ? foldedTo[k - 1]! + (at - originalTo[k - 1]!) : at);
  }
  return out;
}

/** Whether a character is a voiced or semi-voiced mark that joins the kana before it, half-width or combining. */
const isVoicedMark = (code: number) => code === 0xff9e || code === 0xff9f || code === 0x3099 || code === 0x309a;
/** Whether a code unit is the second half of a surrogate pair (a mark after it cannot join it). */
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Folded units between two chances to yield. */
const UNITS_PER_STEP = 8192;

/** The text folded for matching, with its map (see the module's comment). */
export function foldWidth(text: string): Folded {
  return runToEnd(foldWidthSteps(text));
}

/** Whether `fold` drops a character (the soft hyphen, word joiner, byte-order mark). */
const isDropped = (code: number) => code === 0x00ad || code === 0x2060 || code === 0xfeff;
/** Whether a code unit is white space (or beyond the text's ends: NaN). */
const isSpace = (code: number) => !(code > 0x20) || code === 0xa0 || code === 0x3000;

/**
 * Whether folding the character found at `at` can change a match: a width form or a voiced mark
 * always; a dropped character only between two characters that are not white space (a soft hyphen
 * on a line of its own in a page's markup, as breitbart's, changes nothing).
 */
function foldMatters(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (!isDropped(code)) return true;
  return !isSpace(text.charCodeAt(at - 1)) && !isSpace(text.charCodeAt(at + 1));
}

/** `foldWidth` in steps, for a page's whole text (see `Matcher.findSteps`). */
export function* foldWidthSteps(text: string): Generator<void, Folded> {
  if (!NEEDS_FOLDING.test(text)) return { text };
  const found = new RegExp(FOLDABLE);
  // Folding costs a copy of the text and a map for its node starts: not for stray characters alone.
  let first = found.exec(text);
  while (first && !foldMatters(text, first.index)) first = found.exec(text);
  if (!first) return { text };
  found.lastIndex = 0;
  /** The folded text, one string per step (a part per folded unit made the final join one long task). */
  const parts: string[] = [];
  let step = '';
  const map: FoldMap = { foldedFrom: [], foldedTo: [], originalFrom: [], originalTo: [] };
  /** How much of the original is in `parts`, and how long that is folded. */
  let copied = 0;
  let length = 0;
  let units = 0;
  for (let m = found.exec(text); m; m = found.exec(text)) {
    let from = m.index;
    let to = from + 1;
    const code = text.charCodeAt(from);
    // A voiced mark belongs to the kana before it: ﾊﾞ, and ハ with a combining U+3099, fold to one character, バ.
    if (!isVoicedMark(code)) {
      if (isVoicedMark(text.charCodeAt(to))) to += 1;
    } else if (from > copied && !isVoicedMark(text.charCodeAt(from - 1)) && !isLowSurrogate(text.charCodeAt(from - 1))) from -= 1;
    const unit = text.slice(from, to);
    const folded = foldUnit(unit);
    if (from > copied) {
      step += text.slice(copied, from);
      length += from - copied;
    }
    step += folded;
    if (folded.length !== unit.length) {
      map.foldedFrom.push(length);
      map.foldedTo.push(length + folded.length);
      map.originalFrom.push(from);
      map.originalTo.push(to);
    }
    length += folded.length;
    copied = found.lastIndex = to;
    if (++units === UNITS_PER_STEP) {
      units = 0;
      parts.push(step);
      step = '';
      yield;
    }
  }
  parts.push(step, text.slice(copied));
  return { text: parts.join(''), ...(map.foldedFrom.length ? { map } : {}) };
}

/**
 * `fold` of one unit, the commonest cases worked out directly: full-width ASCII (NFKC makes it
 * ASCII), the ideographic space and the characters dropped. A Japanese page then need not load
 * the normaliser at all.
 */
function foldUnit(unit: string): string {
  const code = unit.charCodeAt(0);
  if (unit.length > 1) return fold(unit);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (code === 0x3000) return ' ';
  return isDropped(code) ? '' : fold(unit);
}
