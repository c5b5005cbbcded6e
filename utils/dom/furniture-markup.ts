/**
 * Page furniture by its own markup (nav, aside, footer, dialog, a furniture role): left out
 * wherever it stands (an open dialog that holds an `article` is a reading overlay, not furniture), by the article finder and by the visibility check of each match alike, so
 * this stays out of the finder's modules (the content script loads those only when needed).
 */
import { bothCases } from './tags';
import { attributeOf, invoke, textOf } from './native';

const FURNITURE_TAGS = bothCases(['NAV', 'ASIDE', 'FOOTER', 'DIALOG']);
const FURNITURE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'search', 'dialog', 'banner']);
const ASIDE = bothCases(['ASIDE']);
const DIALOG = bothCases(['DIALOG']);
/** A pull quote: the story's own words set apart, which sites put in an `aside` (`element-pullquote`, `pull-quote`). */
const PULL_QUOTE = /pull[-_]?quote/i;
/** A fact box named so by a class of its own (`factbox`, `faktaboks`, `faktaruta`, `infobox`; not `article-infobox`), whose listed facts may be short. */
const FACT_BOX = /(?:^|\s)(?:fa[ck]ta?[-_]?(?:box|boks|ruta)|info[-_]?box)(?=\s|$)/i;

/** `least` or more list items of a line of facts each (`chars` characters on average), not a sidebar's short trending items. */
function isFactList(el: Element, least = 3, average = 40): boolean {
  const items = invoke(el, 'getElementsByTagName', 'li');
  let chars = 0;
  for (const li of items) chars += textOf(li).trim().length;
  return items.length >= least && chars >= average * items.length;
}

/** Whether an element with furniture markup is the story's after all, by element. */
const storyParts = new WeakMap<Element, boolean>();

/**
 * Whether an element with furniture markup is the story's: it holds the page's `main` (a banner
 * left open around the whole page), or it is an `aside` that is a pull quote or a box of the
 * story's own sentences (two or more) or list items (three or more of 40 characters on average, or two or more of 25 in a box named a fact box) with no link (a
 * backgrounder's summary, a fact box, a timeline), as sites use
 * the element; not a video embed's title.
 */
function isStoryPart(el: Element, tag: string): boolean {
  if (invoke(el, 'getElementsByTagName', 'main').length > 0) return true;
  if (!ASIDE.has(tag)) return false;
  return (
    PULL_QUOTE.test(attributeOf(el, 'class') ?? '') ||
    (invoke(el, 'getElementsByTagName', 'a').length === 0 &&
      ((textOf(el).match(/[.!?。](?!\p{Ll}|\d)/gu)?.length ?? 0) >= 2 ||
        isFactList(el) ||
        (FACT_BOX.test(attributeOf(el, 'class') ?? '') && isFactList(el, 2, 25))))
  );
}

/**
 * Whether a dialog is a reading overlay (a portal's "quick read" view): it holds an `article`. Asked
 * afresh each time, as the page opens, fills and closes its dialogs; a closed `dialog` is hidden anyway.
 */
function isReadingOverlay(el: Element, tag: string, role: string | null): boolean {
  if (DIALOG.has(tag) ? attributeOf(el, 'open') === null : role !== 'dialog') return false;
  return invoke(el, 'getElementsByTagName', 'article').length > 0;
}

/** Whether an element is page furniture by its own markup: nav, aside, footer, dialog, or a furniture role, unless it is the story's (`isStoryPart`). */
export function isFurnitureMarkup(el: Element, tag: string): boolean {
  const role = attributeOf(el, 'role');
  if (!FURNITURE_TAGS.has(tag) && (role === null || !FURNITURE_ROLES.has(role))) return false;
  if (isReadingOverlay(el, tag, role)) return false;
  // Asked once per element: the visibility check asks every ancestor of each match, and the CLI's DOM keeps no such count.
  let story = storyParts.get(el);
  if (story === undefined) storyParts.set(el, (story = isStoryPart(el, tag)));
  return !story;
}
