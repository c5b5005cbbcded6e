/**
 * Turns a saved HTML page into the one-paragraph-a-line text the commentary parser reads. Works
 * on any `Document` (the options page's DOMParser, linkedom in tests).
 */
import { closestOf, invoke, property, queryAll, tagOf, textOf } from './native';

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, dt, dd, blockquote, pre, td, th, div, section, article, header, footer, time';
const SKIP = 'script, style, noscript, template, svg, nav';

/** The text of every block that has text of its own, one per line, in document order. */
export function htmlToLines(doc: Document): string {
  const lines: string[] = [];
  for (const el of queryAll(doc, BLOCKS)) {
    if (closestOf(el, SKIP)) continue;
    // A block's own text: its text nodes and inline children, not its nested blocks.
    let text = '';
    for (const child of property(el, 'childNodes')) {
      const type = property(child, 'nodeType');
      if (type === 3) text += textOf(child);
      else if (type !== 1) continue;
      else if (tagOf(child as Element) === 'BR') text += '\n';
      else if (!invoke(child as Element, 'matches', BLOCKS) && !invoke(child as Element, 'matches', SKIP)) text += textOf(child);
    }
    for (const line of text.split('\n')) {
      const clean = line.replace(/\s+/g, ' ').trim();
      if (clean) lines.push(clean);
    }
  }
  return lines.join('\n\n');
}
