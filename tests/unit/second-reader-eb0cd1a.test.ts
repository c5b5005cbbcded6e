/**
 * Second reading of eb0cd1a (mix196–203 rules) by helper-312, session 52: page shapes d7f5f8e read right and the new rules read
 * wrong. Every probe failed on eb0cd1a and passed on d7f5f8e; all pass since the rules were narrowed: the clock counts only in a
 * box named as a player, and not before another " / " (set scores); a picture's box past the standfirst holds no button, video
 * or frame; the 「友だち追加で」 line is a whole line that offers (お届け, お知らせ), not a story's 配信しています.
 * Rule 1: a lead picture's box past a standfirst (under a headline the title names, or a `picture` of sources counted as one).
 * Rule 2: a player's clock ("0:00 / 2:41") beside any button makes the whole box a control box.
 * Rule 3: 「…友だち追加で、…お届けします。」 as the site's LINE line.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaStoryWith, load, prose } from './story-page';

/** A play button's icon, as most players draw it (the button then has no text; its label is in `aria-label`). */
const PLAY_SVG = '<svg viewBox="0 0 24 24"><path d="M8 5v14l11-7z"></path></svg>';

describe('rule 2: a player clock beside any button', () => {
  // A public radio's web story: a quote set in one box with the clip of the speaker saying it (play icon and its clock).
  it('reads a quote paragraph set in one box with its audio clip', () => {
    const doc = load(
      `<body><main><article><h1>Villagers wait for water days after the floods</h1><div class="article-body">${prose('the floods', 3)}<div class="quote-clip"><p>“We had no clean water for three days, and the children were the first to fall sick,” said Amina Yusuf, a mother of four in Kalla.</p><div class="clip-controls"><button type="button" aria-label="Play clip">${PLAY_SVG}</button><span class="clip-time">0:00 / 0:24</span></div></div>${prose('the floods', 3)}</div></article></main></body>`,
    );
    const text = articleText(doc);
    expect(text).toContain('Paragraph 2 of the story');
    expect(text).toContain('We had no clean water for three days');
  });
  // A German regional paper's header: the h1, then one intro box holding the read-aloud player and, after it, the standfirst
  // (mix200's note sat in the player's own section; here the player is a box of its own beside the standfirst).
  it('reads a standfirst set after the read-aloud player in the header’s intro box', () => {
    const doc = load(
      `<body><main><article><header><h1>Vier Azubis retten die Dorfbäckerei</h1><div class="article-intro"><div class="listen"><button type="button" aria-label="Artikel vorlesen">${PLAY_SVG}</button><span class="listen-time">0:00 / 4:37</span></div><p class="intro">Seit die Bäckerei im Frühjahr schließen sollte, backen vier Auszubildende dort jeden Morgen Brot für das ganze Dorf – und haben die Kundschaft verdoppelt.</p></div></header><div class="ArticleBody">${prose('the bakery', 7)}</div></article></main></body>`,
    );
    const text = articleText(doc);
    expect(text).toContain('Paragraph 3 of the story');
    expect(text).toContain('Seit die Bäckerei im Frühjahr');
  });
  // A local paper's volleyball report: a result box in the text, its line, the set scores written "25:21 / 25:19 / …" (as
  // German sports pages write sets) and a button that opens the line-ups. (Weaker: the button could be any.)
  it('reads a result box’s line beside set scores and a toggle button', () => {
    const doc = load(
      `<body><main><article><h1>Volleys gewinnen Derby in vier Sätzen</h1><div class="article-body">${prose('the derby', 3)}<div class="match-box"><p>Die Volleys setzten sich vor 2100 Zuschauern mit 3:1 gegen den Nachbarn durch und bleiben damit Tabellenzweiter.</p><div class="sets">25:21 / 25:19 / 23:25 / 25:18</div><button type="button">Aufstellungen zeigen</button></div>${prose('the derby', 3)}</div></article></main></body>`,
    );
    const text = articleText(doc);
    expect(text).toContain('Paragraph 2 of the story');
    expect(text).toContain('Die Volleys setzten sich');
  });
});

describe('rule 1: a lead picture’s box past a standfirst', () => {
  // mix196's daily, but between the excerpt and the text a video embed, not the lead picture: a poster, a play button and the
  // video's title, no link (a JW Player-style embed). It is no figure, so its title was never the article's.
  const page = (headline: string, poster: string) =>
    load(
      `<head><title>Traders stranded as new transit fee halts trucks at Torkham - Daily Meridian</title><meta property="og:title" content="Traders stranded as new transit fee halts trucks at Torkham"></head><body><header><a class="logo" href="/">Daily Meridian</a></header><main><article class="story"><div class="template__header">${headline}<div class="story__byline"><a href="/authors/3311/ikramullah-afridi">Ikramullah Afridi</a></div></div><div class="story__excerpt">Transporters say over 1,200 vehicles stranded; commerce ministry to raise the issue at a meeting next week.</div><div class="video-embed">${poster}<button type="button" aria-label="Play video">${PLAY_SVG}</button><p class="video-embed__title">Video: How Karachi’s port workers handle the record cargo backlog this winter</p></div><div class="story__content">${prose('Afghanistan', 14)}</div></article></main></body>`,
    );
  const expectNoVideoTitle = (doc: Document) => {
    const text = articleText(doc);
    expect(text).toContain('Paragraph 3 of the story');
    expect(text).not.toContain('port workers handle');
  };
  it('leaves out a video embed’s title under an h1, its poster a `picture` of sources', () =>
    expectNoVideoTitle(
      page(
        '<h1 class="story__title">Traders stranded as new transit fee halts trucks at Torkham</h1>',
        '<picture><source srcset="/v.webp"><img src="/v.jpg" width="800" height="450" alt=""></picture>',
      ),
    ));
  it('leaves out a video embed’s title under an h2 the title names, its poster a plain `img`', () =>
    expectNoVideoTitle(
      page(
        '<h2 class="story__title">Traders stranded as new transit fee halts trucks at Torkham</h2>',
        '<img src="/v.jpg" width="800" height="450" alt="">',
      ),
    ));
});

describe('rule 3: the LINE line', () => {
  // A broadcaster's story (NHK writes in the polite form) on a prefecture's LINE alerts, the sentence opening its paragraph:
  // the pattern is not anchored at the line's end, so the paragraph's next sentence goes with it.
  it('reads a story’s paragraph on a prefecture’s alerts by LINE', () => {
    const line =
      '秋田県は、公式LINEの友だち追加で、クマの出没情報や注意報をスマートフォンに配信しています。県は、山に入る際は複数で行動するよう呼びかけています。';
    const text = articleText(jaStoryWith('クマの出没相次ぐ　秋田県が注意呼びかけ', 'クマ対策')(`<p>${line}</p>`));
    expect(text).toContain('5回目の協議は来月にも開かれる見通しで');
    expect(text).toContain('クマの出没情報や注意報');
  });
});
