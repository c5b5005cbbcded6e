/**
 * Ruby annotations (furigana): the reading above a word is not part of the text, so
 * "<ruby>北方<rt>ほっぽう</rt></ruby><ruby>領土<rt>りょうど</rt></ruby>" reads 北方領土, as its base text
 * does. Japanese news for learners and children puts readings over most words.
 */
import { property, tagOf, titleOf } from './native';

/**
 * Whether a page may annotate its words with readings: a Japanese page (its `lang`, a Japanese
 * charset, or kana or kanji in its title, as pages that declare neither show). Other pages skip
 * the check per text node, which costs on a first scan.
 */
export function mayHaveRuby(doc: Document): boolean {
  return (
    property(doc, 'documentElement').lang.toLowerCase().startsWith('ja') ||
    /jis|euc-jp|2022-jp/i.test(property(doc, 'characterSet')) ||
    /[\u3040-\u30ff\u4e00-\u9fff]/.test(titleOf(doc))
  );
}

/**
 * Whether a text node is a ruby's reading (`<rt>`) or its fallback bracket (`<rp>`). Only text
 * opening with kana or a bracket is asked for its parent, which the text walk otherwise never reads.
 */
export function isRubyReading(node: Text, data: string): boolean {
  const c = data.charCodeAt(0);
  if (!((c >= 0x3040 && c <= 0x30ff) || c === 0x28 || c === 0x29 || c === 0xff08 || c === 0xff09)) return false;
  const parent = node.parentElement;
  const tag = parent && tagOf(parent);
  return tag === 'RT' || tag === 'RP';
}
