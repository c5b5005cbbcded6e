/**
 * What mix100–102 showed, read sealed on 1d17ceb and its narrowing (872d7d5) for a measure only, then acted on: a WPBakery
 * association's members-only notice and press-office line, a JIN magazine's affiliate notice and its "この記事を書いた人" box;
 * a French site's Complianz placeholder, a Dutch NGO's cookie placeholder, donation box and "appeared earlier" note, an Ameba
 * blog's thanks for reading and its LINE prompt; a think tank's series note and its line on itself, a Spanish broadcaster's
 * line on the programme a report aired in and its tip line; and a Polish town office's name in its `h1` taken for the headline,
 * with its news ticker for a standfirst. The cases that are not GUARDs fail on 91ba792.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { expectReadsWithout, itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';
import { jaStoryWith, load, prose, storyAroundWith, storyWith } from './story-page';

const story = storyWith('Association presses Alibaba.com on new dispute rules', 'the association');
const jaStory = jaStoryWith('冬の納沙布岬で北方領土を望む', '北方領土');

describe('site lines of mix100–102', () => {
  itLeavesOutLines(story, [
    'Members only: The full meeting note and our template evidence checklist are available in the Members’ Area. Please log in to download them.',
    'For media enquiries please contact the CBSA press office on +44 (0)20 7946 0330 or press@cbsa-uk.example. CBSA represents UK and Irish businesses.',
    'Deze video wordt pas geladen als je cookies voor YouTube accepteert.',
    'Dit artikel verscheen eerder in een kortere versie in ons donateursblad Open Klas Nieuws (nr. 4, 2026).',
    'This commentary is part of CFPR’s Afghanistan: Five Years On series, supported by a grant from the Halvorsen Foundation.',
    'Commentary is produced by the Center for Frontier Policy Research (CFPR), a private, tax-exempt institution focusing on international public policy issues. Its research is nonpartisan and nonproprietary. CFPR does not take specific policy positions. Accordingly, all views, positions, and conclusions expressed in this publication should be understood to be solely those of the author(s).',
    'Reportaje emitido en la edición de mediodía de los informativos de Canal Meseta TV. Consulta la edición completa en A la carta.',
    'Si conoces una historia de tu pueblo que debamos contar, escríbenos a participa@canalmeseta.example o por WhatsApp al 600 123 456.',
  ]);
  itLeavesOutJapaneseLines(jaStory, [
    '※本記事はプロモーション（アフィリエイト広告）を含みます。',
    '最後までお読みいただき、ありがとうございました。',
  ]);
  it("leaves out an Ameba blog's LINE prompt after its bold name", () =>
    expectReadsWithout(
      jaStory(
        '<div><b>中村ゆうこ 公式LINE</b>はじめました！<br>友だち登録していただくと、議会報告や市政報告会のお知らせをいち早くお届けします。<br><a href="https://lin.ee.example/nakamura">▶︎友だち追加はこちら</a></div>',
      ),
      '5回目の協議は来月にも開かれる見通しで',
      '議会報告や市政報告会',
    ));
  it('leaves out a "この記事を書いた人" box inside the story\'s box', () =>
    expectReadsWithout(
      jaStory(
        '<div id="jin-profile" class="profile-card"><div class="profile-card-title">この記事を書いた人</div><div class="profile-card-inner"><div class="profile-name">ゆきえ</div><div class="profile-desc">札幌在住の旅ライター。道内179市町村のうち142市町村を訪問済み。ローカル線と岬と喫茶店が好きで、冬でも海沿いを歩きがち。</div></div></div>',
      ),
      '5回目の協議は来月にも開かれる見通しで',
      '札幌在住の旅ライター',
    ));
  it("leaves out a Complianz placeholder in an embed's figure", () =>
    expectReadsWithout(
      story(
        '<figure class="wp-block-embed is-type-video"><div class="wp-block-embed__wrapper"><div class="cmplz-placeholder-parent"><iframe src="about:blank"></iframe><div class="cmplz-blocked-content-notice"><p>Cliquez pour accepter les cookies marketing et activer ce contenu</p></div></div></div></figure>',
      ),
      'Paragraph 5 of the story',
      'Cliquez pour accepter',
    ));
  it('leaves out a donation box with its "/doneren" button between the paragraphs', () =>
    expectReadsWithout(
      storyAroundWith(
        'Huiskamerklassen in Kabul',
        'the network',
        'the lessons',
      )(
        '<div class="not-prose my-10 rounded-2xl bg-teal-700 p-6"><p class="font-serif text-xl font-bold">Help een meisje de winter door</p><p class="mt-2">Met € 30 betaal je een jaar lang databundels en werkboekjes voor één leerling in Kabul of Herat.</p><a href="/doneren?bedrag=30" class="mt-5 inline-flex rounded-full">Doneer nu</a></div>',
      ),
      'that the lessons was discussed',
      'Met € 30 betaal je',
    ));
  itReadsSentences(story, [
    'Members only: the club voted to keep its bar closed to guests, and the committee said it would log in the results on Monday.',
    'For media enquiries about the strike, the union said, reporters had been told to call the regional office, which never answered.',
    'This video of the protest was shared widely after cookies were thrown at the minister, who did not accept an apology.',
    'Dit artikel verscheen in 1994 in het clandestiene blad, zegt Hermans, en leidde tot de arrestatie van de drukker.',
    'The report is produced by the ministry, a private contractor and two universities, and will be published in March.',
    'Si conoces una historia así, dijo la alcaldesa, entenderás por qué el pueblo se volcó con la familia desde el primer día.',
  ]);
  itReadsSentences(jaStoryWith('市がLINEで防災情報を配信', '防災情報'), [
    '市によると、「友だち登録すると、避難情報をいち早くお届けします」という案内に、3日間で2000人が登録したということです。',
  ]);
});

describe("a town office's news item under its name in an h1 (mix102)", () => {
  const page = (title: string) =>
    load(
      `<head><title>${title}</title></head><body><div id="naglowek"><h1 class="nazwa">Urząd Miejski w Starym Dębniku</h1><div class="podtytul">Gmina Stary Dębnik – powiat dębnicki</div></div>` +
        '<div id="ticker"><marquee><span>UWAGA! Od 1 stycznia 2027 r. zmianie ulegają stawki opłat za odbiór odpadów komunalnych – szczegóły w zakładce Gospodarka odpadami.</span></marquee></div>' +
        '<div id="kolumny"><div id="menu_lewe"><ul><li><a href="/gmina">Gmina</a></li><li><a href="/urzad">Urząd</a></li></ul></div><div id="tresc"><div class="artykul">' +
        '<h2 class="tytul_artykulu">Eksport bez tajemnic – bezpłatne szkolenie dla przedsiębiorców z gminy</h2><div class="data_artykulu">Data dodania: 2026-12-02 10:14</div>' +
        `<div class="tekst">${prose('the training', 6)}</div></div></div></div></body>`,
    );
  it('takes the h2 that opens the title for the headline, not the office in the h1, and leaves its ticker out', () => {
    const text = articleText(
      page('Eksport bez tajemnic – bezpłatne szkolenie dla przedsiębiorców z gminy - Aktualności - Urząd Miejski w Starym Dębniku'),
    );
    expect(text).toContain('Eksport bez tajemnic');
    expect(text).toContain('Paragraph 5 of the story');
    expect(text).not.toContain('zmianie ulegają stawki');
    expect(text).not.toContain('Urząd Miejski w Starym Dębniku');
  });
});

describe("a TYPO3 Bootstrap Package picture box (mix97's caption)", () => {
  const textpic = (figure: string) =>
    `<div class="textpic textpic-above"><div class="textpic-item textpic-gallery"><div class="gallery-row"><div class="gallery-item gallery-item-size-1">${figure}</div></div></div><div class="textpic-item textpic-text"><p class="lead">Der Verein schlägt Alarm: Mehr als 140 Angehörige warten seit über zwei Jahren auf einen Termin an einer Botschaft.</p></div></div>`;
  const page = (figure: string) => storyAroundWith('Familiennachzug: 140 Angehörige warten', 'der Verein', 'die Lage')(textpic(figure));
  it("reads the caption of the story's one picture in a box named a gallery", () =>
    expect(
      articleText(
        page(
          '<figure class="image"><picture><source srcset="/a.jpg 1x"><img src="/a.jpg" alt="Mahnwache" width="1100" height="619"></picture><figcaption class="caption">Bei einer Mahnwache vor dem Linzer Landhaus erinnerten Betroffene an ihre Angehörigen.</figcaption></figure>',
        ),
      ),
    ).toContain('Bei einer Mahnwache vor dem Linzer Landhaus'));
  it("GUARD: leaves out a lightbox gallery's caption, as before", () =>
    expect(
      articleText(
        page(
          '<figure><a class="lightbox" href="/big.jpg"><img src="/a.jpg" alt=""></a><figcaption>Abbildung 4: Die grösste Lawine dieser Berichtsperiode wurde am Gürgaletsch ausgelöst.</figcaption></figure>',
        ),
      ),
    ).not.toContain('Die grösste Lawine'));
});
