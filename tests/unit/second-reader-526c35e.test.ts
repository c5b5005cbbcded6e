/**
 * A second reader's probes of the rules 526c35e added or widened, against 60cab8c: a PDF-reader note as a publisher's note
 * (isPdfReaderNote, now PDF_READER), a table labelled as back matter or a contact box (tableLabel, Japanese CONTACT_LABEL), a funding note
 * beside a logo (isFundingNote), and a ">>" line as an onward link (READ_ALSO). Probes (no "GUARD" in the name) assert the
 * story's reading and all fail on 526c35e; all but the ">> Settings" how-to step pass on 60cab8c. GUARDs pass on 526c35e;
 * the PDF note, the ERDF line and the 「お問い合わせ」 table fail on 60cab8c (what 526c35e rightly added). The commit after
 * 526c35e narrows the rules so that every probe but the ">> Settings" step (`it.fails`) passes.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { expectReadsWithout, itReadsStoryLines } from './site-lines';
import { jaStoryWith, load, prose, storyWith } from './story-page';

const security = storyWith('Adobe patches Reader flaw already used in attacks', 'the flaw');
const deSecurity = storyWith('BSI warnt vor Sicherheitslücke im Adobe Reader', 'die Lücke');
const jaSecurity = jaStoryWith('アドビ、Readerの脆弱性を修正', '脆弱性');
const funding = storyWith('Region wins new money for its tram and port projects', 'the funding');
const jaCity = jaStoryWith('特殊詐欺の被害が急増、県警が相談窓口を拡充', '特殊詐欺');

describe("isPdfReaderNote: a story's sentence on Adobe's reader, worded to or about its users", () => {
  itReadsStoryLines(security, [
    // An English security story: "you" addressed to the story's readers, as such stories are written.
    'If you open PDF attachments in Adobe Acrobat Reader, you need to install the update today, the company said.',
    // A quote in a story on government forms.
    '“You need Adobe Reader to fill in the PDF, and half our members do not have it,” said the union’s spokeswoman.',
  ]);
  itReadsStoryLines(deSecurity, [
    // German: "sie" (they), lower case, is no address to the reader.
    'Betroffen sind Nutzer, die PDF-Dateien mit dem Adobe Acrobat Reader öffnen; laut BSI ist ein Update erforderlich, weil sie sonst angreifbar bleiben.',
    // German: a sentence opening "Um …".
    'Um die Lücke zu schließen, ist ein Update des Adobe Reader erforderlich, das Angriffe über präparierte PDF-Dateien verhindert.',
  ]);
  itReadsStoryLines(storyWith('Adobe corrige une faille critique de Reader', 'la faille'), [
    // French: "je" in a quote.
    '« Je ne savais pas qu’une mise à jour d’Adobe Reader était nécessaire pour ouvrir ce PDF », raconte une victime.',
  ]);
  itReadsStoryLines(storyWith('Adobe corrige un fallo crítico en Reader', 'el fallo'), [
    // Spanish: a sentence opening "Para los expertos …".
    'Para los expertos, Adobe Acrobat Reader necesita una actualización urgente, ya que circulan archivos PDF maliciosos.',
  ]);
  itReadsStoryLines(storyWith('Adobe dicht lek in Acrobat Reader', 'het lek'), [
    // Dutch: a sentence opening "Om …".
    'Om het lek te dichten is een update van Adobe Acrobat Reader nodig, meldt het NCSC; kwaadaardige PDF-bestanden circuleren al.',
  ]);
  it("reads a Japanese story's sentence: 「PDFを開く際には…Adobe Reader…必要」", () =>
    expectReadsWithout(
      jaSecurity('<p>PDFファイルを開く際にはAdobe Acrobat Readerを使う人が多く、同社は最新版への更新が必要だと呼びかけている。</p>'),
      '最新版への更新が必要だと呼びかけている',
      'Paragraph',
    ));
  it("GUARD: leaves out a government page's note that its PDF files need Adobe Reader", () =>
    expectReadsWithout(
      security('<p>PDF documents on this page require Adobe Acrobat Reader, which you can download free of charge.</p>'),
      'Paragraph 5 of the story',
      'PDF documents on this page',
    ));
});

describe("isFundingNote: a story's picture or box whose caption names European money", () => {
  it("reads a figure of EU flags whose caption says the region's projects were co-financed", () =>
    expectReadsWithout(
      funding(
        '<figure><img src="/media/2025/eu-flags-berlaymont.jpg" alt="EU flags outside the Berlaymont building in Brussels"><figcaption>Brussels has co-financed more than 200 projects in the region through the European Regional Development Fund since 2014.</figcaption></figure>',
      ),
      'co-financed more than 200 projects in the region',
      'Paragraph 9',
    ));
  it('reads a German figure of the Europaplatz: "Vom Land gefördert wird auch der Umbau des Europaplatzes …"', () =>
    expectReadsWithout(
      storyWith(
        'Umbau des Europaplatzes beginnt im Frühjahr',
        'der Umbau',
      )(
        '<figure><img src="/bilder/2025/europaplatz-entwurf.jpg" alt="Entwurf für den neuen Europaplatz"><figcaption>So soll der Platz 2027 aussehen. Vom Land gefördert wird auch der Umbau des Europaplatzes, mit 4,2 Millionen Euro.</figcaption></figure>',
      ),
      'Vom Land gefördert wird auch der Umbau',
      'Paragraph 9',
    ));
  it('reads a finance story\'s stock picture ("financial-district") whose caption names Europe', () =>
    expectReadsWithout(
      storyWith(
        'Green bonds hit a record as banks chase climate deals',
        'the bonds',
      )(
        '<figure><img src="/images/2025/financial-district-frankfurt.jpg" alt="Frankfurt skyline"><figcaption>Banks in Frankfurt funded nearly a third of Europe’s green bond issues in the first half of the year.</figcaption></figure>',
      ),
      'funded nearly a third of Europe',
      'Paragraph 9',
    ));
  it('reads a WordPress media-and-text block: a picture and a paragraph on the EU-funded tram', () =>
    expectReadsWithout(
      funding(
        '<div class="wp-block-media-text"><figure class="wp-block-media-text__media"><img src="/wp-content/uploads/2025/03/tram-eu-funding.jpg" alt="The new low-floor tram at the depot"></figure><div class="wp-block-media-text__content"><p>The 14 new trams, funded with €38 million from the EU’s Cohesion Fund, enter service in September on lines 2 and 5.</p></div></div>',
      ),
      'The 14 new trams, funded with',
      'Paragraph 9',
    ));
  it('reads a caption of the commissioner signing, in a classed caption box', () =>
    expectReadsWithout(
      funding(
        '<div class="wp-caption"><img src="/uploads/signing-european-commission.jpg" alt="Commissioner and mayor at the signing"><p class="wp-caption-text">Commissioner Elisa Ferreira and mayor Tom Visser sign the €120 million deal, co-funded by the European Investment Bank.</p></div>',
      ),
      'sign the €120 million deal',
      'Paragraph 9',
    ));
  it('GUARD: leaves out a funding line beside the ERDF logo', () =>
    expectReadsWithout(
      funding(
        '<div class="funders"><img src="/img/logo-erdf.png" alt="European Regional Development Fund"><p>This project is part-financed by the European Regional Development Fund.</p></div>',
      ),
      'Paragraph 5 of the story',
      'part-financed by the European',
    ));
});

describe("tableLabel / Japanese CONTACT_LABEL: a story's own table headed by a contact-like label", () => {
  it("reads a Japanese story's table of consultation lines labelled 「問い合わせ先」", () =>
    expectReadsWithout(
      jaCity(
        '<table><tr><td><b>問い合わせ先</b></td></tr><tr><td>県警察本部 特殊詐欺相談専用ダイヤル　電話：#9110（平日8時30分～17時15分）</td></tr><tr><td>消費者ホットライン　電話：188（土日祝日も受け付け）</td></tr></table>',
      ),
      '特殊詐欺相談専用ダイヤル',
      'Paragraph',
    ));
  it("GUARD: leaves out a release's contact box as a table labelled 「お問い合わせ」", () =>
    expectReadsWithout(
      jaCity('<table><tr><td>お問い合わせ</td></tr><tr><td>広報課　報道担当<br>電話：03-1234-5678（内線301）</td></tr></table>'),
      '5回目の協議は来月にも開かれる見通しで',
      '内線301',
    ));
});

describe('READ_ALSO ">>": a story\'s own line that is a link opening with arrows', () => {
  const story = storyWith('How to turn off ad tracking on your phone', 'the settings');
  // FAILS on 60cab8c too, so not READ_ALSO's doing (its arrows now need words of going on): a paragraph that is wholly a link
  // is read as a link line elsewhere. A how-to's step written so is rare; left open.
  it.fails('reads a how-to step written as a linked menu path (">> Settings >> Privacy")', () =>
    expectReadsWithout(
      story(
        '<p><a href="https://support.example.com/privacy-settings">&gt;&gt; Settings &gt;&gt; Privacy &amp; Security &gt;&gt; Tracking, then switch off “Allow Apps to Request to Track”</a></p>',
      ),
      'Allow Apps to Request to Track',
      'Paragraph 9',
    ),
  );
  it('reads a quoted forum post line opening with ">>" that is a link in `<br>`-broken text', () => {
    const text = articleText(
      load(
        `<body><div id="wsite-content"><h2 class="blog-title">The night the forum predicted the final</h2><div class="blog-content"><div class="paragraph">${prose(
          'the prediction',
          4,
        ).replace(
          /<\/?p>/g,
          '<br><br>',
        )}<a href="/forum/thread/4471#post-88">&gt;&gt; Mark my words, Rovers win it 2-1 with a late header from Okafor</a><br></div></div></div></body>`,
      ),
    );
    expect(text).toContain('Mark my words, Rovers win it 2-1');
  });
  it('GUARD: leaves out a "&gt;&gt; Zum Liveticker" link line', () =>
    expectReadsWithout(
      story('<p><a href="/liveticker/123">&gt;&gt; Zum Liveticker: alle Ergebnisse des Spieltags</a></p>'),
      'Paragraph 5 of the story',
      'Zum Liveticker',
    ));
});
