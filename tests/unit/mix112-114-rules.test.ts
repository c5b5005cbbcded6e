/**
 * What mix112–114 showed, read sealed on bef7652: a Romanian tagDiv site's Google News line, tip line and rights line; an NGO's
 * donation box whose button goes to its `give.` host; a Dutch broadcaster's tip box; a Spanish daily's WhatsApp channel line and
 * its caption's "photographer / paper" line; a BLOX paper whose subhead sits in a header box named `meta` with the h1, and whose
 * lead picture is a carousel's with a "Buy Now" button; an Austrian municipality's page under an h1 "Nachrichten" with an
 * office notice above the story's title cell, and its pointer to the gallery; a Japanese city's release closing with notes to
 * reporters broken by `<br>`. The cases that are not GUARDs fail on bef7652.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaStoryWith, load, prose, storyWith } from './story-page';
import { expectReadsWithout, itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';

const story = storyWith('Bakery reopens after the flood', 'the reopening');

describe('site lines of mix112–114', () => {
  itLeavesOutLines(story, [
    'Urmărește Gazeta de Nord și pe Google News, ca să afli primul ce se întâmplă în oraș.',
    'Ai o informație de interes public? Scrie-ne pe WhatsApp sau pe adresa redactie@gazetadenord.example.',
    '© Gazeta de Nord. Preluarea integrală a materialelor este interzisă fără acordul scris al redacției.',
    'Heb je een tip voor de redactie? Mail naar tips@omroepwest.example of stuur ons een bericht.',
    'Sigue toda la información de la comarca en nuestro canal de WhatsApp y activa las notificaciones.',
    'Weitere Fotos vom Adventmarkt finden Sie in der Bildergalerie unten.',
    'More photos from the parade are in the gallery below.',
  ]);
  itLeavesOutJapaneseLines(jaStoryWith('証言映像を公開します', '北方領土'), ['※本資料は、市政記者クラブに配付しています。']);
  it("leaves out a release's notes to reporters broken by <br> in one paragraph", () =>
    expectReadsWithout(
      jaStoryWith(
        '証言映像を公開します',
        '北方領土',
      )(
        '<div class="box_note"><p>※当日の取材を希望される報道機関の方は、前日正午までに担当課まで御連絡ください。<br>※本資料は、市政記者クラブに配付しています。</p></div>',
      ),
      '5回目の協議は来月にも開かれる見通しで',
      '当日の取材を希望される',
    ));
  it('GUARD: reads a paragraph broken by <br> when only one of its lines is a note', () =>
    expect(
      articleText(
        jaStoryWith(
          '証言映像を公開します',
          '北方領土',
        )('<p>証言の収録は来年度も続け、合計50人分を目指します。<br>※本資料は、市政記者クラブに配付しています。</p>'),
      ),
    ).toContain('合計50人分を目指します'));
  itReadsSentences(story, [
    'Weitere Bilder des Fotografen sehen Sie bis Ende Jänner in der Galerie Stadtpark.',
    'View more pictures of the artist in the gallery below the museum entrance.',
  ]);
});

describe('boxes and lead parts of mix112–114', () => {
  // This small page was read right before too; mix112's NGO page (layout-fixtures) is the probe, its box a component among many.
  it("GUARD: leaves out a donation box whose button goes to the site's give. host", () =>
    expectReadsWithout(
      load(
        `<head><link rel="canonical" href="https://www.harbourrelief.example/en/stories/winter"></head><body><main><article><h1>Winter comes early to the camps</h1><div class="rich-text">${prose('the camps', 6)}</div><div class="component plain-html c-donate-inline"><p>Families like these are counting on support this winter. Every gift goes directly to cash, fuel and health care.</p><a href="https://give.harbourrelief.example/winter?src=STORY" class="btn">Donate to the Winter Appeal</a></div></article></main></body>`,
      ),
      'Paragraph 5 of the story',
      'counting on support this winter',
    ));
  it('leaves out the "photographer / paper" line after a caption in its figure', () =>
    expectReadsWithout(
      load(
        `<body><article><h1>La filial logística proyecta un almacén</h1><figure><img src="/a.jpg" width="860" height="484" alt=""><figcaption><span class="cap">Vista aérea de la parcela junto al enlace de la autovía.</span> <span class="au">Marta Ruiz Ortega / El Diario del Valle</span></figcaption></figure><div class="body">${prose('the warehouse', 6)}</div></article></body>`,
      ),
      'Vista aérea de la parcela',
      'Marta Ruiz Ortega',
    ));

  const bloxPage = (pictures: string) =>
    load(
      `<body><div class="asset story"><div class="asset-masthead"><header class="asset-header"><div class="meta"><span class="kicker"><a href="/news/">Local News</a></span><h1 class="headline"><span>Korean War soldier to be buried at home, 76 years later</span></h1><h2 class="subhead"><span>His remains were among the boxes handed over in 2018 and named this autumn</span></h2><ul class="list-inline"><li><span class="tnt-byline">By Dana Whit</span></li></ul></div></header></div><div class="asset-photo">${pictures}</div><div class="asset-body"><div itemprop="articleBody">${prose('the soldier', 6)}</div></div></div></body>`,
    );
  it('reads the subhead in a header box named meta that holds the headline, and a slideshow\'s lead caption beside its "Buy Now" button', () => {
    const text = articleText(
      bloxPage(
        '<div id="photo-carousel-1" class="photo-carousel carousel slide"><div class="carousel-inner"><div class="item active"><figure class="photo"><div class="image"><img src="/p1.jpg" width="750" height="500" alt=""></div><figcaption class="caption"><div class="caption-text"><p>His niece holds a 1949 photograph of her uncle at her home on Tuesday.</p></div><div class="buy-now"><a href="/photos/buy/?uuid=1" class="btn">Buy Now</a></div></figcaption></figure></div></div><div class="carousel-controls"><a href="#photo-carousel-1" data-slide="prev">Previous</a><a href="#photo-carousel-1" data-slide="next">Next</a></div></div>',
      ),
    );
    expect(text).toContain('His remains were among the boxes');
    expect(text).toContain('His niece holds a 1949 photograph');
  });
  it("GUARD: leaves out a teaser carousel's captions after the headline", () =>
    expectReadsWithout(
      bloxPage(
        '<div class="carousel slide"><div class="carousel-inner"><div class="item active"><figure class="photo"><img src="/p2.jpg" width="750" height="500" alt=""><figcaption class="caption"><p>Veterans gather at the memorial for the unveiling of fourteen new names.</p><a href="/news/memorial-adds-names/">Read the story</a></figcaption></figure></div></div></div>',
      ),
      'Paragraph 5 of the story',
      'Veterans gather at the memorial',
    ));

  it("takes the story's title cell as the headline under a section's h1, not the office notice above it", () => {
    const text = articleText(
      load(
        `<head><title>Ehrenring der Marktgemeinde für Dr. Margarethe Lindner - Marktgemeinde St. Veit</title></head><body><table><tr><td id="inhalt"><h1 class="seitentitel">Nachrichten</h1><div class="amtlich"><span class="amtlich_titel">Amtliche Mitteilung</span><br>Das Gemeindeamt bleibt am Montag, 7. Dezember, geschlossen. Das Altstoffsammelzentrum ist am Samstag wie gewohnt geöffnet.</div><table class="newsdetail"><tr><td><span class="newsdatum">03.12.2026</span></td></tr><tr><td class="newstitel"><span class="ueberschrift1">Ehrenring der Marktgemeinde für Dr. Margarethe Lindner</span></td></tr><tr><td>${prose('the ceremony', 6)}</td></tr></table></td></tr></table></body>`,
      ),
    );
    expect(text).toContain('Ehrenring der Marktgemeinde für Dr. Margarethe Lindner');
    expect(text).toContain('Paragraph 5 of the story');
    expect(text).not.toContain('Das Gemeindeamt bleibt');
  });
});
