/**
 * An author's note after the story ("Helen Marsh is a senior fellow at …"), told by its wording and by how the page names its
 * author (a link to the author's page, the byline); `article-furniture` judges it in the article's last quarter.
 */
import { attributeIn, attributeOf, closestOf, parentOf, property, query, queryAll, tagOf, textOf } from './native';

/**
 * An author's note (judged in the article's last quarter, `furnitureIn`): a name, then what the author is or covers, all in italics
 * ("<em>Helen Marsh is a senior fellow at …</em>"), the name in bold, or led by a link to the author's page
 * ("<a href="/author/…">Ruth Adair</a> is a contributing writer …") or under such a link; not a story's sentence that
 * introduces someone ("<a href="/topic/bolton">John Bolton</a> is a former adviser and author …").
 */
const AUTHOR_NOTE = /^(?:\p{Lu}[\p{L}.'’-]*\s){1,4}(?:covers|(?:is|was) (?:a|an|the))\s/u;
/** Each sentence that opens so, in a note on one author or on several ("… Laura Brennan is a senior fellow …"). */
const PORTRAITS = /(?:^|[.!?]\s+)(?:\p{Lu}[\p{L}.'’-]*\s){1,4}(?:covers|(?:is|was) (?:a|an|the))\s/gu;
const AUTHOR_ROLE =
  /\b(?:covers|fellow|professor|writer|editor|correspondent|author|director|researcher|analyst|journalist|contributor|reporter|columnist|scholar|founder)\b/i;
/** Whether a box is the page's author card by its microdata: the author's item of its own (Simple Author Box's `<div itemprop="author" itemscope>`). */
export const isAuthorCard = (el: Element) =>
  /(?:^|\s)author(?:\s|$)/.test(attributeOf(el, 'itemprop') ?? '') && attributeOf(el, 'itemscope') !== null;
/** Whether a line opens as a portrait of someone: a name, then what they are or cover ("Jane Doe is a columnist …"). */
export const namesSomeone = (text: string) => AUTHOR_NOTE.test(text);
/** Whether one of the portraits in a line names an author's role within its first 100 characters. */
const namesRole = (text: string) => [...text.matchAll(PORTRAITS)].some((m) => AUTHOR_ROLE.test(text.slice(m.index, m.index + 100)));
/** Whether the page names `name` as its author: its `author` meta, or links that read the name, `links` of them or more (a byline's). */
function bylines(doc: Document, name: string, links: number): boolean {
  if (attributeIn(doc, 'meta[name="author"]', 'content')?.includes(name)) return true;
  let n = 0;
  for (const a of queryAll(doc, 'a[href]')) if (textOf(a).trim() === name && (n += 1) >= links) return true;
  return false;
}
/** Whether a byline links to `href` by `name` ("BY HAN SO-YEON"): `links` links there that read the name, in no paragraph (a story's). */
function bylineLinks(doc: Document, href: string, name: string, links = 1): boolean {
  const named = name.toLowerCase();
  let n = 0;
  for (const a of queryAll(doc, 'a[href]'))
    if (attributeOf(a, 'href') === href && textOf(a).toLowerCase().includes(named) && !closestOf(a, 'p') && (n += 1) >= links) return true;
  return false;
}
export function isAuthorNote(el: Element, text: string): boolean {
  if (!AUTHOR_NOTE.test(text) || !namesRole(text)) return false;
  const lead = property(el, 'firstElementChild');
  const leadText = lead ? textOf(lead).trim() : '';
  if (lead && (tagOf(lead) === 'EM' || tagOf(lead) === 'I')) return leadText === text;
  if (lead && tagOf(lead) === 'A') return text.startsWith(leadText) && AUTHOR_PAGE.test(attributeOf(lead, 'href') ?? '');
  // The name in bold ("<strong>Dana Ruiz</strong> is a contributing writer …"), or alone on the line above, linking to the
  // author's page (an author box's two lines), when the page's byline names that author: not a story's list of people.
  const doc = property(el, 'ownerDocument');
  if (lead && (tagOf(lead) === 'STRONG' || tagOf(lead) === 'B'))
    return text.startsWith(leadText) && namesSomeone(text.slice(0, leadText.length + 10)) && bylines(doc, leadText, 1);
  const above = property(el, 'previousElementSibling');
  const name = above ? textOf(above).trim() : '';
  // The name's link bare above the note only in a box of their own (an author box's name, note and follow link).
  const own = (property(parentOf(el) ?? el, 'childElementCount') ?? 9) <= 3;
  const link = above && (tagOf(above) === 'A' ? (own ? above : null) : query(above, 'a[href]'));
  // Or the name plain above the note (not a heading: a story's cards of people) and the link to the author's page after it,
  // in a box of their own ("More articles by this reporter"), where the page's byline links too.
  const after = property(el, 'nextElementSibling');
  const page = after && tagOf(after) === 'A' ? (attributeOf(after, 'href') ?? '') : '';
  if (own && !link && name && !/^H\d$/.test(tagOf(above!)) && text.startsWith(`${name} `) && REPORTER_PAGE.test(page))
    return bylineLinks(doc, page, name);
  const href = (link && attributeOf(link, 'href')) ?? '';
  // A reporter's page only for the name's bare link in a box of its own, where the byline links there too, outside a paragraph
  // (a Korean daily's reporter box; not a story's subheads of linked names, nor an obituary linking its subject in the text).
  return (
    !!link &&
    textOf(link).trim() === name &&
    text.startsWith(`${name} `) &&
    (AUTHOR_PAGE.test(href) ? bylines(doc, name, 2) : link === above && REPORTER_PAGE.test(href) && bylineLinks(doc, href, name, 2))
  );
}
/** A link to the site's own page of an author ("/author/ruth-adair/"), not to a think tank's "/people/…" or a "/profile/…". */
const AUTHOR_PAGE = /^\/(?:authors?|contributors?|staff|writers?)\/[^/]+\/?$/i;
/** Or of a reporter ("/reporter/hansoyeon"), which a story may link to for its subject (an obituary's), so only beside the byline's link. */
const REPORTER_PAGE = /^\/(?:authors?|contributors?|staff|writers?|reporters?|journalists?)\/[^/]+\/?$/i;
