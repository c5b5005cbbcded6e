/**
 * Second reader of 3275e38 (mix263–268 rules): realistic pages where the commit reads furniture as the article or leaves out
 * the story's own text. Each probe failed on ed4d755 and passed on ebac669; all pass since the rules were narrowed (a
 * gallery's folder only as a coded id, day and time, before the link's last segment; the Japanese app line opening the
 * line, out of quotes; the comment section's note to readers; the profile with no one named before the desk; the social
 * media line only as the whole line or after "Don't miss out …").
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { leadsToOwnStory } from '../../utils/dom/page-address';
import { jaProse, jaStoryWith, load, prose, storyWith } from './story-page';
import { expectReadsWithout } from './site-lines';

const withCanonical = (canonical: string, body: string) =>
  load(`<head><link rel="canonical" href="${canonical}"></head><body>${body}</body>`);

// A national daily's addresses: day, edition, section, then a short code of the hour that other days and sections reuse
// ("/articles/20261207/k00/00m/040/123000c"): the code has letters and six digits, but names no one story.
const DAILY = 'https://mainichi.example/articles/20261207/k00/00m/040/123000c';

describe('leadsToOwnStory: a short code that other stories of the site share as their last folder', () => {
  it('does not take a story of another day with the same code', () =>
    expect(leadsToOwnStory(withCanonical(DAILY, '<p>Text</p>'), '/articles/20261130/k00/00m/040/123000c')).toBe(false));
  it('does not take a story of another section of the same day with the same code', () =>
    expect(leadsToOwnStory(withCanonical(DAILY, '<p>Text</p>'), '/articles/20261207/k00/00m/010/123000c')).toBe(false));
});

describe('another story’s boxes on a page whose code other stories share', () => {
  it('leaves out the caption of a related story’s picture between the headline and the text', () =>
    expectReadsWithout(
      withCanonical(
        DAILY,
        `<div class="wrapper"><div class="article-header"><h1>「書かない窓口」導入から半年 マイナンバーカードで手続き短縮</h1></div><div class="pickup-box"><figure class="pickup"><a href="https://mainichi.example/articles/20261130/k00/00m/040/123000c"><img src="/graphs/20261130/hpj/00m/040/001000g/1.jpg" width="800" height="450" alt=""></a><figcaption>北海道で記録的な大雪、新千歳空港で欠航相次ぐ 除雪作業は夜通し続いた</figcaption></figure></div><div class="article-body">${jaProse('マイナンバーカード', 5)}</div></div>`,
      ),
      '5回目の協議は来月にも開かれる見通しで',
      '新千歳空港で欠航相次ぐ',
    ));
  // The same scheme in its English edition ("/english/articles/20261207/p2a/00m/0na/012000c").
  it('leaves out the next story’s box after the story, its code the same in another section', () =>
    expectReadsWithout(
      withCanonical(
        'https://mainichi.example/english/articles/20261207/p2a/00m/0na/012000c',
        `<section class="mainSec"><div class="fullStory current"><h1>Nagano villages get mobile My Number card counters</h1>${prose('the My Number card', 14)}</div><div class="fullStory nextStory" data-next-story="true"><div class="nextStoryLabel">Next Story</div><h2 class="nextHdg"><a href="https://mainichi.example/english/articles/20261207/p2a/00m/0bu/012000c">Toyota to build battery plant in Fukuoka as EV demand recovers</a></h2><h3>The plant, its first for solid-state cells, is set to start production in 2028</h3><div class="storyDetails"><p>TOKYO -- Toyota Motor Corp. said on Monday that it would build a battery plant in Fukuoka Prefecture, adding that the site would employ about 1,200 people once it reached full output...</p></div><a class="readFull" href="https://mainichi.example/english/articles/20261207/p2a/00m/0bu/012000c">Read Full Story</a></div></section>`,
      ),
      'Paragraph 5 of the story',
      'Toyota to build battery plant in Fukuoka',
    ));
});

describe('Japanese story sentences worded like the new site lines', () => {
  const story = jaStoryWith('防災アプリ、配信から1か月で登録1万件', '防災アプリ');
  const reads = (sentence: string) => {
    const text = articleText(story(`<p>${sentence}</p>`));
    expect(text).toContain('5回目の協議は来月にも開かれる見通しで');
    expect(text).toContain(sentence);
  };
  it('reads an official’s quote on a city’s app (「」 is no quote mark to the guard, and the rule is not anchored)', () =>
    reads(
      '市危機管理課の担当者は「新しいアプリなら、避難指示や気象警報をプッシュ通知でいち早くお届けします。一人でも多くの市民に登録してほしい」と話している。',
    ));
  it('reads a broadcaster’s story sentence opening with 「こちらは、」 (a TV report’s way of showing a place)', () =>
    reads(
      'こちらは、高校生が市長と意見交換する場です。今年で5回目となり、通学路の安全や部活動の地域移行について、生徒たちが直接質問しました。',
    ));
  it('reads a story’s sentence introducing a prize-winning reporter', () =>
    reads('山田さんは東都新聞長野総局の記者。過疎地の医療と地域交通を10年以上取材している。'));
});

describe('English story sentences worded like the new follow line', () => {
  const story = storyWith('Animal shelter runs out of space after summer surge', 'the shelter');
  it('reads an interview’s answer that ends with the interviewee’s own plea', () => {
    const answer = 'Adopt if you can, foster if you can’t, and donate food if you can do neither. Follow us on social media.';
    expect(articleText(story(`<h2>How can people help?</h2><p>${answer}</p>`))).toContain(answer);
  });
});
