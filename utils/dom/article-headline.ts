/**
 * Which element heads the story, as the document title names it: the page's `h1`s and the one
 * the title holds, or, on a page with no `h1`, a short line just before the text that holds the
 * title's headline part (an old table layout's bold cell). Used by the article finder.
 */
import { INLINE_TAG_SET } from './tags';
import { HEADINGS, type Stats } from './article-scores';
import { composedContains, queryAllComposed } from './shadow-roots';
import { attributeIn, attributeOf, closestOf, parentOf, property, query, queryAll, tagOf, textOf, titleOf } from './native';
import { ownAddresses, resolvedAddress } from './page-address';

/** A site's or blog's home page: its root, or one level below it ("https://blog.example/newsoku/"). */
const HOME_PAGE = /^(?:https?:\/\/[^/]+)?\/(?:[^/?#]+\/?)?$/;

/** Whether a heading's link leads to a page under `home` (a blog entry's title, under the blog's; not "/kumano-kodo-part-2" under "/kumano-kodo"). */
function linksUnder(heading: Element, home: string): boolean {
  const href = attributeIn(heading, 'a[href]', 'href') ?? '';
  return href.length > home.length && href.startsWith(home.endsWith('/') ? home : `${home}/`);
}

/**
 * The `h1`s of a page (not the site's name in a theme's logo heading), and the one whose text the document title contains (the story the page is
 * about): the longest such that is not the site's name (`og:site_name`), since a blog's or
 * site's name in its own `h1` is in the title too ("Story headline - Blog name").
 */
export function headlines(doc: Document): { h1s: Element[]; titled?: Element } {
  const title = titleOf(doc).toLowerCase();
  const siteName = attributeIn(doc, 'meta[property="og:site_name"]', 'content')?.trim().toLowerCase();
  // A theme's logo heading: the title's last part, after a longer one ("Story : Blog name"), linking to the site's or blog's home page.
  const parts = title.split(/\s+[|:｜\-–—]\s+/);
  const last = parts.length > 1 ? parts.pop()!.trim() : undefined;
  const story = parts.join(' ');
  // Or a blog's name that the title's last part opens ("Blog name Powered by …"), while an entry's heading states the
  // rest and links to a page under the blog's (an Ameba entry's), not the site's home (a WordPress site title's).
  const entryHeading = (home: string) =>
    [...queryAllComposed(doc, 'h2')].some((h) => textOf(h).trim().toLowerCase() === story && linksUnder(h, home));
  const isSiteName = (el: Element) => {
    const text = textOf(el).trim().toLowerCase();
    // A logo's picture with no words (its name in `alt`) heads no story.
    if (!text) return true;
    const home = attributeIn(el, 'a[href]', 'href') ?? '';
    // Or, unlinked, the title's last part after a longer one that the site's name opens (a Joomla theme's station name in
    // its h1 over the story's h2).
    // So is one that the title's last part after two others names, over a heading that opens the title (a town
    // office's name in its h1, its news item's headline in an h2: "Headline - News - Town office").
    if (!home && text.length >= 4 && text === last && story.length > last.length) {
      if (siteName?.startsWith(text)) return true;
      const opensTitle = (h: Element) => {
        const t = textOf(h).trim().toLowerCase();
        return t.length >= 20 && title.startsWith(t);
      };
      if (parts.length > 1 && [...queryAllComposed(doc, 'h2, h3')].some(opensTitle)) return true;
    }
    if (text.length < 4 || !HOME_PAGE.test(home)) return false;
    // Or beside another h1 that links to a page under that home (an Ameba or WordPress entry's title under the blog's name).
    if ([...queryAllComposed(doc, 'h1')].some((h) => linksUnder(h, home))) return true;
    // Or the title's first part ("Blog name: Post title", as Blogger's themes write it; not "Headline | Paper"), linking to
    // the site's root (not a post's one-level permalink), when a heading opens with the post's title (not a dek holding it).
    const post = title.startsWith(text) ? /^\s*[|:｜\-–—]\s+(\S.{3,})/.exec(title.slice(text.length))?.[1] : undefined;
    const root = /^(?:https?:\/\/[^/]+)?\/?$/.test(home);
    if (post && root && [...queryAllComposed(doc, 'h2, h3')].some((h) => textOf(h).trim().toLowerCase().startsWith(post))) return true;
    return last !== undefined && (text === last ? story.length > last.length : last.startsWith(text) && entryHeading(home));
  };
  const h1s = [...queryAllComposed(doc, 'h1')].filter((el) => !isSiteName(el));
  let titled: Element | undefined;
  let longest = 8;
  for (const el of h1s) {
    const t = textOf(el).trim().toLowerCase();
    // A title often drops the headline's subtitle ("The Islamic State After the Caliphate: An Insurgency …").
    const named = title.includes(t) ? t : /^(.{20,}?)[:：] /.exec(t)?.[1];
    if (named && named.length > longest && t !== siteName && title.includes(named)) [titled, longest] = [el, named.length];
  }
  // Or the one that states the og:title (20 characters or more, not the site's name) when the title is worded for search (a
  // newsletter post's "Japan's ID card: nobody wanted it…" over its h1 "The card nobody wanted is becoming …").
  const og = attributeIn(doc, 'meta[property="og:title"]', 'content')?.trim().toLowerCase();
  if (!titled && og && og.length >= 20 && og !== siteName) titled = h1s.find((el) => textOf(el).trim().toLowerCase() === og);
  // Or the one worded a little otherwise than the title's story part (an SEO title: "Kabul water shortage deepens as
  // aquifer levels fall" over "Kabul's water shortage deepens as aquifers fall"), when only one is.
  if (!titled) {
    const worded = h1s.filter((el) => textOf(el).trim().length >= 20 && statesTitle(textOf(el).trim().toLowerCase(), story || title, true));
    if (worded.length === 1) titled = worded[0];
  }
  return { h1s, ...(titled ? { titled } : {}) };
}

/** Pairs of neighbouring characters in `text`. */
const pairsOf = (text: string) => new Set(Array.from({ length: Math.max(0, text.length - 1) }, (_, i) => text.slice(i, i + 2)));

/**
 * Whether a line states the title's part: holds it, or, a heading (a headline worded a little longer
 * than the title, 「…における…について」 for 「…の…」), holds three in four of its pairs of characters.
 * Not any line so: a caption, a standfirst or a related story's card rewords the headline too.
 */
function statesTitle(line: string, part: string, heading: boolean): boolean {
  // Spaces as the title sets them (a headline cell's `<br>` between its title and subtitle, a full-width space there).
  if (line.replace(/\s+/g, ' ').includes(part.replace(/\s+/g, ' '))) return true;
  if (!heading || line.length > part.length * 2) return false;
  const inLine = pairsOf(line);
  const pairs = pairsOf(part);
  let shared = 0;
  for (const p of pairs) if (inLine.has(p)) shared += 1;
  return shared >= pairs.size * 0.75;
}

/**
 * Whether every link in a heading leads to the page itself: a story's headline linked to its own page. The page's address
 * is its canonical one, its `og:url` (a page without a canonical link) or, in a browser, the address it was loaded from.
 */
function linksToItself(el: Element): boolean {
  const { given: own, bare: bareOwn } = ownAddresses(property(el, 'ownerDocument'));
  const links = [...queryAll(el, 'a[href]')];
  // A link to a path, not "#", "" or "?page=2", which resolve to the page itself wherever they stand (a share bar's heading).
  const toPath = (href: string) => /^(?:[a-z][a-z0-9+.-]*:|\/)/i.test(href) || /^[^#?]/.test(href);
  return (
    own.length > 0 &&
    links.length > 0 &&
    links.every((a) => {
      const href = (attributeOf(a, 'href') ?? '').trim();
      return toPath(href) && bareOwn.has(resolvedAddress(href, own[0]!) ?? '');
    })
  );
}

/**
 * Within the 40 elements before the article's first root (`from`), or the 80 inside the box two levels above it (a K2
 * item's toolbar and rating widget between its title and its text), the nearest block without links (but a heading's link
 * to the page itself) that states the title's longest part (8+ characters; the rest is the site's name and section).
 */
export function titledLine(title: string, stats: Stats[], from: number): Element | undefined {
  const part = title.split(/\s*[|｜:：/–—-]\s*|\s{2,}/).reduce((a, b) => (b.length > a.length ? b : a), '');
  const root = stats[from]!;
  // Not when the article holds that part, nor a line but a heading when it has headings of its own (a breadcrumb or a
  // bar repeats the headline; a blog post's title heads its body's subheads).
  if (part.length < 8 || textOf(root.el).includes(part)) return undefined;
  let selfLinked: Element | undefined;
  const parent = parentOf(root.el);
  const box = (parent && parentOf(parent)) ?? root.el;
  for (let i = from - 1; i > 0 && i >= from - 80; i -= 1) {
    const s = stats[i]!;
    // Farther back, a sidebar's text may name the site the title names.
    if (i < from - 40 && !composedContains(box, s.el)) continue;
    // A heading, or a line marked as the headline (`itemprop="headline"` on a div), may word the title a little otherwise.
    const heading = HEADINGS.has(s.tag) || /(?:^|\s)headline(?:\s|$)/.test(attributeOf(s.el, 'itemprop') ?? '');
    const line =
      !s.hidden &&
      (!s.link || (heading && linksToItself(s.el))) &&
      s.text <= 200 &&
      !INLINE_TAG_SET.has(s.tag) &&
      s.tag !== 'LI' &&
      (heading || !root.headings);
    // Not the site's tagline in its header (the story's own article's header holds its headline, a teaser card's does not).
    const header = closestOf(s.el, 'header');
    const story = header && closestOf(header, 'article');
    if (line && statesTitle(textOf(s.el).trim(), part, heading) && (!header || (story && composedContains(story, root.el)))) {
      // An unlinked line before a heading that links to the page itself is the headline (the nearer one is a card's).
      if (!s.link) return s.el;
      selfLinked ??= s.el;
    }
  }
  return selfLinked;
}

/**
 * The heading the page's og:title names, when the document title is worded for search ("Berlin's Quiet Back Channel - DER
 * SPIEGEL" over "The Chancellery's Secret Bet on Moscow"): found as `titledLine` finds a line, 20 characters or more and
 * not the site's name.
 */
export function ogTitledHeading(doc: Document, stats: Stats[], from: number): Element | undefined {
  const og = attributeIn(doc, 'meta[property="og:title"]', 'content')?.trim() ?? '';
  const site = attributeIn(doc, 'meta[property="og:site_name"]', 'content')?.trim();
  const line = og.length >= 20 && og !== site ? titledLine(og, stats, from) : undefined;
  return line && HEADINGS.has(tagOf(line)) ? line : undefined;
}

/**
 * The first h2–h4 in `root` whose text the document title holds (20 characters or more: a headline, not a section's name); else
 * the first unlinked block that holds nothing but such text (an old CMS's `<td class="newstitel"><span …>`).
 */
export function titledHeadingIn(title: string, root: Element): Element | undefined {
  const lower = title.toLowerCase();
  const holdsTitle = (el: Element) => {
    const text = textOf(el).trim().toLowerCase();
    return text.length >= 20 && lower.includes(text);
  };
  return (
    [...queryAll(root, 'h2, h3, h4')].find(holdsTitle) ??
    [...queryAll(root, 'td, div, p')].find((el) => holdsTitle(el) && query(el, 'a[href]') === null)
  );
}
