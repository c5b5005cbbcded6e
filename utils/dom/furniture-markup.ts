/**
 * Page furniture by its own markup (nav, aside, footer, dialog, a furniture role): left out
 * wherever it stands, by the article finder and by the visibility check of each match alike, so
 * this stays out of the finder's modules (the content script loads those only when needed).
 */
import { bothCases } from './tags';
import { attributeOf, invoke } from './native';

const FURNITURE_TAGS = bothCases(['NAV', 'ASIDE', 'FOOTER', 'DIALOG']);
const FURNITURE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'search', 'dialog', 'banner']);

/** Whether a furniture element holds a `main` element, by element. */
const mainHolders = new WeakMap<Element, boolean>();

/** A pull quote: the story's own words set apart, which sites put in an `aside` (`element-pullquote`, `pull-quote`). */
const PULL_QUOTE = /pull[-_]?quote/i;

/**
 * Whether an element is page furniture by its own markup: nav, aside (not a pull quote), footer, dialog, or a
 * furniture role; unless it holds the page's `main` (a banner left open around the whole page).
 */
export function isFurnitureMarkup(el: Element, tag: string): boolean {
  const role = attributeOf(el, 'role');
  if (!FURNITURE_TAGS.has(tag) && (role === null || !FURNITURE_ROLES.has(role))) return false;
  if (PULL_QUOTE.test(attributeOf(el, 'class') ?? '')) return false;
  // Asked once per element: the visibility check asks every ancestor of each match, and the CLI's DOM keeps no such count.
  let holdsMain = mainHolders.get(el);
  if (holdsMain === undefined) mainHolders.set(el, (holdsMain = invoke(el, 'getElementsByTagName', 'main').length > 0));
  return !holdsMain;
}
