/**
 * Second reader's probes (reader 59) for f3e683b (DOM clobbering through a form's named controls)
 * and 35b385e (a part hidden by aria-hidden watched and read once shown), against the shipped
 * Chromium build. Each page is written as real sites write them; the comments say what a reader
 * would notice. The slider and gallery probes failed on 35b385e (not on its parent) and the form
 * story's on f3e683b; all pass since the fixes. His probes of a fold closed again (its marks stay)
 * and of a tab reopened (read only the first time) show limits older than 35b385e, noted in the
 * session note, not tested here.
 */
import { describe, expect, it } from 'vitest';
import { exposeCard } from './card';
import { formStoryShadowingEveryMember, FORM_STORY_MARKS, SHADOW_EVERY_MEMBER } from './clobbered-page';
import { currentMention, marksBesideCursor as marked, waitForHighlights } from './harness';
import { fixtureSession } from './session';

/** The extension's own API, inside `worker.evaluate`. */
declare const chrome: typeof import('wxt/browser').browser;

const HEAD = (title: string) => `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} | ハマナスニュース</title>
<style>
  body { font-family: sans-serif; margin: 0; }
  .hdr { background: #0b4f8a; color: #fff; padding: 8px 12px; }
  .art { padding: 12px; max-width: 720px; }
  .art p { line-height: 1.7; }
  .splide { margin: 1em 0; }
  .splide__track { overflow: hidden; }
  .splide__list { display: flex; margin: 0; padding: 0; list-style: none; transition: transform .4s ease; }
  .splide__slide { flex: 0 0 100%; }
  .splide__slide figure { margin: 0; }
  .splide__slide img { display: block; width: 100%; height: 120px; background: #ccd; }
  .splide__slide figcaption { font-size: 14px; padding: 4px 0; }
  .art__rest { max-height: 0; overflow: hidden; }
  .art__rest.is-open { max-height: none; }
  .more { display: block; width: 100%; padding: 10px; }
</style>
</head>
<body>
<div class="hdr"><a href="/" style="color:#fff">ハマナスニュース</a></div>
`;

/**
 * A Splide slider (Japanese sites' usual one) as its script leaves the DOM: the slide in view
 * without aria-hidden, every other slide aria-hidden="true", the list moved by a transform.
 */
function slider(captions: string[], { autoplayMs }: { autoplayMs?: number } = {}): string {
  const slides = captions
    .map(
      (c, i) =>
        `<li class="splide__slide${i === 0 ? ' is-active is-visible' : ''}" id="slide${i + 1}" role="group" aria-roledescription="slide" aria-label="${i + 1} / ${captions.length}"${i === 0 ? '' : ' aria-hidden="true"'}>` +
        `<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt=""><figcaption>${c}</figcaption></figure></li>`,
    )
    .join('\n');
  const script = `<script>
(function () {
  var list = document.querySelector('.splide__list');
  var slides = list.querySelectorAll('.splide__slide');
  var index = 0;
  function go(i) {
    index = (i + slides.length) % slides.length;
    list.style.transform = 'translateX(' + (-100 * index) + '%)';
    slides.forEach(function (s, n) {
      s.classList.toggle('is-active', n === index);
      s.classList.toggle('is-visible', n === index);
      if (n === index) s.removeAttribute('aria-hidden'); else s.setAttribute('aria-hidden', 'true');
    });
  }
  document.querySelector('.splide__arrow--next').addEventListener('click', function () { go(index + 1); });
  document.querySelector('.splide__arrow--prev').addEventListener('click', function () { go(index - 1); });
  ${autoplayMs ? `setInterval(function () { go(index + 1); }, ${autoplayMs});` : ''}
})();
</script>`;
  return `<section class="splide" aria-label="写真" aria-roledescription="carousel">
<div class="splide__arrows"><button class="splide__arrow splide__arrow--prev" type="button" aria-label="前のスライド">‹</button><button class="splide__arrow splide__arrow--next" type="button" aria-label="次のスライド">›</button></div>
<div class="splide__track"><ul class="splide__list">
${slides}
</ul></div>
</section>
${script}`;
}

