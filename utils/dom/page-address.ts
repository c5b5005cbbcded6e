/** The page's own address, to tell a link to the page itself, or to a page under it (its gallery), from a link elsewhere. */
import { attributeIn, property } from './native';

/**
 * A URL without its scheme, "www.", query, fragment and closing slash, to compare a link with the page's own address
 * ("http://dawn.example/news/1" is "https://www.dawn.example/news/1/").
 */
const bare = (url: string) =>
  url
    .replace(/[?#].*$/, '')
    .replace(/\/$/, '')
    .replace(/^https?:\/\/(?:www\.)?/i, '//');

/** `href` as an absolute URL against `base`, or none when it is not one. */
function urlOf(href: string, base: string): URL | undefined {
  try {
    return new URL(href, base);
  } catch {
    return undefined;
  }
}

/** `href` as a bare absolute address against `base` (a relative link, "/news/1958342/…"), or none when it is not one. */
export function resolvedAddress(href: string, base: string): string | undefined {
  const url = urlOf(href, base);
  return url && bare(url.href);
}

/**
 * The page's own addresses: its canonical one, its `og:url` (a page without a canonical link) and, in a browser, the address
 * it was loaded from; each as given (the first resolves relative links) and bare.
 */
export function ownAddresses(doc: Document): { given: string[]; bare: Set<string> } {
  const given = [
    attributeIn(doc, 'link[rel="canonical"]', 'href'),
    attributeIn(doc, 'meta[property="og:url"]', 'content'),
    property(doc, 'URL'),
  ].filter((url): url is string => !!url && /^https?:\/\//i.test(url));
  return { given, bare: new Set(given.map((url) => resolvedAddress(url, url)).filter((url) => url !== undefined)) };
}

/** The ids in an address's last path segment: its parts of six digits or more ("…-internet.A261205_083412_ekonomika_jav"). */
const storyIdsOf = (bareUrl: string) =>
  (bareUrl.split('/').pop() ?? '').split(/[.,;~-]/).filter((part) => (part.match(/\d/g)?.length ?? 0) >= 6);

/**
 * Whether a link leads to the story's own pages: a page under the page's own address ("…/A261206_143210/foto", the story's
 * gallery), or a page of its host that names the story's id in its query ("/foto.aspx?c=A261205_083412_ekonomika_jav&foto=…")
 * or, a number of ten digits or more, as a part of its last path segment (a sports paper's
 * "/photonews/photonews_nsInc_202612060000412-0.html"), or, a coded id (`isCodedId`), as a whole folder before the link's
 * last segment or a part of one (a Czech portal's "/foto/A261207_060012_domaci_kal/1", "/foto/slug.A261207_060012_domaci_kal/r1", the story's gallery).
 * An address without a path (a site's front page, a test's) has every page of the site under it, so it counts for none.
 */
export function leadsToOwnStory(doc: Document, href: string): boolean {
  return leadsToStoryOf(ownAddresses(doc), href);
}

/** `leadsToOwnStory` given the page's own addresses (`ownAddresses`), read once by a caller that asks more than this. */
function leadsToStoryOf(own: { given: string[]; bare: Set<string> }, href: string): boolean {
  const link = own.given.length ? urlOf(href, own.given[0]!) : undefined;
  if (!link) return false;
  const to = bare(link.href);
  const pages = [...own.bare].filter((page) => /^\/\/[^/]+\/./.test(page));
  if (pages.some((page) => to.startsWith(`${page}/`))) return true;
  const query = (decodedQuery(link) ?? '').split(/[?&=]/);
  const segment = (to.split('/').pop() ?? '').split(/[._~,;-]/);
  const folders = to.split('/').slice(3);
  return pages.some(
    (page) =>
      hostOf(page) === hostOf(to) &&
      storyIdsOf(page).some(
        (id) =>
          query.includes(id) ||
          (segment.includes(id) && isLongId(id)) ||
          (folders.slice(0, -1).some((f) => f.split(/[.,;~-]/).includes(id)) && isCodedId(id)),
      ),
  );
}

/**
 * Whether a link leads to another story of the page's own site: a page of its host that is neither the page itself nor one
 * of its story's own pages (`leadsToOwnStory`).
 */
export function leadsToOtherStory(doc: Document, href: string): boolean {
  const own = ownAddresses(doc);
  const to = own.given.length ? resolvedAddress(href, own.given[0]!) : undefined;
  return !!to && [...own.bare].some((page) => hostOf(page) === hostOf(to)) && !own.bare.has(to) && !leadsToStoryOf(own, href);
}

/**
 * Whether an id is a story's own number, not a date that the day's other stories share ("20261206", "261206-1430"): ten digits
 * or more in a run ("202612060000412").
 */
const isLongId = (id: string) => /\d{10}/.test(id);

/**
 * Whether an id names one story as a gallery's folder may: letters and two runs of digits or more, its day and its time
 * ("A261207_060012_domaci_kal"), not an edition's short code that other days' stories share ("123000c").
 */
const isCodedId = (id: string) => /[a-z]/i.test(id) && (id.match(/\d+/g)?.length ?? 0) >= 2;

/** The host of a bare address ("//dawn.example/news/1" is "dawn.example"). */
const hostOf = (bareUrl: string) => bareUrl.split('/')[2];

/** A URL's query, decoded, or none when it holds a malformed escape ("%E0%A4%A"). */
function decodedQuery(url: URL): string | undefined {
  try {
    return decodeURIComponent(url.search);
  } catch {
    return undefined;
  }
}
