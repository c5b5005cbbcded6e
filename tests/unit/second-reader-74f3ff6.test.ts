/**
 * A second reader's probes of the rules 74f3ff6 added or widened, against 50c8654: Elementor's story widgets no longer
 * weighed down for "widget" (so the site's own widgets after the story are read too), a standfirst inside a form that holds
 * the article (so an ASP.NET/DNN page's side column between the headline and the text is read as one), JOIN_CHANNEL and
 * PRESS_NOTE as stock lines (so story sentences worded alike are left out), and BACK_MATTER's bold label and trailing colon
 * (so a story's info box is left out). Every probe (no "GUARD" in its name) fails on 74f3ff6; the describes say whether it
 * passes on 50c8654. The GUARDs pass on 74f3ff6; three of them (the site's own channel invitation, a note to editors, a
 * contact box under a bold label) are what 74f3ff6 rightly added and fail on 50c8654.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { expectReadsWithout, itReadsSentences, itReadsStoryLines } from './site-lines';
import { elementorWidget as widget, load, prose, storyWith } from './story-page';

const story = storyWith('Stadt hält an Partnerschaft mit Changzhou fest', 'the partnership');

/** An Elementor single-post template: title, post info, the post's content (six paragraphs), then `after` in the same column. */
const elementorPost = (headline: string, topic: string, after: string) =>
  load(
    `<body><div class="elementor elementor-location-single"><section class="elementor-section"><div class="elementor-container"><div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap">` +
      widget('theme-post-title', `<h1 class="elementor-heading-title">${headline}</h1>`) +
      widget('post-info', '<ul class="elementor-icon-list-items"><li>12. März 2025</li><li>Redaktion</li></ul>') +
      widget('theme-post-content', prose(topic, 6)) +
      after +
      `</div></div></div></section></div></body>`,
  );
const parcels = (after: string) => elementorPost('Paketflut aus Fernost bringt Frachtflughäfen an ihre Grenzen', 'the parcels', after);
const boilerplate =
  '<p>Das Fachmagazin Logistik Aktuell erscheint seit 1998 zehnmal im Jahr und richtet sich an Entscheider in Spedition, Lagerwirtschaft und Handel.</p>';

describe("Elementor (STORY_WIDGET): the site's text-editor and heading widgets after the post's content are read with it; all pass on 50c8654", () => {
  it('leaves out the author\'s box (a heading widget "Über die Autorin" and a text-editor widget)', () =>
    expectReadsWithout(
      parcels(
        widget('heading', '<h3 class="elementor-heading-title">Über die Autorin</h3>') +
          widget(
            'text-editor',
            '<p>Jana Pohl schreibt seit 2015 für Logistik Aktuell über Häfen, Flughäfen und Lieferketten. Zuvor arbeitete sie acht Jahre bei einer Hamburger Reederei.</p>',
          ),
      ),
      'Paragraph 5 of the story',
      'Jana Pohl schreibt seit 2015',
    ));
  it("leaves out the magazine's description of itself", () =>
    expectReadsWithout(parcels(widget('text-editor', boilerplate)), 'Paragraph 5 of the story', 'erscheint seit 1998 zehnmal'));
  it("leaves out a newsletter pitch over the builder's form widget", () =>
    expectReadsWithout(
      parcels(
        widget(
          'text-editor',
          '<p>Sie möchten keine Nachricht aus der Logistikbranche verpassen? Jeden Donnerstag fassen wir die wichtigsten Meldungen der Woche für Sie zusammen.</p>',
        ) +
          widget(
            'form',
            '<form class="elementor-form"><input type="email" name="form_fields[email]" placeholder="E-Mail-Adresse"><button type="submit">Anmelden</button></form>',
          ),
      ),
      'Paragraph 5 of the story',
      'keine Nachricht aus der Logistikbranche',
    ));
  it("leaves out a French business site's description of itself", () =>
    expectReadsWithout(
      elementorPost(
        'Lyon : la Métropole lance un fonds pour les commerces de centre-ville',
        'the fund',
        widget(
          'text-editor',
          '<p>Lyon Entreprises est un média indépendant consacré à l’actualité économique de la métropole lyonnaise depuis 2004, édité par une société de presse basée à Villeurbanne.</p>',
        ),
      ),
      'Paragraph 5 of the story',
      'Lyon Entreprises est un média',
    ));
  it("leaves out a local paper's appeal for donations, its button in a widget of its own", () =>
    expectReadsWithout(
      elementorPost(
        'Council approves new cycle lanes on the high street',
        'the lanes',
        widget('heading', '<h3 class="elementor-heading-title">Support local news</h3>') +
          widget(
            'text-editor',
            '<p>The Valley Chronicle is run by a small team of volunteers and relies on readers like you. Every contribution, however small, keeps our reporting free for everyone.</p>',
          ) +
          widget('button', '<a class="elementor-button" href="/donate"><span class="elementor-button-text">Donate</span></a>'),
      ),
      'Paragraph 5 of the story',
      'relies on readers like you',
    ));
});

