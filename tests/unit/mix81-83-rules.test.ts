/**
 * What mix81–83 (small and mid-sized sites: a TYPO3 federation, a town's ASP.NET press release, an Elementor trade
 * magazine, a Drupal radio, a Joomla diocesan radio, a Plone chamber of commerce), read sealed on 50c8654, showed: the
 * story's widgets in an Elementor page left out for the builder's "widget" class, a station's name or a section's label in
 * an h1 taken for the headline, and site lines read as the story's; mix82 (Wix, Divi, Blogger) its disclaimers under a post. The cases that are not GUARDs fail on 50c8654. The standfirst left
 * out inside ASP.NET's page-wide `<form>` is mix81's own case (`layout-fixtures.test.ts`).
 */
import { describe, it } from 'vitest';
import { expectReadsWithout, itLeavesOutLines, itReadsSentences } from './site-lines';
import { elementorWidget as widget, load, prose, storyWith } from './story-page';

const story = storyWith('Stadt hält an Partnerschaft mit Changzhou fest', 'the partnership');

describe("an Elementor story's widgets (mix81): the builder's \"widget\" names its blocks, not a sidebar's", () => {
  /** A single-post template (title, the post's own Elementor content, a sidebar column), as mix81's trade magazine is built. */
  const page = () =>
    load(
      `<body><div class="elementor elementor-location-single"><section class="elementor-section"><div class="elementor-column elementor-col-66"><div class="elementor-widget-wrap">` +
        widget(
          'theme-post-title',
          '<h1 class="elementor-heading-title">Paketflut aus Fernost bringt Frachtflughäfen an ihre Grenzen</h1>',
        ) +
        widget(
          'theme-post-content',
          '<div class="elementor" data-elementor-type="wp-post"><section class="elementor-section"><div class="elementor-column"><div class="elementor-widget-wrap">' +
            widget('text-editor', prose('the parcels', 2)) +
            widget('heading', '<h2 class="elementor-heading-title">Die großen Plattformen bauen eigene Netze</h2>') +
            widget(
              'text-editor',
              '<p>Neben Temu und Shein hat auch Alibaba sein Europageschäft über AliExpress in den vergangenen Jahren kräftig ausgebaut, sagen Marktbeobachter.</p>' +
                '<p>Für die Flughäfen ist das zunächst ein gutes Geschäft: Die Frachtmaschinen sind voll ausgelastet, die Entgelte fließen zuverlässig.</p>',
            ) +
            widget(
              'blockquote',
              '<blockquote class="elementor-blockquote"><p>„Wir haben die Flächen, aber nicht genug Menschen, die nachts Pakete scannen.“</p></blockquote>',
            ) +
            widget('text-editor', prose('the hubs', 3)) +
            widget(
              'video',
              '<div class="brlbs-cmpnt-container"><p>Sie sehen gerade einen Platzhalterinhalt von YouTube. Um auf den eigentlichen Inhalt zuzugreifen, klicken Sie auf die Schaltfläche unten.</p><a href="#" role="button">Inhalt entsperren</a></div>',
            ) +
            '</div></div></section></div>',
        ) +
        `</div></div><div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap">${widget('wp-widget-recent-posts', '<h5>Neueste Beiträge</h5><ul><li><a href="/a">Lüttich meldet Rekordmonat</a></li><li><a href="/b">ICS2: Was Spediteure wissen müssen</a></li></ul>')}</div></div></section></div></body>`,
    );
  it("reads the paragraph in the story's second text widget, its subhead and its quote", () => {
    expectReadsWithout(page(), 'auch Alibaba sein Europageschäft', 'Lüttich meldet Rekordmonat');
    expectReadsWithout(page(), 'Die großen Plattformen bauen eigene Netze', 'Platzhalterinhalt von YouTube');
    expectReadsWithout(page(), 'nicht genug Menschen, die nachts', 'ICS2: Was Spediteure');
  });
});

describe("a Joomla station's name in its h1, over the story's h2 (mix83)", () => {
  it('takes the h2 the title names for the headline, not the h1 and the tagline after it', () => {
    const doc = load(
      `<head><title>Z Kabulu do Zambrowa. Afgańska rodzina wyróżniona medalem Caritas - Radio Przystań</title>` +
        `<meta property="og:site_name" content="Radio Przystań – Katolickie Radio Diecezji Łomżyńskiej"></head>` +
        `<body><div id="header"><h1 class="nazwa-rozglosni">Radio Przystań</h1><div class="podtytul">Katolickie Radio Diecezji Łomżyńskiej · Łomża 89,2 FM · Ostrołęka 98,4 FM · Zambrów 104,1 FM</div></div>` +
        `<div class="item-page"><div class="page-header"><h2 itemprop="headline">Z Kabulu do Zambrowa. Afgańska rodzina wyróżniona medalem Caritas</h2></div>` +
        `<div itemprop="articleBody">${prose('the family', 5)}</div></div></body>`,
    );
    expectReadsWithout(doc, 'Z Kabulu do Zambrowa', 'Katolickie Radio Diecezji');
  });
});

