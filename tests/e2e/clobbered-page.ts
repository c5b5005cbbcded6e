/**
 * A page that shadows DOM members (DOM clobbering), for the Chromium and Firefox tests: the
 * WebForms fixture (the whole page in one form) with an image named `parentElement` and inputs
 * named after more members inside its form, and the article's marks as on the page without them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './harness';

const FORM_TAG = '<form method="post" action="./article.aspx?id=4411" id="aspnetForm">';

/** Names of the DOM's own members that the scan reads, and some it does not. */
const SHADOWED = [
  'getAttribute',
  'hasAttributes',
  'getAttributeNames',
  'checkVisibility',
  'parentNode',
  'tagName',
  'id',
  'className',
  'closest',
  'contains',
  'querySelectorAll',
  'children',
  'textContent',
  'getRootNode',
  'shadowRoot',
];

/** The WebForms fixture with controls named after DOM members inside its form. */
export function clobberedWebForms(): string {
  const html = readFileSync(join(FIXTURES, 'webforms-news.html'), 'utf8');
  // An image, not an input: a skipped element would have ended the walk up by chance.
  const controls = `<img name="parentElement" alt="">${SHADOWED.map((n) => `<input type="hidden" name="${n}" value="1">`).join('')}`;
  return html.replace(FORM_TAG, `${FORM_TAG}${controls}`);
}

/** The article's mentions on the WebForms fixture, as `detection.test.ts` expects them on the page without the controls. */
export const WEBFORMS_ARTICLE_MARKS = ['Taliban', 'Kabul', 'Haqqani network', 'Taliban', 'Kabul', 'Pyongyang', 'North Korea'].sort();