describe("Elementor (STORY_WIDGET): the magazine's description over a posts grid; fails on 50c8654 too (there the grid's teasers are read and the story's last paragraphs left out)", () => {
  it('reads the whole story and leaves out the description', () =>
    expectReadsWithout(
      parcels(
        widget('text-editor', boilerplate) +
          widget('heading', '<h2 class="elementor-heading-title">Das könnte Sie auch interessieren</h2>') +
          widget(
            'posts',
            '<article class="elementor-post"><h3 class="elementor-post__title"><a href="/lüttich-rekord">Lüttich meldet Rekordmonat</a></h3><p>Der Frachtflughafen meldet so viele Pakete wie nie zuvor.</p></article>' +
              '<article class="elementor-post"><h3 class="elementor-post__title"><a href="/ics2">ICS2: Was Spediteure wissen müssen</a></h3><p>Die neue Zollmeldung gilt ab Juni für alle Sendungen.</p></article>',
          ),
      ),
      'Paragraph 5 of the story',
      'erscheint seit 1998 zehnmal',
    ));
});

/** A page inside ASP.NET's page-wide form: the headline over two columns, `left` in the left one, the text in the right. */
const webForm = (action: string, headline: string, left: string, topic: string, summary = '') =>
  load(
    `<body><form method="post" action="${action}" id="Form"><div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk"></div>` +
      `<div id="dnn_HeaderPane" class="HeaderPane"><a href="/">Startseite</a></div><div id="dnn_TopPane" class="TopPane"><div class="DnnModule DnnModule-EasyDNNnews"><h1 class="edn_articleTitle">${headline}</h1></div></div>` +
      `<div class="row"><div id="dnn_LeftPane" class="LeftPane col-md-3">${left}</div>` +
      `<div id="dnn_ContentPane" class="ContentPane col-md-9"><div class="DnnModule DnnModule-EasyDNNnews">${summary}<div class="edn_articleContent">${prose(topic, 6)}</div></div></div></div></form></body>`,
  );

describe("a standfirst inside a form around the article (inFigureOrForm): a DNN/WebForms page's left column between headline and text read as the standfirst; all pass on 50c8654", () => {
  it("leaves out the press office's hours in the left column (German town's DNN page)", () =>
    expectReadsWithout(
      webForm(
        '/Aktuelles/Pressemitteilungen/ArtMID/512/ArticleID/4711',
        'Stadt hält an Partnerschaft mit Changzhou fest',
        '<div class="DnnModule DnnModule-DNN_HTML"><h2>Pressestelle</h2><div class="Normal"><p>Die Pressestelle ist montags bis donnerstags von 8 bis 16 Uhr und freitags von 8 bis 12 Uhr telefonisch für Medienvertreter erreichbar.</p></div></div>',
        'the partnership',
      ),
      'Paragraph 5 of the story',
      'Die Pressestelle ist montags',
    ));
  it("leaves out the citizens' office box in the left column (German town's WebForms page)", () =>
    expectReadsWithout(
      webForm(
        './pressemitteilung.aspx?id=4711',
        'Stadt hält an Partnerschaft mit Changzhou fest',
        '<div class="infobox"><h2>Bürgerbüro</h2><p>Das Bürgerbüro im Rathaus ist montags bis freitags von 8 bis 18 Uhr und samstags von 9 bis 12 Uhr für Sie geöffnet.</p></div>',
        'the partnership',
      ),
      'Paragraph 5 of the story',
      'Das Bürgerbüro im Rathaus',
    ));
  it("leaves out the town hall's opening hours in the left column (Spanish town's WebForms page)", () =>
    expectReadsWithout(
      webForm(
        './noticia.aspx?id=88',
        'El Ayuntamiento amplía el horario de las bibliotecas en época de exámenes',
        '<div class="caja-atencion"><h2>Atención ciudadana</h2><p>La Oficina de Atención Ciudadana atiende de lunes a viernes de 9:00 a 14:00 horas en la planta baja del Ayuntamiento.</p></div>',
        'the libraries',
      ),
      'Paragraph 5 of the story',
      'La Oficina de Atención Ciudadana',
    ));
  it("GUARD: reads the story's own summary between the headline and the text", () =>
    expectReadsWithout(
      webForm(
        '/Aktuelles/Pressemitteilungen/ArtMID/512/ArticleID/4711',
        'Stadt hält an Partnerschaft mit Changzhou fest',
        '',
        'the partnership',
        '<div class="edn_articleSummary"><p>Der Rat hat am Dienstag beschlossen, die Städtepartnerschaft mit Changzhou trotz der Kritik aus der Opposition fortzuführen.</p></div>',
      ),
      'trotz der Kritik aus der Opposition',
      'Pressestelle',
    ));
});

