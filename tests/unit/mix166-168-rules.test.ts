/**
 * What mix166–168 showed, read sealed once in session 50 (mix167–168 on 24a0680, mix166 with mix168's rules added): a law firm's
 * blog's box offering a checklist to download and its disclaimer that the post is no legal advice; an Ameba blog's lines on what
 * a follow brings and on the author's picks on a shop; a shop's guide with product cards between its paragraphs and its price
 * note. The cases that are not GUARDs fail on 24a0680.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaStoryWith, storyAroundWith, storyWith } from './story-page';
import { expectReadsWithout, itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';

describe('a law firm’s blog of mix166', () => {
  const post = storyAroundWith('Widerruf des Schutzstatus: Was Afghaninnen jetzt wissen müssen', 'the hearing', 'the appeal');
  it('leaves out a box that offers a document to download under a bold label', () =>
    expectReadsWithout(
      post(
        '<div class="wp-block-group infobox"><p class="has-small-font-size"><strong>Gratis-Vorlage:</strong> Unser Musterschreiben für die Anhörung können Sie <a href="/downloads/musterschreiben-anhoerung.pdf">hier als PDF herunterladen</a> (auch auf Paschtu).</p></div>',
      ),
      'Paragraph 2 of the story, in which officials said, according to two sources, that the appeal',
      'Unser Musterschreiben für die Anhörung',
    ));
  it('GUARD: reads a story’s paragraph that a bold phrase opens and that links a report as a PDF', () =>
    expect(
      articleText(
        post(
          '<p><strong>Der Bericht</strong> der Kommission (<a href="/downloads/bericht-2026.pdf">PDF</a>) nennt vierzehn Fälle, in denen Schutzberechtigte ihren Status trotz fester Arbeit verloren haben.</p>',
        ),
      ),
    ).toContain('nennt vierzehn Fälle'));

  const guide = storyWith('Aufenthaltsrecht: Fristen im Widerrufsverfahren', 'the deadline');
  itLeavesOutLines(guide, [
    'Haftungsausschluss: Die Informationen in diesem Artikel ersetzen keine anwaltliche Beratung im Einzelfall.',
    'Dieser Ratgeber ersetzt keine individuelle Steuerberatung durch eine Fachperson.',
  ]);
  itReadsSentences(guide, ['Der Anwalt warnt, ein Ratgeber im Internet ersetze keine individuelle Rechtsberatung im Einzelfall.']);
});

describe('an Ameba blog of mix166', () => {
  const blog = jaStoryWith('マイナンバーカードの更新に行ってきました', 'マイナンバー');
  itLeavesOutJapaneseLines(blog, [
    'フォローしていただけると新着記事の通知が届きます♪',
    '楽天ROOMにお気に入りの雑貨を載せています、よかったら見てみてください',
  ]);
  itReadsSentences(blog, [
    '区役所の窓口では、予約アプリをフォローすると混雑状況の通知が届く仕組みも始まった。',
    'よかったら見てください、と店主は笑った。',
  ]);
});

describe('a shop’s guide of mix168', () => {
  const card = (name: string, price: string) =>
    `<div class="col-md-4"><div class="card product-box"><div class="product-badges"><div class="badge">Neu</div></div><a href="/${name}" class="product-image-link"><img src="/${name}.jpg" width="400" height="400" alt=""></a><a href="/${name}" class="product-name">${name}</a><div class="product-description">Leichter Trainingsschuh mit Carbonplatte und 8 mm Sprengung für schnelle Einheiten.</div><div class="product-price-wrapper"><span class="product-price">${price}*</span></div><div class="product-action"><a href="/${name}" class="btn btn-primary">Zum Produkt</a></div></div></div>`;
  const shop = storyAroundWith('Carbon-Laufschuhe: Für wen lohnt sich die Platte?', 'the plate', 'the pace');
  it('leaves out a row of product cards between the guide’s paragraphs', () =>
    expectReadsWithout(
      shop(
        `<div class="cms-block-product-three-column"><div class="row">${card('Tempo Flex 2', '179,95 €')}${card('Race Pro 4', '249,00 €')}${card('Glide Max', '199,95 €')}</div></div>`,
      ),
      'Paragraph 2 of the story, in which officials said, according to two sources, that the pace',
      'Leichter Trainingsschuh mit Carbonplatte',
    ));
  it('GUARD: reads a story’s box of prices with a link to more, no shop button', () =>
    expect(
      articleText(
        shop(
          '<div class="infobox"><p>Die Preise im Vergleich: Ein Paar Einsteigerschuhe kostet im Schnitt 119,00 €, ein Carbonschuh 239,00 €.</p><a href="/preisvergleich">Mehr zum Preisvergleich</a></div>',
        ),
      ),
    ).toContain('Ein Paar Einsteigerschuhe kostet im Schnitt'));
  itLeavesOutLines(storyWith('Winterreifen im Test', 'the tyres'), ['Alle Preise inkl. gesetzl. MwSt., zzgl. Versandkosten.']);
  itReadsSentences(storyWith('Inflation im November', 'the prices'), [
    'Die Preise inklusive Mehrwertsteuer stiegen im November um 2,1 Prozent, zuzüglich Versand sogar stärker.',
  ]);
});
