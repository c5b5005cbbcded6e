/**
 * What mix109–111 showed, read sealed on 0ecb15c: an Elementor town council post whose story, split over many small text
 * boxes, lost to the grid of other posts below it (their teasers scored as the article); a picture's reuse note, a hospital
 * release's line on press enquiries after a photo-consent note and its as-of note; a Portuguese paper's meter and print note,
 * a Hatena blog's disclaimer and its ▼ link to an older post; a Swiss portal's tip box, a Polish foundation's Avada donation box,
 * Complianz placeholder, EEA funding line and 1.5% tax appeal, an Argentine radio's plug after its source line. The cases that
 * are not GUARDs fail on 0ecb15c.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { elementorWidget, jaStoryWith, load, storyWith } from './story-page';
import { expectReadsWithout, itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';

const story = storyWith('Minamisato delegation marks ten years of twinning', 'the visit');

describe('site lines of mix109–111', () => {
  itLeavesOutLines(story, [
    'Photo: Delworth Camera Club / Peter Hanley. Images may not be reproduced without permission from the Town Council.',
    'Leu 3 de 5 artigos gratuitos este mês.',
    'Este artigo foi publicado originalmente na edição impressa da Gazeta da Beira de 3 de dezembro.',
    'Haben Sie einen Hinweis oder eine Geschichte aus Ihrer Gemeinde? Schreiben Sie unserer Redaktion an hinweise@thurtal.example oder per WhatsApp.',
    'Kliknij, aby zaakceptować pliki cookie marketingowe i włączyć tę treść',
    'Projekt „Pracownia Otwartych Drzwi” jest realizowany z dofinansowaniem z Funduszy EOG w ramach programu Aktywni Obywatele.',
    'Rozliczając PIT, wpisz nasz numer KRS 0000712345. To nic nie kosztuje, a dla nas oznacza kolejne miesiące lekcji: „Pracownia”.',
    'Fuente: Radio Confluencia FM 98.3. Escuchanos de lunes a viernes de 7 a 10 en La Mañana de Confluencia.',
  ]);
  itLeavesOutJapaneseLines(jaStoryWith('元島民の健康相談会を開催しました', '北方領土'), [
    '※掲載内容は掲載日時点のものです。最新の情報とは異なる場合があります。',
    '※このブログは、柏浜市議会議員みやた恵子の個人の活動報告です。市議会としての公式見解ではありません。',
  ]);
  it("leaves out a release's note on press enquiries after a photo-consent note in one paragraph", () =>
    expectReadsWithout(
      jaStoryWith(
        '元島民の健康相談会を開催しました',
        '北方領土',
      )(
        '<p class="note">※掲載している写真は、ご本人およびご家族の同意を得て撮影・掲載しています。<br>※本件に関する取材のお申し込みは、総務課広報担当までご連絡ください。</p>',
      ),
      '5回目の協議は来月にも開かれる見通しで',
      '総務課広報担当',
    ));
  it("leaves out a blog's ▼ line and its link to an older post", () =>
    expectReadsWithout(
      jaStoryWith(
        '市議会が決議を採択',
        '拉致問題',
      )(
        '<p>▼9月議会の一般質問の報告はこちらにまとめています<br /> <a href="/entry/2026/09/18/190000">9月定例会　一般質問で「学校での人権教育」を取り上げました</a></p>',
      ),
      '5回目の協議は来月にも開かれる見通しで',
      '9月議会の一般質問の報告',
    ));
  it('leaves out an Avada donation box whose button stands on a line of its own', () =>
    expectReadsWithout(
      story(
        '<div class="fusion-alert alert custom awb-donation-box" role="alert"><div class="fusion-alert-content-wrapper"><span class="fusion-alert-content"><strong>Wesprzyj nas</strong><br />Dzięki regularnym wpłatom możemy prowadzić kursy zawodowe i lekcje polskiego dla ponad 200 osób rocznie.<br /><a class="fusion-button" href="/wesprzyj/?utm_source=wpis"><span class="fusion-button-text">Wpłacam</span></a></span></div></div>',
      ),
      'Paragraph 5 of the story',
      'Dzięki regularnym wpłatom',
    ));
  itReadsSentences(story, [
    'Images may not be reproduced, the court ruled, unless the photographer is named.',
    'Leu 3 de 5 relatórios, disse o ministro, e prometeu ler o resto até sexta-feira.',
  ]);
});

describe('an Elementor post split over small text boxes, a grid of other posts below it (mix109)', () => {
  const teaser = (n: number) =>
    `<article class="elementor-post elementor-grid-item post-${4600 + n} post type-post"><div class="elementor-post__text"><h3 class="elementor-post__title"><a href="/news/other-story-${n}/">Other council news number ${n} for the town</a></h3><div class="elementor-post__meta-data"><span class="elementor-post-date">${n} October 2026</span></div><div class="elementor-post__excerpt"><p>An excerpt of another post, number ${n}, which tells of the market, the bandstand, the allotments and the new bus timetable for the winter months ahead.</p></div><a class="elementor-post__read-more" href="/news/other-story-${n}/">Read More »</a></div></article>`;
  const page = load(
    '<body><div class="elementor elementor-12"><section class="elementor-section"><div class="elementor-container"><div class="elementor-column"><div class="elementor-widget-wrap">' +
      elementorWidget('heading', '<h1 class="elementor-heading-title">News &amp; Updates</h1>') +
      elementorWidget('heading', '<h2 class="elementor-heading-title">Minamisato delegation marks ten years of twinning</h2>') +
      [0, 1, 2, 3, 4, 5]
        .map((i) =>
          elementorWidget(
            'text-editor',
            `<p>Paragraph ${i} of the story: the visitors planted cherry trees in Victoria Gardens, and each tree was adopted by a school.</p>`,
          ),
        )
        .join('') +
      `</div></div></div></section><section class="elementor-section"><div class="elementor-container"><div class="elementor-column"><div class="elementor-widget-wrap">${elementorWidget('posts', `<div class="elementor-posts-container elementor-posts elementor-grid">${[1, 2, 3, 4, 5, 6].map(teaser).join('')}</div>`)}</div></div></div></section></div></body>`,
  );
  // This small page was read right before too; mix109's page (layout-fixtures) is the probe, its story in some 20 widgets.
  it('GUARD: reads the story, not the grid', () => {
    const text = articleText(page);
    expect(text).toContain('Paragraph 5 of the story');
    expect(text).not.toContain('An excerpt of another post');
  });
});