/** A story with a photo slider that turns by itself every three seconds (captions name the islands). */
const AUTOPLAY_STORY =
  HEAD('プーチン大統領、極東で演説\u3000平和条約に言及') +
  `<div class="art">
<h1>プーチン大統領、極東で演説\u3000平和条約に言及</h1>
<p id="p1">ロシアのプーチン大統領は1日、ウラジオストクで開かれた東方経済フォーラムで演説し、日本との平和条約交渉について「現時点で再開の条件はない」と述べた。</p>
<p id="p2">演説では北方領土について「第二次世界大戦の結果、正当にロシア領となった」とする従来の主張を繰り返した。会場には各国の企業関係者ら約3000人が集まった。</p>
${slider(
  [
    '演説する大統領＝1日、ウラジオストク（タス＝共同）',
    '国後島の古釜布の港＝2019年',
    '択捉島の紗那地区＝2019年',
    '色丹島の穴澗湾＝2019年',
    '歯舞群島の貝殻島灯台＝2019年',
    '国後島の日本人墓地＝2019年',
    '択捉島の天寧飛行場＝2019年',
    '色丹島の斜古丹湾＝2019年',
  ],
  { autoplayMs: 3000 },
)}
<p id="p3">日本政府は「受け入れられない」として外交ルートを通じて抗議した。元島民らでつくる団体は、択捉島などへの墓参の早期再開を求める要望書を首相に提出する方針だ。</p>
<p id="p4">外務省幹部は「対話の窓口は閉ざさない」と話しているが、交渉の糸口は見えていない。</p>
</div>
</body>
</html>`;

/**
 * A story of a visa-free visit with a gallery of 18 photos (17 of them aria-hidden at any time),
 * whose second half is folded behind 続きを読む with the `hidden` attribute.
 */
const ISLANDS = ['国後島', '択捉島', '色丹島', '歯舞群島'];
const GALLERY_FOLD_STORY =
  HEAD('ビザなし交流、4年ぶり再開へ\u3000元島民ら同行') +
  `<div class="art">
<h1>ビザなし交流、4年ぶり再開へ\u3000元島民ら同行</h1>
<p>北方領土へのビザなし交流が来年夏にも4年ぶりに再開される見通しとなった。政府関係者が1日、明らかにした。訪問団には元島民や研究者ら約60人が同行する予定で、根室港から出発する。</p>
<p>前回2019年の訪問では、島の港や集落、墓地を巡った。写真は当時の様子。</p>
${slider(Array.from({ length: 18 }, (_, i) => `${ISLANDS[i % 4]}の集落を歩く訪問団（${i + 1}）＝2019年`))}
<p>交流の再開は、元島民の高齢化が進むなかで長く求められてきた。</p>
<div class="art__rest" id="rest" hidden>
<p>ただ、ロシア側はウクライナ侵略後の日露関係の悪化を理由に、交流の枠組みそのものを見直すと表明している。</p>
<p>外交筋は、プーチン政権が再開に応じる見返りとして制裁の緩和を求める可能性があるとみている。</p>
</div>
<button type="button" class="more" id="more" aria-expanded="false" aria-controls="rest">続きを読む</button>
<script>
  document.getElementById('more').addEventListener('click', function () {
    document.getElementById('rest').hidden = false;
    this.setAttribute('aria-expanded', 'true');
    this.hidden = true;
  });
</script>
</div>
</body>
</html>`;

/** A story whose 続きを読む fold (aria-hidden, clipped to no height) the reader can close again with 閉じる. */
const TOGGLE_FOLD_STORY =
  HEAD('北方領土の元島民、墓参再開を要望\u3000根室で集会') +
  `<div class="art">
<h1>北方領土の元島民、墓参再開を要望\u3000根室で集会</h1>
<p>北方領土の元島民らでつくる団体が1日、根室市内で集会を開き、中断が続く北方墓参の早期再開を政府に求める決議を採択した。集会には約200人が参加した。</p>
<p>決議は、元島民の平均年齢が89歳を超えたことに触れ、「残された時間は少ない」と訴えている。団体の理事長は「せめて洋上からでも故郷の島に手を合わせたい」と話した。</p>
<div class="art__rest" id="rest" aria-hidden="true">
<p>外務省の幹部は「人道的な観点から、あらゆる機会を捉えて働きかけを続ける」と述べた。ただ、ウクライナ侵略後の日露関係の冷え込みで、交渉の糸口は見えていない。</p>
<p>元島民の一人は、プーチン政権が続く限り再開は難しいのではないかと話した。</p>
</div>
<button type="button" class="more" id="more" aria-expanded="false" aria-controls="rest">続きを読む</button>
<script>
  document.getElementById('more').addEventListener('click', function () {
    var rest = document.getElementById('rest');
    var open = !rest.classList.contains('is-open');
    rest.classList.toggle('is-open', open);
    rest.setAttribute('aria-hidden', open ? 'false' : 'true');
    this.setAttribute('aria-expanded', String(open));
    this.textContent = open ? '閉じる' : '続きを読む';
  });
</script>
</div>
</body>
</html>`;

/**
 * An explainer with jQuery UI tabs as jQuery UI leaves them: the panel in view aria-hidden="false",
 * the others aria-hidden="true" and display: none.
 */