describe('a "read also" link on a line of its own in <br>-broken text (mix83)', () => {
  const page = (line: string) =>
    load(
      `<body><main><div class="item-page"><h1>Afgańska rodzina wyróżniona medalem Caritas</h1><div class="tresc-artykulu">` +
        `Pięć lat temu rodzina wyleciała z lotniska w Kabulu, a dziś pomaga sąsiadom w Zambrowie, mówili wolontariusze parafii.<br><br>${line}<br><br>` +
        `Medal odebrał ojciec, ale na scenę wszedł z całą rodziną, a sala długo biła brawo, jak relacjonowali organizatorzy gali.<br><br>` +
        `Rodzina jest muzułmańska, ale od pierwszego roku co roku dostaje zaproszenie na wigilię od sąsiadów z klatki, dodał proboszcz.</div></div></main></body>`,
    );
  it.each([
    [
      '<strong>Czytaj także:</strong> <a href="/caritas/8790-paczki">Paczki na święta. Caritas zbiera dary w parafiach diecezji</a>',
      'Paczki na święta',
    ],
    ['Zobacz także: <a href="/galerie/gala-caritas-2026">Galeria zdjęć z Gali Caritas 2026</a>', 'Galeria zdjęć z Gali'],
  ])('leaves out the link after the label: %s', (line, link) => expectReadsWithout(page(line), 'Medal odebrał ojciec', link));
  it('GUARD: reads a link that runs on in its sentence after "zobacz"', () =>
    expectReadsWithout(
      page('Zobacz także, jak <a href="/x">parafia w Zambrowie</a> przygotowała wigilię dla samotnych.'),
      'parafia w Zambrowie',
      'Zobacz także: Galeria',
    ));
});

describe("a press release's notes to editors, a broadcast note and a channel invitation (mix81, mix83)", () => {
  itLeavesOutLines(story, [
    'Hinweis für Redaktionen: Das Foto steht im Zusammenhang mit dieser Pressemitteilung honorarfrei zur Verfügung.',
    'Hinweis: Die vollständige Auswertung der Umfrage finden Sie unten im Downloadbereich.',
    'Le fotografie della conferenza stampa sono scaricabili dalla sezione Allegati in fondo alla pagina.',
    'Ufficio Stampa – Le immagini allegate sono liberamente utilizzabili dalle testate giornalistiche citando la fonte.',
    'Materiał wyemitowano w Serwisie Informacyjnym Radia Przystań. Posłuchaj relacji poniżej.',
    'Únete al canal de WhatsApp de Onda Andina y recibe las noticias de la región al instante.',
    'Join our WhatsApp channel for the latest news from the region.',
  ]);
  itReadsSentences(story, [
    'Die Stadt stellt die Fotos der Partnerschaft im Rathaus aus, der Eintritt ist frei.',
    'Die Schülerinnen und Schüler finden Sie im Sommer wieder in Changzhou, sagte die Bürgermeisterin.',
    'Join talks on the partnership were held in March, the town said on WhatsApp.',
  ]);
});

describe("a press release's contact box headed by a bold label (mix81)", () => {
  it('leaves out the box after the story', () =>
    expectReadsWithout(
      story(
        '<div class="pmKontakt"><span><b>Für Rückfragen:</b><br>Stadt Wendenbrück – Presse- und Öffentlichkeitsarbeit<br>Tobias Wehling, Telefon 02845 960-112<br>E-Mail: presse@wendenbrueck.example</span></div>',
      ),
      'Paragraph 5 of the story',
      'Tobias Wehling, Telefon',
    ));
  it('GUARD: reads a subhead box whose bold opening is no such label', () =>
    expectReadsWithout(
      story(
        '<div><span><b>Rückfragen aus dem Rat:</b> Die Fraktionen wollen wissen, was die Partnerschaft bisher gekostet hat.</span></div>',
      ),
      'was die Partnerschaft bisher gekostet hat',
      'Tobias Wehling',
    ));
});

describe("a blog's disclaimers under a post (mix82)", () => {
  itLeavesOutLines(story, [
    'This post reflects the views of the author and not necessarily those of the trustees of Meridian Relief Network.',
    'Hinweis: Dieser Beitrag dient der allgemeinen Information und ersetzt keine Rechtsberatung.',
  ]);
  itReadsSentences(story, [
    'The council said the leaflet did not constitute a binding offer, and the partnership would go on.',
    'Die Bürgermeisterin sagte, die Informationsveranstaltung ersetze keine Sitzung des Rates.',
  ]);
});

describe("a section's label in the page's h1 over a TYPO3 news item's own heading (mix81)", () => {
  it('takes the heading the title names for the headline and leaves the label out', () => {
    const doc = load(
      `<head><title>Munition knapp und teuer: Vereine stellen Training um - Schützenverband Weserbergland e.V.</title></head>` +
        `<body><div class="frame"><header><h1 class="element-header">Aktuelles aus dem Verband</h1></header></div>` +
        `<div class="frame frame-type-news_newsdetail"><div class="news news-single"><div class="header"><h3 itemprop="headline">Munition knapp und teuer: Vereine stellen Training um</h3></div>` +
        `<div class="news-text-wrap" itemprop="articleBody">${prose('the ammunition', 5)}</div></div></div></body>`,
    );
    expectReadsWithout(doc, 'Munition knapp und teuer', 'Aktuelles aus dem Verband');
  });
});
