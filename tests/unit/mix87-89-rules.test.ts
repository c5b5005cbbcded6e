/**
 * What mix87–89 (a Hatena blog, a Japanese city's press release in a table layout, a PR TIMES-like release portal, Contao,
 * Webflow, HubSpot, Umbraco, Shopify, Weebly), read sealed on 60cab8c, showed: a government page's note that its PDF files
 * need Adobe's reader, a contact box laid out as a table, a funded project's logos with their
 * line, and a link line opened by "&gt;&gt;" in `<br>`-broken text, all read as the story's. The cases that are not GUARDs
 * fail on 60cab8c.
 */
import { describe, it } from 'vitest';
import { expectReadsWithout, itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';
import { jaStoryWith, load, prose, storyWith } from './story-page';

const story = storyWith('Rotary club welcomes nurses from Afghanistan', 'the programme');
const jaStory = jaStoryWith('武力攻撃を想定した住民避難訓練を実施します', '北朝鮮');

describe("a site's note that its PDF files need Adobe's reader (mix87)", () => {
  itLeavesOutJapaneseLines(jaStory, [
    'PDF形式のファイルを開くには、Adobe Acrobat Reader DC（旧Adobe Reader）が必要です。',
    'ＰＤＦ形式のファイルを閲覧する場合には、アドビリーダーが必要です。お持ちでない方は下のバナーからダウンロードしてください。',
  ]);
  itLeavesOutLines(story, [
    'To view PDF files you need Adobe Reader, which you can download free of charge.',
    'Zum Öffnen der PDF-Dateien benötigen Sie den kostenlosen Adobe Reader.',
  ]);
  itReadsSentences(story, ['Attackers sent PDF files that exploit a flaw in Adobe Reader, and users need to update the program at once.']);
  it("GUARD: reads a Japanese story's sentence on the reader program", () =>
    expectReadsWithout(
      jaStory('<p>PDFファイルを悪用する攻撃が相次ぎ、アドビはAcrobat Readerの更新が必要だと呼びかけた。</p>'),
      'PDFファイルを悪用する攻撃が相次ぎ',
      'Paragraph',
    ));
});

describe("a press release's contact box as a table (mix87)", () => {
  const contactTable =
    '<table class="toiawase"><tr><td bgcolor="#d9e4ef"><b>この記事に関するお問い合わせ先</b></td></tr><tr><td><font size="2">総務部　危機管理課<br>電話：0257-22-1111（内線2315）<br><a href="/form/">メールフォームによるお問い合わせ</a></font></td></tr></table>';
  it("leaves out a contact box whose label is its table's first row", () =>
    expectReadsWithout(jaStory(contactTable), '5回目の協議は来月にも開かれる見通しで', '内線2315'));
  it('leaves out an English one too', () =>
    expectReadsWithout(
      story(
        '<table><tr><td><strong>Media contact</strong></td></tr><tr><td>Dana Price, communications officer<br>Tel. 0161 555 0100</td></tr></table>',
      ),
      'Paragraph 5 of the story',
      'communications officer',
    ));
  it("GUARD: reads a release's company profile, which the sets' readers judged both ways (mix14, mix87)", () =>
    expectReadsWithout(
      jaStory(
        '<h2>■ 会社概要</h2><table><tbody><tr><th>会社名</th><td>まなびリンク株式会社</td></tr><tr><th>所在地</th><td>東京都品川区大崎二丁目11番1号</td></tr><tr><th>代表者</th><td>代表取締役CEO　森川早苗</td></tr><tr><th>事業内容</th><td>オンライン学習サービスの企画・開発・運営</td></tr></tbody></table>',
      ),
      'オンライン学習サービスの企画',
      'Paragraph',
    ));
  it("GUARD: reads a story's table whose first row is one cell that is not a label", () =>
    expectReadsWithout(
      jaStory('<table><tr><td>お問い合わせ件数の推移</td></tr><tr><td>2025年度は1万2千件、電話による相談が6割を占めた。</td></tr></table>'),
      '電話による相談が6割を占めた',
      'Paragraph',
    ));
});

describe("a funded project's logos and their line (mix86, mix89)", () => {
  it("leaves out the line beside the funders' logos", () =>
    expectReadsWithout(
      story(
        '<div class="partner-logos"><p>Dit project is mede gefinancierd door de Provincie Gelderland en het Europees Sociaal Fonds+.</p><ul><li><img src="/media/logo-provincie.png" alt="Provincie Gelderland"></li><li><img src="/media/logo-esf-plus.png" alt="Medegefinancierd door de Europese Unie"></li></ul></div>',
      ),
      'Paragraph 5 of the story',
      'mede gefinancierd',
    ));
  it("GUARD: reads a story's captioned picture of a project the EU co-financed", () =>
    expectReadsWithout(
      story(
        '<figure><img src="/images/bridge-opening.jpg" alt="The new bridge over the Oder"><figcaption>The bridge, co-financed by the European Union, opened in May.</figcaption></figure>',
      ),
      'co-financed by the European Union, opened in May',
      'Paragraph 9',
    ));
  itReadsSentences(story, ['The programme is co-funded by the European Social Fund, the ministry said, and runs until 2028.']);
});

describe('a link line opened by arrows in `<br>`-broken text (mix89)', () => {
  const weebly = (line: string) =>
    load(
      `<body><div id="wsite-content"><h2 class="blog-title">Sunday XI win the division title</h2><div class="blog-content"><div class="paragraph">${prose(
        'the title',
        4,
      ).replace(/<\/?p>/g, '<br><br>')}${line}<br></div></div></div></body>`,
    );
  it('leaves out "&gt;&gt; Read the full match report …" as an onward link', () =>
    expectReadsWithout(
      weebly(
        '<a href="/club-news/full-scorecard"><font color="#1f4d2b"><strong>&gt;&gt; Read the full match report and scorecard here</strong></font></a>',
      ),
      'Paragraph 3 of the story',
      'Read the full match report',
    ));
  it('GUARD: reads a link that ends a sentence of the story', () =>
    expectReadsWithout(
      weebly('The club thanked <a href="/sponsors">everyone who gave to the appeal &gt;&gt; and the league</a>.'),
      'everyone who gave to the appeal',
      'Paragraph 9',
    ));
});
