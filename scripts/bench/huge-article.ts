/**
 * A generated news article of about 3 MB of text and 150,000 mentions, for the huge-page benchmark
 * and its real-browser test (generated, so no megabytes are committed). Deterministic; it says
 * itself how many mentions of each topic it holds, overall and per paragraph, so nothing expected
 * is computed by the code under test.
 */

/** Aliases of default topics the sentences are made of, each with its topic. */
const NAMES: ReadonlyArray<readonly [alias: string, topicId: string]> = [
  ['Taliban', 'taliban'],
  ['Kabul', 'afghanistan'],
  ['Haqqani network', 'haqqani'],
  ['Kuril Islands', 'northern-territories'],
  ['ISIS', 'jihadist-groups'],
];
const VERBS = ['met', 'saw', 'told', 'called'];
const SENTENCES_PER_PARAGRAPH = 40;
export const HUGE_HEADLINE = 'A very long report on the Taliban';

export interface HugeArticle {
  html: string;
  /** Characters of text in the article's paragraphs. */
  textChars: number;
  /** Mentions of each topic in the whole article (headline included). */
  mentions: Record<string, number>;
  /** Mentions of each topic in each paragraph, in order. */
  perParagraph: Array<Record<string, number>>;
}

/** The article: a headline and paragraphs of short sentences naming two topics each (mostly the Taliban), up to `chars` characters of text. */
export function hugeArticle(chars = 3_000_000): HugeArticle {
  const mentions: Record<string, number> = { taliban: 1 };
  const perParagraph: HugeArticle['perParagraph'] = [];
  const paragraphs: string[] = [];
  let textChars = 0;
  let n = 0;
  while (textChars < chars) {
    const counts: Record<string, number> = {};
    const sentences: string[] = [];
    for (let s = 0; s < SENTENCES_PER_PARAGRAPH; s += 1, n += 1) {
      // An article about the Taliban: most mentions are of one topic, drawn in one colour.
      const [a, aTopic] = NAMES[0]!;
      const [b, bTopic] = NAMES[n % 4 ? 0 : 1 + ((n >> 2) % (NAMES.length - 1))]!;
      sentences.push(`${a} ${VERBS[n % VERBS.length]} ${b} on day ${n}.`);
      for (const id of [aTopic, bTopic]) {
        counts[id] = (counts[id] ?? 0) + 1;
        mentions[id] = (mentions[id] ?? 0) + 1;
      }
    }
    const text = sentences.join(' ');
    textChars += text.length;
    paragraphs.push(`<p>${text}</p>`);
    perParagraph.push(counts);
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${HUGE_HEADLINE}</title></head>
<body><header><nav>Home World Politics</nav></header><article><h1>${HUGE_HEADLINE}</h1>
${paragraphs.join('\n')}
</article><footer>About us</footer></body></html>`;
  return { html, textChars, mentions, perParagraph };
}
