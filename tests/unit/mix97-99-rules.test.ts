/**
 * What mix97–99 showed. mix97 (a Blogger defence blog, an Austrian NGO's TYPO3 release, a Japanese prefecture's page) and
 * mix99 (a Brazilian Jannah portal, a Norwegian municipality, a livedoor blog), read sealed on the same tree: a blog's tip-jar
 * line, a donation box before a "/spenden" button, a Brazilian rights line and follow line, a blog's note on where to send
 * requests for talks, a release's "Rückfragehinweis" box and reuse note, all read as the story's; the TYPO3 Bootstrap
 * Package's "frame-header" subheads, and the story's frames after its root where the markup closes one element too many
 * after each frame, left out. mix98 (an Italian Joomla portal, a UK charity's Drupal story, a Japanese company's news release), read
 * sealed on the tree of 6365ce2's narrowing: a release's notes on trademarks and on the day its content holds as of, its
 * 本リリースに関するお問い合わせ box, and a charity's "Get involved" band of calls to action (a block beside the story's, joined to
 * it), all read as the story's. The cases that are not GUARDs fail on 6365ce2.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { expectReadsWithout, itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';
import { jaStoryWith, prose, storyWith, load } from './story-page';

const jaStory = jaStoryWith('北方四島の記憶を3Dで残すデジタルアーカイブを公開', '北方領土');

describe("a Japanese release's notes (mix98)", () => {
  itLeavesOutJapaneseLines(jaStory, [
    '※記載されている会社名および商品名は各社の商標または登録商標です。',
    '※本リリースに記載された内容は発表日現在のものです。予告なく変更される場合があります。',
  ]);
  it("leaves out the release's contact box headed 本リリースに関するお問い合わせ", () =>
    expectReadsWithout(
      jaStory(
        '<div class="c-contact-box"><h3>本リリースに関するお問い合わせ</h3><dl><dt>報道関係の方</dt><dd>広報IR部　担当：佐伯<br>TEL：03-5555-0142</dd><dt>サービスに関するお問い合わせ</dt><dd>デジタルアーカイブ推進室<br>TEL：03-5555-0177（受付時間：平日9:00〜17:30）</dd></dl></div>',
      ),
      '5回目の協議は来月にも開かれる見通しで',
      '受付時間：平日9:00',
    ));
});

describe('GUARD: a story on trademarks (mix98)', () => {
  itReadsSentences(storyWith('Olive oil brands fight over a name', 'the brand'), [
    'Both companies say the names mentioned in the ruling are their registered trademarks, and both will appeal.',
  ]);
});

describe('a band of calls to action (mix98)', () => {
  const card = (heading: string, line: string, href: string, button: string) =>
    `<div class="band__item"><h3>${heading}</h3><p>${line}</p><a href="${href}" class="button">${button}</a></div>`;
  const page = (band: string) =>
    storyWith(
      'From Mazar-i-Sharif to a Sheffield ward',
      'the ward',
    )(`<section class="band"><h2>Get involved</h2><div class="band__items">${band}</div></section>`);
  // Inside the story's box the cards were left out before too; mix98's page (layout-fixtures) is the probe, where the band is a
  // block beside the story's.
  it('GUARD: leaves out each card: a heading, a line and a button to the site’s own page', () =>
    expectReadsWithout(
      page(
        card(
          'Volunteer',
          'Give a few hours a week as a mentor or English conversation partner at one of our hubs.',
          '/get-involved/volunteer',
          'Find a role',
        ) +
          card(
            'Fundraise',
            'Run, bake, cycle or sing: whatever you choose, our team will be with you.',
            '/get-involved/fundraise',
            'Start fundraising',
          ) +
          card(
            'Campaign',
            'Add your name to our call for fair recognition of refugees’ qualifications.',
            '/campaigns/skills-count',
            'Sign the petition',
          ),
      ),
      'Paragraph 5 of the story',
      'Give a few hours a week',
    ));
  it("GUARD: reads a story's boxes on other sites' offers of help", () =>
    expectReadsWithout(
      load(
        `<body><main><article><h1>Where to find help this winter</h1><div class="body">${prose('the winter', 4)}` +
          card(
            'Food banks',
            'The Trussell network runs 1,400 food banks and most open on Saturdays before Christmas.',
            'https://trussell.example/find',
            'Find a food bank',
          ) +
          card(
            'Heating',
            'Councils can pay part of a heating bill from the Household Support Fund until March.',
            'https://gov.example/support-fund',
            'Apply for help',
          ) +
          `${prose('the winter', 2)}</div></article></main></body>`,
      ),
      'The Trussell network runs 1,400 food banks',
      'nothing such',
    ));
});

describe('site lines of mix97 and mix99', () => {
  itLeavesOutLines(storyWith('Russia hardens the Kuril Islands', 'the ridge'), [
    'If you find these long reads useful, there is a tip jar in the sidebar, and it pays for the satellite pictures.',
    'O conteúdo do Oeste em Foco é protegido pela Lei de Direitos Autorais. A reprodução só é permitida com citação da fonte.',
    'Siga o Oeste em Foco no Instagram e no Facebook e fique por dentro de tudo o que acontece na região.',
  ]);
  itLeavesOutJapaneseLines(jaStory, ['※講演・執筆のご依頼はプロフィール欄のメールフォームからお願いいたします。']);
  itReadsSentences(storyWith('Russia hardens the Kuril Islands', 'the ridge'), [
    'If you find these pictures useful, the ministry said, you can compare them with the ones it released in March.',
    'Siga a seleção: o técnico disse que o time joga no sábado e no domingo, ambos os jogos transmitidos no YouTube.',
  ]);
  it('leaves out a donation box before its "/spenden" button', () =>
    expectReadsWithout(
      storyWith(
        'Familiennachzug: 140 Angehörige warten',
        'der Verein',
      )(
        '<div class="frame frame-background-light"><p><strong>Ihre Spende hilft direkt:</strong> Mit 45 Euro übernehmen Sie die Übersetzung einer Geburtsurkunde. Ihre Spende ist steuerlich absetzbar.</p><p><a href="/spenden" class="btn btn-primary">Jetzt online spenden</a></p></div>',
      ),
      'Paragraph 5 of the story',
      'Ihre Spende hilft direkt',
    ));
});

/** A TYPO3 Bootstrap Package content element ("frame") around `inner`, closed by `close` end tags (five close it). */
const frame = (inner: string, close = 5) =>
  `<div class="frame frame-default frame-type-text"><div class="frame-group-container"><div class="frame-group-inner"><div class="frame-container"><div class="frame-inner">${inner}${'</div>'.repeat(close)}`;
