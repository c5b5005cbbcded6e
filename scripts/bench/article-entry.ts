/**
 * The extension's article detection and Mozilla Readability, bundled to run in a page for
 * `npm run eval:article`: both read the same live document (Readability a clone, as it edits it).
 */
import { Readability } from '@mozilla/readability';
import { articleText } from './article-text';

function texts(): { ours: string; readability: string } {
  const ours = articleText(document);
  let readability = '';
  try {
    readability = new Readability(document.cloneNode(true) as Document).parse()?.textContent ?? '';
  } catch {
    readability = '';
  }
  return { ours, readability };
}

(globalThis as unknown as { jfirArticle: unknown }).jfirArticle = { texts };
