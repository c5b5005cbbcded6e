/**
 * Where the content script runs by default: major English and Japanese news sites. Nothing else
 * (no localhost: a store build asks only for what a reader uses); other sites, local ones
 * included, are enabled one at a time from the popup.
 */
export const NEWS_SITES = [
  'nhk.or.jp',
  'kyodonews.net',
  'japantimes.co.jp',
  'asia.nikkei.com',
  'nikkei.com',
  'asahi.com',
  'mainichi.jp',
  'yomiuri.co.jp',
  'reuters.com',
  'apnews.com',
  'bbc.com',
  'bbc.co.uk',
  'nytimes.com',
  'washingtonpost.com',
  'theguardian.com',
  'aljazeera.com',
  'cnn.com',
  'bloomberg.com',
  'ft.com',
  'thediplomat.com',
  'foreignpolicy.com',
  'politico.com',
  'politico.eu',
  'economist.com',
  'wsj.com',
  'jiji.com',
  'sankei.com',
  'tokyo-np.co.jp',
  'nippon.com',
  // Yahoo! News Japan, the most-read Japanese news site (its news host only, not Yahoo Japan's
  // shopping or mail), and the commercial broadcasters' news sites.
  'news.yahoo.co.jp',
  'newsdig.tbs.co.jp',
  'fnn.jp',
  'news.tv-asahi.co.jp',
  'news.ntv.co.jp',
  'foreignaffairs.com',
  'scmp.com',
  'koreaherald.com',
  'rferl.org',
  'dw.com',
  'france24.com',
  'npr.org',
];

/** The content script's matches and the host permissions asked at install: the news sites, over HTTPS. */
export const CONTENT_SCRIPT_MATCHES = NEWS_SITES.flatMap((host) => [`https://${host}/*`, `https://*.${host}/*`]);

/** Why a site entry was refused; `utils/i18n` words it for the reader. */
export type SiteProblem = 'site_empty' | 'site_invalid' | 'site_port' | 'site_path' | 'site_too_broad';

/**
 * A reader's site entry as a host pattern: `example.com` (the site and its subdomains). Accepts
 * what people paste: a URL, `*.example.com`, or a match pattern such as `https://*.example.com/*`.
 */
export function normalizeSitePattern(input: string): { pattern: string } | { problem: SiteProblem } {
  const text = input.trim().toLowerCase();
  if (!text) return { problem: 'site_empty' };
  const m = /^(?:(\*|https?):\/\/)?(\*\.)?([^/:?#\s]+)(:\d+)?(\/.*)?$/.exec(text);
  if (!m) return { problem: 'site_invalid' };
  const [, , , host = '', port, path] = m;
  if (port) return { problem: 'site_port' };
  if (path && path !== '/' && path !== '/*') return { problem: 'site_path' };
  if (host.includes('*')) return { problem: 'site_too_broad' };
  const label = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
  const labels = host.replace(/^www\./, '').split('.');
  if (!labels.every((l) => label.test(l)) || (labels.length < 2 && host !== 'localhost')) return { problem: 'site_invalid' };
  return { pattern: labels.join('.') };
}

/** Whether `host` is the pattern's site or one of its subdomains. */
export function hostMatches(host: string, pattern: string): boolean {
  const h = host.toLowerCase();
  return h === pattern || h.endsWith(`.${pattern}`);
}

/** Whether the content script runs on `host` without asking: one of the curated news sites. */
export function isDefaultSite(host: string): boolean {
  return NEWS_SITES.some((site) => hostMatches(host, site));
}

/** The origin pattern to request for a site outside the default list ("Enable on this site"). */
export function originPattern(host: string): string {
  return `*://${host}/*`;
}