describe('JOIN_CHANNEL on story sentences: "Tritt man …", "Entra nel vivo / in funzione …", "Entra en funcionamiento …", a scam\'s "Únete …", "Join a WhatsApp community and …"; all pass on 50c8654', () => {
  itReadsStoryLines(story, [
    'Tritt man einem WhatsApp-Kanal bei, bleibt die eigene Telefonnummer für den Betreiber und die anderen Abonnenten unsichtbar, versichert Meta.',
    'Entra nel vivo l’inchiesta sul canale Telegram che diffondeva foto rubate di donne, ha spiegato la Procura di Roma.',
    'Entra in funzione da oggi il canale WhatsApp della Protezione civile per le allerte meteo nei comuni della provincia.',
    'Entra en funcionamiento el canal de WhatsApp del Ayuntamiento para avisos de emergencia, que ya suma 4.000 vecinos inscritos.',
    'Únete al canal de Telegram y duplica tu inversión en 24 horas, prometía el mensaje que recibieron las víctimas.',
    'Join a WhatsApp community and every admin can see your phone number, the researchers found.',
  ]);
  it('GUARD: leaves out the site\'s own "Únete a nuestro canal de WhatsApp …"', () =>
    expectReadsWithout(
      story('<p>Únete a nuestro canal de WhatsApp y recibe las noticias más importantes del día.</p>'),
      'Paragraph 5 of the story',
      'Únete a nuestro canal',
    ));
});

describe("PRESS_NOTE on story sentences: freely usable or downloadable images as the story's subject, a broadcast a story reports on, another site's download area, notes for editors as a story's subject; all pass on 50c8654", () => {
  itReadsStoryLines(story, [
    'Le immagini satellitari di Copernicus sono liberamente utilizzabili da ricercatori, enti pubblici e aziende, ricorda l’Esa.',
    'Le foto dei documenti d’identità di migliaia di clienti sono scaricabili da chiunque conosca l’indirizzo, ha scoperto il ricercatore.',
    'Le fotografie dell’archivio storico sono scaricabili gratuitamente dal sito del Comune da lunedì, annuncia l’assessore alla cultura.',
    'Materiał został wyemitowany w programie „Superwizjer” w marcu, a kilka dni później prokuratura wszczęła śledztwo w sprawie szpitala.',
    'Materiał wyemitowano w TVP Info 12 maja, a już następnego dnia minister zapowiedział kontrolę w szpitalu.',
    'Die Antragsformulare finden Sie im Downloadbereich der Gemeinde oder im Bürgerbüro im Erdgeschoss des Rathauses.',
    'Notes for editors at the state broadcaster, seen by Reuters, told them to avoid the word war when reporting on the offensive.',
  ]);
  it('GUARD: leaves out a press release\'s "Note to editors: …"', () =>
    expectReadsWithout(
      story('<p>Note to editors: High-resolution photographs are available on request from the press office.</p>'),
      'Paragraph 5 of the story',
      'High-resolution photographs',
    ));
  itReadsSentences(story, ['Die Stadt stellt die Unterlagen zur Partnerschaft im Rathaus aus, sagte die Bürgermeisterin.']);
});

