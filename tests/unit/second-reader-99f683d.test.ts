/**
 * Second reader's probes of 99f683d (helper-486, parent ccc4b49): story text that the change left out. Each case failed on
 * 99f683d and passes on ccc4b49: story parts named with "writer" as a word of their own (A2, B, F, L, O), a TV station story on
 * its own archive appeal (I), a how-to list item (K), a police appeal's closing line (N). Narrowed since: "writer" counts only
 * after a one-letter prefix (`p-writer`), not alone (an interview's `p.writer`) nor in compounds (`staff-writer`, `writer-quote`); the share line needs "social
 * network"; the footage call needs a newsroom as its subject; the tip box heading asks for footage, not photos.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaProse, load, prose } from './story-page';

const reads = (doc: Document, ...kept: string[]) => {
  const text = articleText(doc);
  for (const k of kept) expect(text).toContain(k);
};

describe('"writer" as a word of its own names a story part', () => {
  it('A2: reads a staff writer feature inside div.staff-writer within the article body', () =>
    reads(
      load(
        `<body><main><article><h1>The last ferry of the season</h1><div class="article-body">${prose('the ferry', 3)}<div class="staff-writer"><p>On the final crossing, the captain let the children ring the bell twice, once for the summer and once, he said, for the harbour master who retired in May.</p><p>By the time the ramp came down at Port Alder, most of the passengers had fallen quiet, watching the gulls settle on the empty car deck.</p></div></div></article></main></body>`,
      ),
      'the captain let the children ring the bell twice',
    ));
  it('B: reads a pull quote from the novelist in blockquote.writer-quote', () =>
    reads(
      load(
        `<body><main><article><h1>A novelist returns to the valley</h1><div class="article-body">${prose('the novel', 3)}<blockquote class="writer-quote"><p>"I left the valley at eighteen and spent thirty years writing my way back to it, one chapter at a time."</p></blockquote>${prose('the festival', 3)}</div></article></main></body>`,
      ),
      'spent thirty years writing my way back to it',
    ));
  it('F: reads a writers-festival programme in ul.writer-list inside a story', () =>
    reads(
      load(
        `<body><main><article><h1>Writers festival announces lineup</h1><div class="article-body">${prose('the festival', 3)}<ul class="writer-list"><li>Saturday, 10 a.m.: Ama Owusu reads from her debut novel, set in a Kumasi market.</li><li>Saturday, 2 p.m.: Tom Reyes and Lin Chao on writing the climate crisis for children.</li><li>Sunday, 11 a.m.: a panel of local poets on the river and the mill towns that grew up beside it.</li></ul>${prose('the tickets', 2)}</div></article></main></body>`,
      ),
      'Ama Owusu reads from her debut novel',
      'a panel of local poets',
    ));
});

describe('Japanese tip lines', () => {
  it("I: reads a TV station's archive project sentence about viewers' old footage", () =>
    reads(
      load(
        `<body><article><h1>昭和の映像、視聴者から続々 放送開始60年で企画</h1><div class="article-body">${jaProse('映像', 3)}<p>放送局では、昭和の暮らしについての情報や、視聴者の皆さんが撮影した8ミリ映像や写真を募集しています。</p><p>これまでに200本を超える映像が寄せられ、秋の特別番組で紹介される予定です。</p></div></article></body>`,
      ),
      '8ミリ映像や写真を募集しています',
    ));
});

describe('mail magazine and share lines', () => {
  it('K: reads a how-to list item "Share this story with your network."', () =>
    reads(
      load(
        `<body><main><article><h1>How to help the flood appeal</h1><div class="article-body">${prose('the appeal', 4)}<p>Organisers suggested three ways to help:</p><ol><li>Donate at any branch of the credit union.</li><li>Drop off canned food at the town hall.</li><li>Share this story with your network.</li></ol></div></article></main></body>`,
      ),
      'Drop off canned food at the town hall.',
      'Share this story with your network.',
    ));
});

describe('more variants', () => {
  it("L: reads a guest column in div.guest-writer after the editor's introduction in the article body", () =>
    reads(
      load(
        `<body><main><article><h1>Why I still write letters by hand</h1><div class="article-body">${prose('the column', 3)}<div class="guest-writer"><p>My grandmother kept every letter she was ever sent, tied with string in a shoebox under her bed, and when she died we read them aloud for three nights.</p><p>There is a patience in the handwritten page, a slowness that forces you to decide what you mean before the ink is down, and I have come to depend on it.</p></div></div></article></main></body>`,
      ),
      'My grandmother kept every letter',
    ));
  it('N: reads a police appeal line 「情報・写真をお寄せください」 closing a story', () =>
    reads(
      load(
        `<body><article><h1>山菜採りの男性が行方不明 警察が情報提供呼びかけ</h1><div class="article-body">${jaProse('捜索', 4)}<p>警察は、男性を見かけた人や当日の山の様子を撮影した人に協力を求めています。</p><p>情報・写真をお寄せください。</p></div></article></body>`,
      ),
      '男性を見かけた人や',
      '情報・写真をお寄せください',
    ));
  it('O: reads the caption of a portrait in figure.writer-portrait', () =>
    reads(
      load(
        `<body><main><article><h1>A novelist returns to the valley</h1><div class="article-body">${prose('the novel', 3)}<figure class="writer-portrait"><img src="/p.jpg" alt="" width="800" height="533"><figcaption>Ruth Calloway at the kitchen table of the farmhouse where she wrote her first novel, in 1987.</figcaption></figure>${prose('the festival', 3)}</div></article></main></body>`,
      ),
      'Ruth Calloway at the kitchen table',
    ));
});
