/**
 * Pictures, galleries and short boxes: the cases a second reader (helper-52) wrote against the
 * first versions of two rules, (1) that icon-sized images are no pictures (232a29f: captions of
 * next/image, lazy 1×1 and aspect-ratio pictures, galleries, subheads and points led by an icon
 * were dropped; 10 failed) and (2) that a story's short line written as a box stays (24c5d6e:
 * bare classless divs let a short comment, a filing line and an ad label in; 3 failed). The rules
 * as they stand: a box with more pictures than paragraphs is a gallery unless most of its text is
 * links to other pages, and only boxes with a class or style are a story's paragraph boxes.
 */
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/dom/analyze-page';
import { findArticle, inArticle } from '../../utils/dom/article';
import { compileMatcher } from '../../utils/matcher';
import { DEFAULT_TOPICS } from '../../utils/topics';
import { load, prose } from './story-page';

const matcher = compileMatcher(DEFAULT_TOPICS);
type Analyze = typeof analyzePage;
const uniqWith = (f: Analyze) => (doc: Document) => [...new Set(f(doc, matcher).mentions.map((m) => m.text))];
const RULE1 = [['on the finder as it stands', uniqWith(analyzePage)]] as const;
const RULE2 = RULE1;

/** next/image's much-copied "responsive, auto height" form: width={0} height={0} sizes="100vw". */
const NEXT_IMG = (src: string) =>
  `<img alt="" loading="lazy" width="0" height="0" decoding="async" data-nimg="1" sizes="100vw" style="color:transparent;width:100%;height:auto" ` +
  `srcset="/_next/image?url=${src}&amp;w=640&amp;q=75 640w, /_next/image?url=${src}&amp;w=1200&amp;q=75 1200w" src="/_next/image?url=${src}&amp;w=1200&amp;q=75">`;
/** A lazy-load placeholder (1×1 gif) that a script swaps for the photo. */
const LAZY_1PX = (src: string) =>
  `<img class="lazyload" src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==" data-src="${src}" width="1" height="1" alt="">`;
const storyP = (body: string) =>
  `<body><main><article><h1>Talks stall as winter nears</h1><div class="article-body">${prose('aid', 3)}${body}${prose('aid', 3)}</div></article></main></body>`;
const jaP = (i: number) =>
  `<p>関係者によりますと、${i + 1}回目の協議は来月にも開かれる見通しで、政府は引き続き情報収集を進めることにしています。</p>`;
const jaStory = (body: string, h1 = '協議の行方') =>
  `<body><article><h1>${h1}</h1><div class="article-body">${[0, 1, 2, 3].map(jaP).join('')}${body}${[4, 5, 6].map(jaP).join('')}</div></article></body>`;

