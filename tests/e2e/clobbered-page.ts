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

/**
 * A script that names a control in the page's first form after every member of the form's
 * prototypes, and an image after every member of the document's: every DOM member a content
 * script could read from either is shadowed. It calls the prototypes' own methods, as the members
 * it shadows as it goes would throw.
 */
export const SHADOW_EVERY_MEMBER = `<script>
(function () {
  function membersOf(node) {
    var names = [];
    for (var p = Object.getPrototypeOf(node); p && p !== Object.prototype; p = Object.getPrototypeOf(p))
      Object.getOwnPropertyNames(p).forEach(function (n) { if (n !== 'constructor' && names.indexOf(n) < 0) names.push(n); });
    return names;
  }
  var create = Document.prototype.createElement, append = Node.prototype.appendChild, set = Element.prototype.setAttribute;
  var form = document.forms[0], body = document.body;
  membersOf(form).forEach(function (n) {
    var input = create.call(document, 'input');
    set.call(input, 'type', 'hidden');
    set.call(input, 'name', n);
    append.call(form, input);
  });
  membersOf(document).forEach(function (n) {
    var img = create.call(document, 'img');
    set.call(img, 'name', n);
    set.call(img, 'alt', '');
    append.call(body, img);
  });
})();
</script>`;

/** The story's mentions on the form-story page, read off the page: headline, byline, paragraphs 1, 3, 4 and 7. */
export const FORM_STORY_MARKS = ['Taliban', 'Kabul', 'Taliban', 'Kabul', 'Haqqani network', 'Taliban'].sort();

/** The legacy page whose one form holds the story itself, with every member of its form and its document shadowed by the page's script. */
export function formStoryShadowingEveryMember(): string {
  const html = readFileSync(join(FIXTURES, 'form-story.html'), 'utf8');
  return html.replace('</body>', `${SHADOW_EVERY_MEMBER}\n</body>`);
}
