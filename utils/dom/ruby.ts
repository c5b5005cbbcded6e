/**
 * Ruby annotations (furigana): the reading above a word is not part of the text, so
 * "<ruby>北方<rt>ほっぽう</rt></ruby><ruby>領土<rt>りょうど</rt></ruby>" reads 北方領土, as its base text
 * does. Japanese news for learners and children puts readings over most words.
 */

/**
 * Whether a text node's first character may open a ruby reading (kana) or its fallback bracket
 * (`<rp>`): only such text nodes are asked for their parent, so pages without kana pay one
 * comparison per text node.
 */
export const mayBeReading = (c: number): boolean =>
  (c >= 0x3040 && c <= 0x30ff) || c === 0x28 || c === 0x29 || c === 0xff08 || c === 0xff09;

/** Whether a text node is a ruby's reading (`<rt>`) or its fallback bracket (`<rp>`). */
export function isRubyReading(node: Text): boolean {
  const tag = node.parentElement?.tagName;
  return tag === 'RT' || tag === 'RP';
}
