/**
 * The article-snippets corpus (../shared/corpus/article-snippets): its pages decoded from their
 * declared charset, the fixed tuning/held-out split, and trafilatura's scoring of a page's
 * extracted text against its `with` and `without` snippets.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodePage, parsePage, withoutScripts } from '../page-html';

export const ARTICLE_CORPUS = resolve(import.meta.dirname, '../../../shared/corpus/article-snippets');

export interface SnippetPage {
  /** Position in snippets.json: even positions are the tuning half, odd ones the held-out half. */
  index: number;
  file: string;
  url: string;
  with: string[];
  without: string[];
}

export type Half = 'tuning' | 'held-out';
/** The fixed split: by position in snippets.json, never by how a page scores. */
export const halfOf = (page: Pick<SnippetPage, 'index'>): Half => (page.index % 2 === 0 ? 'tuning' : 'held-out');

/** The corpus's pages, or undefined when ../shared is absent. */
export function loadSnippetPages(): SnippetPage[] | undefined {
  const list = join(ARTICLE_CORPUS, 'snippets.json');
  if (!existsSync(list)) return undefined;
  const raw = JSON.parse(readFileSync(list, 'utf8')) as Array<Omit<SnippetPage, 'index'>>;
  return raw.map((p, index) => ({ ...p, index }));
}

/** A page's HTML as text, decoded from the charset it declares. */
export function pageHtml(page: Pick<SnippetPage, 'file'>): string {
  return decodePage(gunzipSync(readFileSync(join(ARTICLE_CORPUS, 'pages', page.file))));
}

/** White space collapsed, so that snippets compare with text joined from nodes and blocks. */
export const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

/** How a page's extracted text fares: snippets found in it, trafilatura's counts. */
export interface PageScore {
  truePositives: number;
  falseNegatives: number;
  falsePositives: number;
  trueNegatives: number;
}

/** Scores extracted text against a page's snippets (each matched as text after collapsing white space). */
export function scorePage(page: Pick<SnippetPage, 'with' | 'without'>, extracted: string): PageScore {
  const text = normalize(extracted);
  const found = (s: string) => text.includes(normalize(s));
  const tp = page.with.filter(found).length;
  const fp = page.without.filter(found).length;
  return { truePositives: tp, falseNegatives: page.with.length - tp, falsePositives: fp, trueNegatives: page.without.length - fp };
}

/** Precision, recall, F over pages, and the pages where no `with` snippet was found. */
export function summarize(scores: PageScore[]) {
  const sum = (k: keyof PageScore) => scores.reduce((n, s) => n + s[k], 0);
  const tp = sum('truePositives');
  const fp = sum('falsePositives');
  const fn = sum('falseNegatives');
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  const f = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const none = scores.filter((s) => s.truePositives === 0 && s.falseNegatives > 0).length;
  return { pages: scores.length, tp, fp, fn, precision, recall, f, none };
}

/**
 * Whether the page's static HTML holds any of its `with` snippets as text, outside scripts,
 * templates, `noscript` and styles. Where it holds none, the article reaches the DOM only by the
 * page's own scripts (a Blogger post in a `text/template` script, a React page's props), which
 * neither extractor runs here: such a page counts as "none" for every method, and a reader's
 * browser, which runs those scripts, shows the extension the article.
 */
export function staticTextHoldsMain(page: Pick<SnippetPage, 'with'>, html: string): boolean {
  const doc = parsePage(withoutScripts(html));
  for (const el of [...doc.querySelectorAll('noscript, template, style')]) el.remove();
  const text = normalize(doc.body?.textContent ?? '');
  return page.with.some((s) => text.includes(normalize(s)));
}