const ARIA_TABS_STORY =
  HEAD('解説：北方領土交渉はなぜ止まったのか') +
  `<div class="art">
<h1>解説：北方領土交渉はなぜ止まったのか</h1>
<p>北方領土をめぐる日本とロシアの交渉は、2022年から事実上止まっている。論点を三つに分けて整理する。</p>
<div id="tabs" class="ui-tabs">
<ul role="tablist" class="ui-tabs-nav">
<li role="tab" tabindex="0" aria-controls="tab-1" aria-selected="true" class="ui-tabs-active"><a href="#tab-1" class="ui-tabs-anchor">ロシアの立場</a></li>
<li role="tab" tabindex="-1" aria-controls="tab-2" aria-selected="false"><a href="#tab-2" class="ui-tabs-anchor">日本の立場</a></li>
</ul>
<div id="tab-1" role="tabpanel" class="ui-tabs-panel" aria-hidden="false"><p>ロシア側は、プーチン政権のもとで憲法に領土割譲の禁止を書き込み、交渉の余地はないとの立場を強めている。</p></div>
<div id="tab-2" role="tabpanel" class="ui-tabs-panel" aria-hidden="true" style="display: none;"><p>日本政府は、四島の帰属の問題を解決して平和条約を締結するとの方針を維持し、元島民の墓参や択捉島などへの訪問の再開を優先課題としている。</p></div>
</div>
<p>交渉再開の見通しは立っていない。</p>
<script>
  document.querySelectorAll('.ui-tabs-anchor').forEach(function (a) {
    a.addEventListener('click', function (e) {
      e.preventDefault();
      var id = a.getAttribute('href').slice(1);
      document.querySelectorAll('[role=tab]').forEach(function (t) {
        var on = t.getAttribute('aria-controls') === id;
        t.setAttribute('aria-selected', String(on));
        t.classList.toggle('ui-tabs-active', on);
      });
      document.querySelectorAll('[role=tabpanel]').forEach(function (p) {
        var on = p.id === id;
        p.setAttribute('aria-hidden', String(!on));
        p.style.display = on ? 'block' : 'none';
      });
    });
  });
</script>
</div>
</body>
</html>`;

/**
 * A legacy page whose one form holds the story, written straight into the form with <br><br>
 * between paragraphs (no <p>), and the page script of clobbered-page.ts that names a control of
 * the form after every member of its prototypes (and an image after every member of the document).
 */
const BR_FORM_STORY = (shadowed: boolean) => `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Taliban close girls' schools in two more provinces - Northern Frontier Gazette</title>
</head>
<body>
<table width="100%" cellpadding="0" cellspacing="0" id="tblHeader"><tr>
<td><a href="/default.aspx"><img src="/images/gazette-logo.gif" alt="Northern Frontier Gazette" width="320" height="60"></a></td>
<td align="right"><a href="/section.aspx?s=world">World</a> | <a href="/section.aspx?s=asia">Asia</a> | <a href="/archive.aspx">Archive</a></td>
</tr></table>
<form name="Form1" method="post" action="story.aspx?id=20931" id="Form1">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgICAw9kFgICAQ8PFgIeBFRleHQFBVdvcmxkZGRk">
<h1>Taliban close girls' schools in two more provinces</h1>
<b>By Rahela Noori, Kabul correspondent</b> &middot; 14 November 2026<br><br>
The Taliban administration has ordered the closure of the remaining secondary schools for girls in Ghor and Badghis, two provinces where local elders had kept classes open for more than a year under an informal arrangement with district governors.<br><br>
Teachers in Chaghcharan said the order arrived on Tuesday by letter from the provincial education department, and that armed men visited two schools the following morning to make sure the doors stayed shut.<br><br>
Aid workers say the arrangement in the two provinces had depended on the goodwill of commanders linked to the Haqqani network, which controls the interior ministry and, through it, most provincial police chiefs.<br><br>
About 1,900 girls were enrolled in the two provinces' secondary classes, according to figures compiled by a coalition of donors. Most of their teachers are women who have not been paid since the spring.<br><br>
<input type="submit" name="btnPrint" value="Print this story" id="btnPrint">
</form>
<table width="100%" id="tblFooter"><tr><td><font size="1">&copy; 2026 Northern Frontier Gazette. All rights reserved. | <a href="/contact.aspx">Contact</a></font></td></tr></table>
${shadowed ? SHADOW_EVERY_MEMBER : ''}
</body>
</html>`;