describe('pictures declared small or not at all (next/image, lazy placeholders, aspect ratios) and icons', () => {
  const cases: [string, string, string[]][] = [
    [
      'R1a next/image width="0" height="0" photo with a short caption in the story',
      storyP(`<figure>${NEXT_IMG('/p/putin.jpg')}<figcaption>Vladimir Putin in 2023.</figcaption></figure>`),
      ['Vladimir Putin'],
    ],
    [
      'R1b same, Japanese caption 習近平国家主席',
      jaStory(`<figure>${NEXT_IMG('/p/xi.jpg')}<figcaption>習近平国家主席</figcaption></figure>`),
      ['習近平'],
    ],
    [
      'R1c lazy 1×1 placeholder photo with a short caption',
      storyP(`<figure>${LAZY_1PX('/p/putin.jpg')}<figcaption>Vladimir Putin in 2023.</figcaption></figure>`),
      ['Vladimir Putin'],
    ],
    [
      'R1d width/height given as the aspect ratio (16×9), CSS sizes the photo',
      storyP(
        `<figure><img src="/p/kim.jpg" width="16" height="9" style="width:100%;height:auto" alt=""><figcaption>Kim Jong Un, in July.</figcaption></figure>`,
      ),
      ['Kim Jong Un'],
    ],
    [
      'R1e width="30%" (a percentage parsed as 30 px)',
      storyP(`<div><img src="/p/kabul.jpg" width="30%" align="right" hspace="8" alt=""><span>Kabul, August 2021</span></div>`),
      ['Kabul'],
    ],
    [
      'R1f a photo gallery in the story, lazy next/image items with lightbox links and short captions',
      storyP(
        `<ul class="photo-list">${['Taliban fighters in Kabul', 'Xi Jinping in Beijing', 'Putin at the Kremlin']
          .map((c, i) => `<li><a href="/photos/${i}.jpg">${NEXT_IMG(`/p/${i}.jpg`)}<span>${c}</span></a></li>`)
          .join('')}</ul>`,
      ),
      ['Taliban', 'Kabul', 'Xi Jinping', 'Putin'],
    ],
    [
      'R1g a subhead box decorated with a 16-px icon, followed by an ad slot (a bare h2 there stays)',
      storyP(
        `<div class="midashi"><img src="/img/icon_midashi.gif" width="16" height="16" alt=""><h2>Putin's answer</h2></div>` +
          `<div class="ad-slot"><span>Advertisement</span><iframe src="https://ads.example/1"></iframe></div>`,
      ),
      ['Putin'],
    ],
    [
      'R1h same in Japanese: 見出し with an icon gif, then 広告',
      jaStory(
        `<div class="midashi"><img src="/img/icon_midashi.gif" width="16" height="16" alt=""><h2>プーチン大統領の回答</h2></div>` +
          `<div class="ad-slot"><span>広告</span><iframe src="https://ads.example/1"></iframe></div>`,
      ),
      ['プーチン'],
    ],
    [
      'R1i Japanese この記事のポイント box, each point led by a 20-px check icon',
      jaStory(
        `<div class="points"><div class="points-title">この記事のポイント</div>` +
          ['北朝鮮がミサイル発射', '日本のEEZ外に落下', '政府は抗議']
            .map((t) => `<div class="point"><img src="/img/icon_check.png" width="20" height="20" alt="">${t}</div>`)
            .join('') +
          `</div>`,
        'ミサイル発射 政府が抗議',
      ),
      ['北朝鮮'],
    ],
    [
      'R1j (weak) a story written a div per line, one short line ending on an emoji image',
      `<body><article><h1>Vote night</h1><div class="post">${[0, 1, 2, 3, 4]
        .map(
          (i) =>
            `<div>Line ${i}: the count went on late into the night, and observers, officials and reporters waited for the results.</div>`,
        )
        .join('')}<div>Putin wins again <img class="emoji" src="/e/1f389.png" width="16" height="16" alt="🎉"></div>${[5, 6]
        .map(
          (i) =>
            `<div>Line ${i}: the count went on late into the night, and observers, officials and reporters waited for the results.</div>`,
        )
        .join('')}</div></article></body>`,
      ['Putin'],
    ],
  ];
  for (const [name, html, expected] of cases)
    describe(name, () => {
      for (const [at, uniq] of RULE1) it(at, () => expect(uniq(load(html))).toEqual(expected));
    });
});

describe("short boxes among bare divs that are not a story's lines", () => {
  const divPara = (i: number) =>
    `<div>Line ${i}: the convoy waited at the border post for most of the afternoon, and the drivers traded rumours about the road ahead of them.</div>`;
  const divStory = (n: number, from = 0) => Array.from({ length: n }, (_, i) => divPara(i + from)).join('');
  const cases: [string, string, string[]][] = [
    [
      'R2a (weak) reader comments as classless divs without a Reply control: a short one naming a topic',
      `<body><div id="content"><h1>Border post reopens</h1>${divStory(6)}<h3>3 comments</h3>` +
        `<div>I drove that road last year and the wait was worse, five hours at least, and no water anywhere near the post.</div>` +
        `<div>Putin is behind this!</div>` +
        `<div>Thanks for the report, please keep us posted when the convoy reaches the city, our family is waiting.</div></div></body>`,
      [],
    ],
    [
      'R2b (contrived) a filing line written in the story’s classless divs',
      `<body><div id="content"><h1>Border post reopens</h1>${divStory(6)}<div>Filed under Taliban.</div>${divStory(1, 9)}</div></body>`,
      [],
    ],
  ];
  for (const [name, html, expected] of cases)
    describe(name, () => {
      for (const [at, uniq] of RULE2) it(at, () => expect(uniq(load(html))).toEqual(expected));
    });

  describe('R2c (no topic, so no wrong mark) an "Advertisement." label among classless story divs', () => {
    const html = `<body><div id="content"><h1>Border post reopens</h1>${divStory(4)}<div id="lbl">Advertisement.</div>${divStory(3, 9)}</div></body>`;
    const finders = [['on the finder as it stands', findArticle, inArticle]] as const;
    for (const [at, find, isIn] of finders)
      it(at, () => {
        const doc = load(html);
        expect(isIn(find(doc) as never, doc.getElementById('lbl')!)).toBe(false);
      });
  });
});
