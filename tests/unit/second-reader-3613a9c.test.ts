/**
 * Second reader's probes of 3613a9c (parent 3cbe0b0): where its rules read worse than the parent. Each case fails on 3613a9c
 * and passes on 3cbe0b0: furniture now read (a gallery label making another gallery's promo figure pass for the lead picture),
 * story text now left out (a blog's or a police story's own 「情報提供をお願いします」, a story sentence opening "Comments do not …").
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { expectReadsWithout } from './site-lines';
import { jaStoryWith, load, prose, storyWith } from './story-page';

describe('furniture now read: a promo figure for another gallery, between the headline and the body, its only link "View gallery"', () => {
  const page = (box: string) =>
    load(
      `<body><main><article><h1>Council approves budget</h1>${box}<div class="article-body">${prose('the budget', 6)}</div></article></main></body>`,
    );
  it('a "Photos of the week" figure', () =>
    expectReadsWithout(
      page(
        `<figure><img src="/images/potw.jpg" alt=""><figcaption>Photos of the week: our photographers' best shots from around the county <a href="/galleries/photos-of-the-week">View gallery</a></figcaption></figure>`,
      ),
      'Paragraph 5 of the story',
      'Photos of the week',
    ));
  it("such a figure in the page's rail", () =>
    expectReadsWithout(
      page(
        `<div class="rail"><figure><img src="/images/potw.jpg" alt=""><figcaption>Photos of the week from around the county <a href="/galleries/photos-of-the-week">View gallery</a></figcaption></figure></div>`,
      ),
      'Paragraph 5 of the story',
      'Photos of the week',
    ));
});

describe("story text now left out: a story's own 「情報提供をお願いします」", () => {
  it("a lost-cat blog post's closing line 「情報提供をお願いします！」", () =>
    expect(articleText(jaStoryWith('迷い猫を探しています', '迷い猫')('<p>情報提供をお願いします！</p>'))).toContain(
      '情報提供をお願いします',
    ));
  it("a missing-person story's closing line 「情報提供をお願いいたします。」", () =>
    expect(articleText(jaStoryWith('高齢男性が行方不明', '行方不明の男性')('<p>情報提供をお願いいたします。</p>'))).toContain(
      '情報提供をお願いいたします',
    ));
  it("a missing-person story's box heading over the man's description", () =>
    expect(
      articleText(
        jaStoryWith(
          '高齢男性が行方不明',
          '行方不明の男性',
        )(
          '<div class="box"><p class="box-title">情報提供をお願いします</p><p>男性は身長およそ170センチのやせ型で、行方が分からなくなった当時、紺色のジャンパーを着ていたということです。</p></div>',
        ),
      ),
    ).toContain('情報提供をお願いします'));
  it('such a heading set in bold in its own paragraph', () =>
    expect(
      articleText(
        jaStoryWith(
          '高齢男性が行方不明',
          '行方不明の男性',
        )(
          '<p><strong>情報提供をお願いします</strong></p><p>男性は身長およそ170センチのやせ型で、紺色のジャンパーを着ていたということです。</p>',
        ),
      ),
    ).toContain('情報提供をお願いします'));
});

describe('story text now left out: a story sentence opening "Comments do not … the views of"', () => {
  const read = (headline: string, sentence: string) => articleText(storyWith(headline, 'the page')(`<p>${sentence}</p>`));
  it('"Comments do not necessarily reflect the views of the sheriff\'s office, according to a disclaimer …"', () => {
    const s =
      "Comments do not necessarily reflect the views of the sheriff's office, according to a disclaimer pinned to the page, which critics say has become a forum for harassment.";
    expect(read("Sheriff's Facebook page draws criticism", s)).toContain(s);
  });
  it('"Comments do not represent the views of the ABC, moderators told users …"', () => {
    const s =
      "Comments do not represent the views of the ABC, moderators told users on Sunday after the broadcaster's Facebook page was flooded with abuse.";
    expect(read('ABC closes comments after abuse', s)).toContain(s);
  });
  it('"Comments do not reflect the opinions of the paper\'s editors, the ombudsman wrote …"', () => {
    const s =
      "Comments do not reflect the opinions of the paper's editors, the ombudsman wrote, but the paper remains responsible for what it chooses to publish.";
    expect(read('Ombudsman weighs in on comment moderation', s)).toContain(s);
  });
});
