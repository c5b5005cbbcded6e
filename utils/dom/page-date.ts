/**
 * A page's publication date, read from its metadata: for the brief's "written N years before this
 * article" and for ranking. Uses only the `Document` it is given.
 */

/** The page's publication date, ISO `YYYY-MM-DD`, from the usual metadata. */
export function findPageDate(doc: Document): string | undefined {
  const candidates = [
    doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content'),
    doc.querySelector('meta[name="date"], meta[name="pubdate"], meta[itemprop="datePublished"]')?.getAttribute('content'),
    doc.querySelector('[itemprop="datePublished"]')?.getAttribute('datetime'),
    doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime'),
  ];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    candidates.push(/"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '')?.[1]);
  }
  for (const value of candidates) {
    const m = value && /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
    if (m) return m[1];
  }
  return undefined;
}
