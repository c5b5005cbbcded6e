/**
 * Turns a saved HTML page into the one-paragraph-a-line text the commentary parser reads. Works
 * on any `Document` (the options page's DOMParser, linkedom in tests).
 */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, dt, dd, blockquote, pre, td, th, div, section, article, header, footer, time';
const SKIP = 'script, style, noscript, template, svg, nav';

/** The text of every block that has text of its own, one per line, in document order. */
export function htmlToLines(doc: Document): string {
  const lines: string[] = [];
  for (const el of doc.querySelectorAll(BLOCKS)) {
    if (el.closest(SKIP)) continue;
    // A block's own text: its text nodes and inline children, not its nested blocks.
    let text = '';
    for (const child of el.childNodes) {
      if (child.nodeType === 3) text += child.textContent;
      else if (child.nodeType !== 1) continue;
      else if ((child as Element).tagName === 'BR') text += '\n';
      else if (!(child as Element).matches(BLOCKS) && !(child as Element).matches(SKIP)) text += child.textContent;
    }
    for (const line of text.split('\n')) {
      const clean = line.replace(/\s+/g, ' ').trim();
      if (clean) lines.push(clean);
    }
  }
  return lines.join('\n\n');
}
