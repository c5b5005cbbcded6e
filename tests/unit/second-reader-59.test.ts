/**
 * Second reader's probe (reader 59) for 35b385e at unit level (happy-dom, as page-scan.test.ts):
 * parts hidden by aria-hidden shared the 16 places of parts hidden by the `hidden` attribute, so a
 * story's fold hidden by that attribute, watched before, lost its place to a photo gallery's
 * aria-hidden slides above it (fixed: aria-hidden parts have places of their own, for running text).
 */
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/dom/analyze-page';
import { compileMatcher } from '../../utils/matcher';
import { DEFAULT_TOPICS } from '../../utils/topics';

const matcher = compileMatcher(DEFAULT_TOPICS);

function load(html: string): Document {
  document.documentElement.innerHTML = html;
  return document;
}

const ISLANDS = ['国後島', '択捉島', '色丹島', '歯舞群島'];
/** A Splide gallery as its script leaves it: the slide in view without aria-hidden, the 17 others aria-hidden. */
const gallery = Array.from(
  { length: 18 },
  (_, i) =>
    `<li class="splide__slide" role="group" aria-roledescription="slide" aria-label="${i + 1} / 18"${i ? ' aria-hidden="true"' : ''}>` +
    `<figure><img src="p${i + 1}.jpg" alt=""><figcaption>${ISLANDS[i % 4]}の集落を歩く訪問団（${i + 1}）＝2019年</figcaption></figure></li>`,
).join('');

const page =
  `<head><meta charset="utf-8"><title>ビザなし交流、4年ぶり再開へ\u3000元島民ら同行 | ハマナスニュース</title></head><body>` +
  `<div class="hdr"><a href="/">ハマナスニュース</a></div><div class="art"><h1>ビザなし交流、4年ぶり再開へ\u3000元島民ら同行</h1>` +
  `<p>北方領土へのビザなし交流が来年夏にも4年ぶりに再開される見通しとなった。政府関係者が1日、明らかにした。訪問団には元島民や研究者ら約60人が同行する予定で、根室港から出発する。</p>` +
  `<p>前回2019年の訪問では、島の港や集落、墓地を巡った。写真は当時の様子。</p>` +
  `<section class="splide" aria-label="写真"><div class="splide__track"><ul class="splide__list">${gallery}</ul></div></section>` +
  `<p>交流の再開は、元島民の高齢化が進むなかで長く求められてきた。関係者は準備を急いでいる。</p>` +
  `<div class="art__rest" id="rest" hidden><p>ただ、ロシア側はウクライナ侵略後の日露関係の悪化を理由に、交流の枠組みそのものを見直すと表明している。</p>` +
  `<p>外交筋は、プーチン政権が再開に応じる見返りとして制裁の緩和を求める可能性があるとみている。</p></div>` +
  `<button type="button" id="more" aria-expanded="false" aria-controls="rest">続きを読む</button></div></body>`;

describe('35b385e: the watch list of parts hidden by attribute', () => {
  it('still watches a story’s fold hidden by the hidden attribute (続きを読む) below a photo gallery whose 17 aria-hidden slides name a topic', () => {
    const analysis = analyzePage(load(page), matcher);
    // The gallery's slide in view is read: the gallery is the story's.
    expect(analysis.mentions.map((m) => m.text)).toContain('国後');
    const watched = (analysis.hidden ?? []).map((el) => el.id || el.className);
    expect(watched).toContain('rest');
  });
});
