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

/** The charset a page declares in its first bytes (BOM or meta), else UTF-8. */
function declaredCharset(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  return m?.[1]?.toLowerCase() ?? 'utf-8';
}

/** A page's HTML as text, decoded from the charset it declares (Shift_JIS, EUC-JP, windows-1252 …). */
export function decodePage(bytes: Uint8Array): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declaredCharset(bytes));
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(bytes);
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
