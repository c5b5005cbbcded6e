/**
 * Where the content script runs by default: major English and Japanese news sites, plus local
 * pages (saved articles served on localhost, and the project's own tests).
 */
export const NEWS_SITES = [
  'nhk.or.jp', 'kyodonews.net', 'japantimes.co.jp', 'asia.nikkei.com', 'nikkei.com', 'asahi.com', 'mainichi.jp',
  'yomiuri.co.jp', 'reuters.com', 'apnews.com', 'bbc.com', 'bbc.co.uk', 'nytimes.com', 'washingtonpost.com',
  'theguardian.com', 'aljazeera.com', 'cnn.com', 'bloomberg.com', 'ft.com', 'thediplomat.com', 'foreignpolicy.com',
  'politico.com', 'politico.eu', 'economist.com', 'wsj.com', 'jiji.com', 'sankei.com', 'tokyo-np.co.jp', 'nippon.com',
  'foreignaffairs.com', 'scmp.com', 'koreaherald.com', 'rferl.org', 'dw.com', 'france24.com', 'npr.org',
];

export const CONTENT_SCRIPT_MATCHES = [
  ...NEWS_SITES.flatMap((host) => [`https://${host}/*`, `https://*.${host}/*`]),
  'http://localhost/*',
  'http://127.0.0.1/*',
];
