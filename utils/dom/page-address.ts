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

/** `href` as a bare absolute address against `base` (a relative link, "/news/1958342/…"), or none when it is not one. */
export function resolvedAddress(href: string, base: string): string | undefined {
  try {
    return bare(new URL(href, base).href);
  } catch {
    return undefined;
  }
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

/**
 * Whether a link leads to a page under the page's own address ("…/A261206_143210/foto", the story's gallery); an address
 * without a path (a site's front page, a test's) has every page of the site under it, so it counts for none.
 */
export function leadsUnderOwnPage(doc: Document, href: string): boolean {
  const own = ownAddresses(doc);
  const to = own.given.length ? resolvedAddress(href, own.given[0]!) : undefined;
  return !!to && [...own.bare].some((page) => /^\/\/[^/]+\/./.test(page) && to.startsWith(`${page}/`));
}
