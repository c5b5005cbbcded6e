/**
 * The text the extension reads as a page's article, as one string: every text node of the page
 * that a mention there would be marked in (a caption up to its closing credit), blocks joined by a space. Used by `npm run eval:article`
 * on linkedom and, bundled, in Chromium, so both measure the shipped code path.
 */
import { scanRoots } from '../../utils/dom/analyze-page';
import { collectText, foundArticle } from '../../utils/dom/page-text';
import { readableChecker } from '../../utils/dom/text-checks';

export function articleText(doc: Document): string {
  const { roots } = scanRoots(doc);
  const page = collectText(doc, roots);
  const readable = readableChecker(doc, page);
  let out = '';
  for (let i = 0; i < page.nodes.length; i += 1) {
    const start = page.starts[i]!;
    const end = start + page.nodes[i]!.data.length;
    if (i > 0 && page.breaksBefore(i)) out += ' ';
    // A caption ending in a credit is read up to the credit.
    const credit = foundArticle(doc)?.creditTails?.get(page.nodes[i]!);
    if (readable(start, end)) out += page.text.slice(start, end);
    else if (credit !== undefined && readable(start, start + credit)) out += `${page.text.slice(start, start + credit)} `;
    else out += ' ';
  }
  return out;
}
