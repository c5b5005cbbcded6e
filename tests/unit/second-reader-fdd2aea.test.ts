/**
 * Second reading of fdd2aea (mix154–156 rules), by helper-255. Probes (not GUARDs) show story text those rules lost: each
 * failed on fdd2aea and passed on 3c12057; all pass since the rules were narrowed (a support appeal beside the body of more
 * than two paragraphs stays out only with its one heading; only a singular "Related event:", "Related content:" or "Related
 * reading:" labels pointers; the Japanese support and follow lines must ask; the membership line must name the articles it
 * opens). GUARDs pass on both. Not a probe: a charity's closing "How you can help" box (three
 * paragraphs and a standalone /donate button) beside the body is already left out on 3c12057 (furniture's own appeal-box rule).
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaStoryWith, load, storyWith } from './story-page';

/** Paragraphs long enough that the body's own container is the article's main text and its siblings join it. */
const longProse = (topic: string, n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i} of the report on ${topic}, which volunteers and staff at the shelter described over several weeks of visits, shows how families were housed, fed and helped back into work, while the council's own emergency beds stayed full through the coldest months of the year.</p>`,
  ).join('');

describe('rule 1: a sibling of the body that holds the site’s own donate button', () => {
  it('reads the last part of a nonprofit newsroom’s story, set apart from the body by an ad slot, that ends with its Donate button', () => {
    const text = articleText(
      load(
        `<head><link rel="canonical" href="https://www.valleyledger.example/2026/03/04/water-district-audit"></head><body><main><article><h1>Audit finds water district paid $2.1 million for work never done</h1><div class="story"><div class="story-body">${longProse('the audit', 8)}</div><div class="ad-slot" data-ad="mid"></div><div class="story-body story-body--end"><p>The district’s board will take up the audit at its March 18 meeting. Board chair Rosa Delgado said in an email that the board “takes every finding seriously” and would ask the county district attorney to review the contracts named in the report.</p><p>Two of the three contractors did not respond to requests for comment. A lawyer for the third, Halvorsen Pipe &amp; Grading, said the company had done all of the work it billed for and would show the board its records.</p><p>Ratepayers in the district have seen their bills rise by 31 percent since 2021.</p><p><a class="btn btn-donate" href="https://www.valleyledger.example/donate">Support local reporting</a></p></div></div></article></main></body>`,
      ),
    );
    expect(text).toContain('Paragraph 7 of the report on the audit');
    expect(text).toContain('Two of the three contractors did not respond');
  });
  it('GUARD: leaves out a short support appeal beside the body (two paragraphs and a button)', () => {
    const text = articleText(
      load(
        `<head><link rel="canonical" href="https://www.valleyledger.example/2026/03/04/water-district-audit"></head><body><main><article><h1>Audit finds water district paid $2.1 million for work never done</h1><div class="story"><div class="story-body">${longProse('the audit', 8)}</div><div class="support-epic"><h2>Before you go</h2><p>The Valley Ledger is a nonprofit newsroom. We rely on readers like you to keep our reporting free for everyone.</p><p>If you value this story, please make a gift today.</p><p><a class="btn" href="/donate">Donate now</a></p></div></div></article></main></body>`,
      ),
    );
    expect(text).toContain('Paragraph 7 of the report on the audit');
    expect(text).not.toContain('We rely on readers like you');
  });
});

describe('rule 3: a bold “Related …:” label', () => {
  it('reads a what’s-on story’s paragraph that a bold “Related events:” opens', () =>
    expect(
      articleText(
        storyWith(
          'Book festival returns to the Corn Exchange with 90 events',
          'the festival',
        )(
          '<p><strong>Related events:</strong> The festival’s fringe runs alongside it for the first time, with a poetry slam on Friday night at the Hope Street library, a children’s comics workshop on Saturday morning and a walking tour of the city’s literary pubs on Sunday, all free; the <a href="/whats-on/book-festival-fringe">full fringe programme</a> is online.</p>',
        ),
      ),
    ).toContain('with a poetry slam on Friday night'));
  it('reads a tenants’ guide paragraph that a bold “Related resources:” opens, with a helpline and a link', () =>
    expect(
      articleText(
        storyWith(
          'Eviction notices double as rent freeze ends',
          'the eviction wave',
        )(
          '<p><strong>Related resources:</strong> Tenants who have been served a notice can get free advice from the housing charity’s helpline on 0808 800 4444, open from 8am to 8pm on weekdays, or book an appointment with a <a href="https://www.citizensadvice.example/housing">Citizens Advice housing adviser</a>.</p>',
        ),
      ),
    ).toContain('free advice from the housing charity’s helpline'));
});

describe('rule 3: Japanese lines', () => {
  const story = jaStoryWith('ニュースの「サブスク」、地方紙40紙が読み放題に　新サービスの狙いは', '新サービス');
  it('reads a story’s sentence on a service’s membership that makes its papers free to read', () =>
    expect(articleText(story('<p>月額980円のメンバーシップに加入すると、全国の地方紙約40紙が読み放題になる。</p>'))).toContain(
      '全国の地方紙約40紙が読み放題になる',
    ));
  it('reads a story’s paragraph whose second sentence reports a creator’s plea for support', () =>
    expect(
      articleText(
        story(
          '<p>家計管理のノウハウを発信する主婦の田中さんは、月に約3万円の「サポート」を受け取っている。記事が役に立ったら、サポートで応えてもらえるとうれしいと話す。</p>',
        ),
      ),
    ).toContain('月に約3万円の「サポート」を受け取っている'));
  it('reads a story’s sentence on how posters ask readers to follow them', () =>
    expect(
      articleText(story('<p>記事がよかったらフォローしてほしいと呼びかける投稿者も多く、フォロワー数が収入に直結する構造がある。</p>')),
    ).toContain('フォロワー数が収入に直結する構造がある'));
  it('GUARD: reads a story’s sentence on a post’s support that the line does not start', () =>
    expect(articleText(story('<p>投稿者の7割がサポート機能を使ったことがあると答えた。</p>'))).toContain(
      '投稿者の7割がサポート機能を使った',
    ));
});
