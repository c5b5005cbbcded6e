/**
 * Saved pages as the brief CLI and `eval:article` read them: bytes decoded from the charset the
 * page declares, then parsed into a linkedom `Document` with the tree a browser would build.
 *
 * linkedom's own parser (htmlparser2) builds the tree as written, not by the HTML standard's
 * rules: a page that opens with a PHP warning, a stray `<meta>` or `<style>` before `<html>`, or
 * a second `<html>` inside its body ends up with an empty `<body>`, and 26 of the 884
 * article-snippets pages read as blank. parse5 builds the standard's tree; its serialisation is
 * well-formed HTML that linkedom parses as written.
 */
import { parseHTML } from 'linkedom';
import { parse, serialize } from 'parse5';

/** The charset a page declares in its first bytes (BOM or meta), if any. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  return m?.[1]?.toLowerCase();
}

/** Japanese legacy encodings an undeclared page may be in; browsers detect them. */
const JAPANESE_LEGACY = ['shift_jis', 'euc-jp'];
const KANA = /[\u3041-\u30ff]/g;
/** How many characters of a decoded text its decoder could not decode. */
const undecodable = (text: string) => text.split('\ufffd').length - 1;

/**
 * The charset of a page that declares none, as a browser's detector would take it: UTF-8 when
 * the bytes read as UTF-8 (a stray byte or a cut-off last character aside: far more well-formed
 * multi-byte characters than broken ones, where windows-1252 text read as UTF-8 gives next to
 * none); else a Japanese legacy encoding when the text it gives is Japanese (kana, next to no
 * undecodable bytes); else windows-1252, the HTML standard's fallback outside CJK locales.
 * Saved pages lose the HTTP header that often carried the charset.
 */
function undeclaredCharset(bytes: Uint8Array): string {
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  const broken = undecodable(utf8);
  if (broken === 0 || (utf8.match(/[^\t\n\r -\x7f\ufffd]/g)?.length ?? 0) > broken) return 'utf-8';
  let best = { charset: 'windows-1252', kana: 0 };
  for (const charset of JAPANESE_LEGACY) {
    const text = new TextDecoder(charset).decode(bytes);
    const kana = text.match(KANA)?.length ?? 0;
    if (kana >= 20 && kana > 10 * undecodable(text) && kana > best.kana) best = { charset, kana };
  }
  return best.charset;
}

/** What windows-1252 has at 0x80–0x9F (the Encoding Standard's index; the five it leaves undefined stay C1 controls). */
const WINDOWS_1252_C1 =
  '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f' +
  '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178';

/** A page's HTML as text, decoded from the charset it declares (Shift_JIS, EUC-JP, windows-1252 …), else from the one it reads as. */
export function decodePage(bytes: Uint8Array): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declaredCharset(bytes) ?? undeclaredCharset(bytes));
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  const text = decoder.decode(bytes);
  // Node decodes windows-1252 (the Encoding Standard's target of iso-8859-1, latin1, ascii) as
  // ISO-8859-1, leaving its dashes and quotes as C1 controls: https://github.com/nodejs/node/issues/60888
  return decoder.encoding === 'windows-1252' ? text.replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]!) : text;
}

/** The page's `Document`, with the element tree the HTML standard (and so the browser) builds. */
export function parsePage(html: string): Document {
  return parseHTML(serialize(parse(html))).document;
}

/** A parse5 node, as far as removing elements from it needs. */
interface TreeNode {
  nodeName: string;
  childNodes?: TreeNode[];
  content?: TreeNode;
}

/**
 * The page's HTML without its scripts, for loading it in a browser where they must not run. Parsed
 * and serialised by the standard's rules: a regular expression ends a script at the first
 * `</script>` it sees, while a browser also ends it at `</script` followed by a space, and one
 * such page (emotion.de) lost 80 KB, its whole story, to the regular expression.
 */
export function withoutScripts(html: string): string {
  const drop = (node: TreeNode) => {
    if (node.content) drop(node.content);
    if (!node.childNodes) return;
    node.childNodes = node.childNodes.filter((child) => child.nodeName !== 'script');
    for (const child of node.childNodes) drop(child);
  };
  const tree = parse(html);
  drop(tree);
  return serialize(tree);
}
