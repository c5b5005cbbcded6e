/**
 * Second reader's probes of f8c2efc (the rules of mix148–153), by helper-251. The cases that are not GUARDs failed on f8c2efc
 * and passed on 58b48f2; the GUARDs pass on both. All pass since the rules were narrowed: a lead picture's box must link under
 * the page's own address (its gallery), a box's heading paragraph must be a title's few words, 「情報提供のお願い」 is no stock
 * heading (a police appeal in a story has it), a topic-alert line must end there.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaProse, jaStoryWith, load, prose, storyWith } from './story-page';
import { expectReadsWithout } from './site-lines';

// The Czech portal's page of mix148–150: headline, standfirst, then a box, then a body with a list and a quote.
const body = `${prose('the ward', 3)}<ul><li>free antenatal care, ultrasound included,</li><li>births and emergency caesareans around the clock,</li></ul>${prose('the staff', 2)}<blockquote class="quote"><p>“We have learned to take nothing for granted. What holds today may not hold in a month.”</p><p class="quote-aut">Markéta Šindelářová, gynaecologist</p></blockquote>${prose('the money', 2)}`;
const czech = (picture: string) =>
  load(
    `<head><link rel="canonical" href="https://www.izpravy.example/zpravy/kabul-porodnice.A261206"></head><body><div class="art-full" itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="name headline">Czech doctors open a maternity ward in Kabul</h1><div class="opener" itemprop="description">A maternity ward built by a Czech charity opened this week on the edge of the Afghan capital, and forty-seven children were born there in its first five days.</div>${picture}<div class="bbtext" itemprop="articleBody">${body}</div></div></body>`,
  );
const KEPT = 'Paragraph 1 of the story, in which officials said, according to two sources, that the money';

describe('lead picture boxes (pictureBoxOf, linksOnlyToItsPicture)', () => {
  it('P1: leaves out a related-story card under the standfirst whose title is unlinked text beside its linked picture', () =>
    expectReadsWithout(
      czech(
        '<div class="box-inline"><a href="/zpravy/kabul-skoly.A261130"><img src="/foto/skoly.jpg" width="640" height="360" alt=""></a><p class="box-title">Girls’ schools in Kabul stay shut for a fourth winter</p></div>',
      ),
      KEPT,
      'Girls’ schools in Kabul stay shut',
    ));
  it('GUARD: leaves out a teaser between the standfirst and the body, its title linked to another story', () =>
    expectReadsWithout(
      czech(
        '<div class="teaser"><a href="/zpravy/kabul-skoly.A261130"><img src="/foto/skoly.jpg" width="640" height="360" alt=""></a><p><a href="/zpravy/kabul-skoly.A261130">Girls’ schools in Kabul stay shut for a fourth winter</a></p></div>',
      ),
      KEPT,
      'Girls’ schools in Kabul stay shut',
    ));
});

describe('boxes of the story headed by a paragraph that is a stock line', () => {
  const flood = (box: string) =>
    load(
      `<body><main><article><h1>Flood victims wait months for buyouts</h1><div class="article-body">${prose('the river', 3)}${box}${prose('the buyout', 4)}</div></article></main></body>`,
    );
  it('P3: reads the story’s service box on flood alerts, its first line opening “Subscribe to …”', () =>
    expect(
      articleText(
        flood(
          '<div class="infobox"><p>Subscribe to the county’s flood alerts by texting FLOOD to 888-777.</p><p>Residents without a mobile phone can sign up for a call to their landline at <a href="https://tamarack.gov/alerts">tamarack.gov/alerts</a> or by calling 555-0100.</p></div>',
        ),
      ),
    ).toContain('Residents without a mobile phone can sign up'));
  it('P4: reads a chunk of a body split between ad slots that opens with the story’s update note', () =>
    expect(
      articleText(
        flood(
          '<div class="article-body__chunk"><p>Update: This story has been updated to include comment from the county.</p><p>The river crested at 31 feet in April. By June, <a href="/2026/06/flood-map">the county’s new flood map</a> had put 140 more homes in the buyout zone.</p></div>',
        ),
      ),
    ).toContain('The river crested at 31 feet in April.'));
  it('P5: reads a police appeal box in a crime story headed 情報提供のお願い, with the station’s number', () =>
    expect(
      articleText(
        jaStoryWith(
          'ひき逃げで男性死亡　北見署が車の行方追う',
          'ひき逃げ事件',
        )(
          '<div class="police-box"><h3>情報提供のお願い</h3><p>北見警察署は、事件当日の午後8時ごろに現場付近を通った車のドライブレコーダーの映像など、情報の提供を呼びかけています。連絡先は<a href="tel:0157240110">北見警察署（0157-24-0110）</a>です。</p></div>',
        ),
      ),
    ).toContain('ドライブレコーダーの映像など'));
  it('GUARD: reads a box of the story headed by a paragraph that is no stock line', () =>
    expect(
      articleText(
        jaStoryWith(
          '【独自】色丹島の元島民が残した日記約40冊',
          '北方領土',
        )(
          '<div class="museum"><p class="museum__ttl">資料館の特別展</p><p class="museum__txt">元島民の日記の一部は、来年4月から<a href="/museum/">北方領土資料館</a>の特別展で公開されることになっています。館は遺族の了承を得て、日記をデジタル化する作業を進めています。</p></div>',
        ),
      ),
    ).toContain('日記をデジタル化する作業を進めています'));
});

describe('topic alerts', () => {
  const story = storyWith('Newspaper app adds a follow button for topics', 'the app');
  it('P6: reads a tech story’s sentence on a news app’s new alerts', () =>
    expect(
      articleText(
        story(
          '<p>Get a push notification as soon as a new story on the topic you follow is published: that is the promise of the update, which reached Android phones on Tuesday.</p>',
        ),
      ),
    ).toContain('that is the promise of the update'));
  it('GUARD: reads the story’s sentence on flood alerts', () =>
    expect(
      articleText(story('<p>Get alerts when the river rises: the county now texts residents in the flood zone, officials said.</p>')),
    ).toContain('the county now texts residents in the flood zone'));
});

describe('Japanese notes', () => {
  it('GUARD: reads a story’s paragraph on a broadcaster’s streaming period', () =>
    expect(
      articleText(
        jaStoryWith(
          '民放各局、見逃し配信を延長',
          '見逃し配信',
        )('<p>各局によりますと、動画の配信期間は、これまでの7日間から30日間に延びます。</p>'),
      ),
    ).toContain('動画の配信期間は、これまでの7日間から30日間に延びます'));
  it('GUARD: the story is read around its 【写真】 link line', () =>
    expect(
      articleText(
        load(
          `<body><article><h1>北朝鮮が弾道ミサイル発射</h1><div class="ArticleBody_body">${jaProse('北朝鮮', 2)}<p class="ArticleBody_photoLink"><a href="/photo/AS20261206000815.html">【写真】発射を受けて首相官邸で記者団の取材に応じる高畑首相</a></p>${jaProse('ミサイル', 5)}</div></article></body>`,
        ),
      ),
    ).toContain('5回目の協議は来月にも開かれる見通しで'));
});