describe('BACK_MATTER\'s bold label and trailing colon: a story\'s info box whose first item is labelled "Ansprechpartner(in):", a service part under "Ansprechpartner:"; all pass on 50c8654', () => {
  it('reads a list of facts whose first item names the adviser', () =>
    expect(
      articleText(
        story(
          '<ul><li><strong>Ansprechpartnerin:</strong> Pflegeberaterin Sabine Roth vom Seniorenbüro der Stadt</li><li><strong>Sprechzeiten:</strong> dienstags von 9 bis 12 Uhr und donnerstags von 14 bis 17 Uhr</li><li><strong>Ort:</strong> Rathaus, Zimmer 104, barrierefrei über den Seiteneingang</li></ul>',
        ),
      ),
    ).toContain('dienstags von 9 bis 12 Uhr'));
  it('reads an info box of bold-labelled lines, the first "Ansprechpartner:"', () =>
    expect(
      articleText(
        story(
          '<div class="infokasten"><div><strong>Ansprechpartner:</strong> Für Fragen zur neuen Grundsteuer ist das Finanzamt zuständig, nicht die Gemeinde.</div><div><strong>Fristen:</strong> Einspruch gegen den Bescheid kann innerhalb eines Monats eingelegt werden.</div></div>',
        ),
      ),
    ).toContain('innerhalb eines Monats eingelegt'));
  it('reads a part under the subhead "Ansprechpartner:"', () =>
    expect(
      articleText(
        story(
          '<h3>Ansprechpartner:</h3><div class="service"><p>Für Fragen zur neuen Grundsteuer ist das Finanzamt zuständig, nicht die Gemeinde, betonte der Kämmerer.</p><p>Einspruch gegen den Bescheid kann innerhalb eines Monats eingelegt werden.</p></div>',
        ),
      ),
    ).toContain('nicht die Gemeinde, betonte der Kämmerer'));
  it('GUARD: leaves out a press release\'s contact box headed by a bold "Ansprechpartnerin:"', () =>
    expectReadsWithout(
      story(
        '<div class="pm-kontakt"><span><strong>Ansprechpartnerin:</strong><br>Stadt Wendenbrück, Pressestelle<br>Miriam Osterkamp, Telefon 02845 960-114<br>E-Mail: presse@wendenbrueck.example</span></div>',
      ),
      'Paragraph 5 of the story',
      'Miriam Osterkamp, Telefon',
    ));
});

describe('GUARDs: a headline h1 beside a site name in the title, and read-also labels running on into a sentence in <br>-broken text', () => {
  it("GUARD: reads the story's h1 when the title's last part is the site's name", () =>
    expectReadsWithout(
      load(
        `<head><title>Ostrołęka: Nowy most na Narwi otwarty - Radio Przystań</title><meta property="og:site_name" content="Radio Przystań"></head>` +
          `<body><div id="header"><a href="/"><img src="/logo.png" alt="Radio Przystań"></a></div><div class="item-page"><h1>Nowy most na Narwi otwarty</h1><div itemprop="articleBody">${prose('the bridge', 5)}</div></div></body>`,
      ),
      'Nowy most na Narwi otwarty',
      'Radio Przystań',
    ));
  /** A Joomla article's text broken into lines by `<br>`, with `line` as its second line. */
  const brPage = (line: string) =>
    load(
      `<body><main><div class="item-page"><h1>Afgańska rodzina wyróżniona medalem Caritas</h1><div class="tresc">` +
        `Pięć lat temu rodzina wyleciała z lotniska w Kabulu, a dziś pomaga sąsiadom w Zambrowie, mówili wolontariusze parafii.<br><br>${line}<br><br>` +
        `Medal odebrał ojciec, ale na scenę wszedł z całą rodziną, a sala długo biła brawo, jak relacjonowali organizatorzy gali.<br><br>` +
        `Rodzina jest muzułmańska, ale od pierwszego roku co roku dostaje zaproszenie na wigilię od sąsiadów z klatki, dodał proboszcz.</div></div></main></body>`,
    );
  it.each([
    ['Zobacz także, jak <a href="/parafia/wigilia">parafia w Zambrowie</a> przygotowała wigilię dla samotnych.', 'parafia w Zambrowie'],
    ['Zobacz też <a href="/galeria/gala">zdjęcia z gali</a> w naszej galerii, gdzie jest ich ponad sto.', 'zdjęcia z gali'],
  ])('GUARD: reads a line whose link runs on after the label: %s', (line, link) => expectReadsWithout(brPage(line), link, 'Czytaj także'));
});