const typo3Page = (close: number) =>
  load(
    `<body><div class="body-bg"><div id="page-content"><div class="section"><div class="container"><div class="section-row"><main class="maincontent-wrap">` +
      frame('<div class="frame-header"><h1 class="element-header">Familiennachzug: 140 Angehörige warten</h1></div>') +
      frame(prose('der Verein', 3), close) +
      frame(
        `<div class="frame-header"><h2 class="element-header">Abschiebungen aus Pakistan verschärfen die Lage</h2></div>${prose('die Lage', 3)}`,
        close,
      ) +
      frame(
        `<div class="frame-header"><h2 class="element-header">Nadelöhr Botschaft</h2></div>${prose('die Botschaft', 3).replace(/Paragraph (\d)/g, 'Absatz $1')}`,
        close,
      ) +
      frame(
        '<p><strong>Rückfragehinweis:</strong><br>Verein Brücken, Öffentlichkeitsarbeit<br>Tel. +43 732 77 41 90-14<br>presse@bruecken.example</p>',
        close,
      ) +
      '</main></div></div></div></div></div></body>',
  );

describe('a TYPO3 release (mix97)', () => {
  it('reads the subheads in their "frame-header" boxes and leaves out the "Rückfragehinweis" box', () => {
    const text = articleText(typo3Page(5));
    expect(text).toContain('Abschiebungen aus Pakistan verschärfen die Lage');
    expect(text).toContain('Absatz 2 of the story');
    expect(text).not.toContain('Öffentlichkeitsarbeit');
  });
  it('reads the frames that a stray end tag after each sets one level further out', () => {
    const text = articleText(typo3Page(6));
    expect(text).toContain('Nadelöhr Botschaft');
    expect(text).toContain('Absatz 2 of the story');
    expect(text).not.toContain('Öffentlichkeitsarbeit');
  });
  it("GUARD: leaves out a sidebar's frames beside the main column", () => {
    const doc = load(
      `<body><div class="section"><main>${frame('<h1>Familiennachzug: 140 Angehörige warten</h1>')}${frame(prose('der Verein', 6))}</main>` +
        `<aside class="sidebar">${frame('<p>Unser Sommerfest findet am 12. Juli im Pfarrgarten statt, mit Musik, Essen und einem Flohmarkt für Kinder.</p>')}</aside></div></body>`,
    );
    const text = articleText(doc);
    expect(text).toContain('Paragraph 5 of the story');
    expect(text).not.toContain('Unser Sommerfest');
  });
  itLeavesOutLines(storyWith('Familiennachzug: 140 Angehörige warten', 'der Verein'), [
    'Diese Presseaussendung darf unter Angabe der Quelle honorarfrei verwendet werden.',
  ]);
});