const session = fixtureSession({
  pages: () => ({
    'autoplay-story.html': AUTOPLAY_STORY,
    'gallery-fold.html': GALLERY_FOLD_STORY,
    'toggle-fold.html': TOGGLE_FOLD_STORY,
    'aria-tabs.html': ARIA_TABS_STORY,
    'br-form-story.html': BR_FORM_STORY(false),
    'br-form-story-shadowed.html': BR_FORM_STORY(true),
    'form-story-shadowed.html': formStoryShadowingEveryMember(),
  }),
});

describe('35b385e: parts hidden by aria-hidden, watched and read once shown', () => {
  it('keeps the keyboard cursor (Alt+Shift+J) on its mention while a photo slider in the story turns by itself (each slide shown rescans the page and drops the cursor)', async () => {
    const page = await session.open('/autoplay-story.html', { scan: true });
    await page.bringToFront();
    await page.locator('body').focus();
    // Steps from the headline on to the second paragraph's mention.
    const steps: Array<string | undefined> = [];
    for (let i = 0; i < 8 && steps.at(-1) !== '北方領土 in #p2'; i += 1) {
      await page.keyboard.press('Alt+Shift+KeyJ');
      steps.push(await currentMention(page));
    }
    const before = steps.at(-1);
    expect(before).toBe('北方領土 in #p2');
    // The slider turns every three seconds: one turn happens meanwhile. The reader touched nothing.
    await page.waitForTimeout(3500);
    expect(await currentMention(page)).toBe(before);
    // The next step goes on from there, not back to the story's first mention.
    await page.keyboard.press('Alt+Shift+KeyJ');
    expect(await currentMention(page)).not.toBe('プーチン in #p1');
    await page.close();
  });

  it('still marks the rest of a story opened with 続きを読む (hidden attribute) when a photo gallery above it has 17 aria-hidden slides naming a topic', async () => {
    const page = await session.open('/gallery-fold.html', { scan: true });
    const before = await marked(page);
    expect(before).toContain('北方領土');
    await page.getByRole('button', { name: '続きを読む' }).click();
    // The folded half mentions 日露 and プーチン: a hidden-attribute fold was watched before 35b385e.
    await expect.poll(() => marked(page), { timeout: 5000 }).toEqual(expect.arrayContaining(['日露', 'プーチン']));
    await page.close();
  });
});

describe('f3e683b: a form whose named controls shadow its members', () => {
  it('marks a legacy story written straight into its form (<br><br> paragraphs) as on the same page without the shadowing controls (form.firstChild is a control: the form’s own text goes unread)', async () => {
    const plain = await session.open('/br-form-story.html', { scan: true });
    const expected = await marked(plain);
    await plain.close();
    expect(expected).toEqual(expect.arrayContaining(['Taliban', 'Haqqani network']));
    const page = await session.open('/br-form-story-shadowed.html', { scan: true });
    const shadowed = () => {
      const form = Document.prototype.querySelector.call(document, 'form')!;
      return [Object.prototype.toString.call(form.firstChild), Object.prototype.toString.call(form.nextSibling)];
    };
    expect(await page.evaluate(shadowed)).toEqual(['[object HTMLInputElement]', '[object HTMLInputElement]']);
    await page.waitForTimeout(500);
    expect(await marked(page)).toEqual(expected);
    await page.close();
  });

  // Guard (passes on the current build): the reader's other ways to a card on the page whose form and document are shadowed.
  it('GUARD: on the story in a form with every member shadowed, Alt+Shift+J and Enter open the card, and the popup’s reveal opens it too', async () => {
    const errors: string[] = [];
    const page = await session.open('/form-story-shadowed.html', { scan: true, errors });
    await waitForHighlights(page, FORM_STORY_MARKS.length);
    await page.bringToFront();
    await page.keyboard.press('Alt+Shift+KeyJ');
    expect(await currentMention(page)).toBe('Taliban in #Form1');
    await page.keyboard.press('Enter');
    await exposeCard(page);
    const cardText = () =>
      page.evaluate(() => (globalThis as { __jfirBriefsCardRoot?: ShadowRoot }).__jfirBriefsCardRoot?.textContent ?? '');
    await expect.poll(cardText, { timeout: 10_000 }).toContain('Read the full commentary');
    await page.keyboard.press('Escape');
    await expect.poll(cardText).not.toContain('Read the full commentary');
    // The popup's "reveal" for the Haqqani network: scrolls to its mention and opens its card.
    const url = page.url();
    const revealed = await session.worker.evaluate(async (u) => {
      const [tab] = await chrome.tabs.query({ url: u });
      return chrome.tabs.sendMessage(tab!.id!, { type: 'revealMention', payload: { topicId: 'haqqani' } });
    }, url);
    expect(revealed).toEqual({ value: true });
    await expect.poll(cardText, { timeout: 10_000 }).toContain('Haqqani network');
    expect(errors).toEqual([]);
    await page.close();
  });
});
