/**
 * What mix212–219 showed, read sealed once in session 53 on c51b9a0 (261/262 article fragments, 10/264 others). These sets were
 * asked for the article's own edges: furniture set between and right after the paragraphs. The finder missed a boxed lead
 * caption on a Czech portal wrapped whole in an ASP.NET form, whose picture opens the story's gallery by a query naming the
 * story's id. It read a newsletter box and an author box whose classes name the story ("story-newsletter-box",
 * "story__author-box"), a press portal's reuse note beside a picture's caption, an Italian ad slot's line, a Dutch tip line, a
 * think tank's line for interviews, a news agency's reprint line, a gift offer to subscribers and a Brazilian "VÍDEOS:" label.
 * Still read: the title of a video embedded after that label (mix216; an embed in the text may be the story's own). The cases
 * that are not GUARDs fail on c51b9a0. The gallery's link is `page-address.test.ts`'s; the caption itself, mix218's fixture's.
 */
import { describe, it } from 'vitest';
import { load, prose, storyWith } from './story-page';
import { expectReadsWithout, itLeavesOutLines, itReadsSentences } from './site-lines';

describe('boxes whose classes name the story, of mix212 and mix214', () => {
  const page = (box: string) =>
    load(
      `<body><main><article class="story"><h1 class="story__title">Kessler eröffnet Herstellershop für Asien</h1><div class="story-text">${prose('Alibaba', 6)}${box}</div></article></main></body>`,
    );
  it('leaves out a newsletter box named "story-newsletter-box"', () =>
    expectReadsWithout(
      page(
        '<div class="story-newsletter-box"><p class="story-newsletter-box__title">Meldungen per E-Mail</p><p class="story-newsletter-box__text">Erhalten Sie neue Pressemitteilungen aus dem Ressort Wirtschaft täglich um 17 Uhr kostenlos in Ihr Postfach.</p><a href="/newsletter">Newsletter abonnieren</a></div>',
      ),
      'Paragraph 5 of the story',
      'Erhalten Sie neue Pressemitteilungen',
    ));
  it('leaves out an author box named "story__author-box"', () =>
    expectReadsWithout(
      page(
        '<div class="story__author-box"><div class="story__author-box-body"><a class="story__author-box-name" href="/autori/giulia_moretti/">Giulia Moretti</a><p class="story__author-box-bio">Giulia Moretti scrive di economia e lavoro dal 2011; in precedenza ha seguito la cronaca giudiziaria a Bologna.</p></div></div>',
      ),
      'Paragraph 5 of the story',
      'scrive di economia e lavoro',
    ));
  it('GUARD: reads the story’s text in "story__text" and "story-body" boxes', () =>
    expectReadsWithout(
      load(
        `<body><main><article class="story"><h1>Logistica, nuovo polo a Piacenza</h1><div class="story-body"><div class="story__text">${prose('Alibaba', 6)}</div></div><div class="story-related"><h2>Leggi anche</h2><ul><li><a href="/a">Un altro articolo sul porto di Genova</a></li></ul></div></article></main></body>`,
      ),
      'Paragraph 5 of the story',
      'Un altro articolo sul porto',
    ));
});

describe('a press portal’s note beside a picture’s caption, of mix212', () => {
  const page = (note: string) =>
    load(
      `<body><main><article><h1>Kessler eröffnet Herstellershop für Asien</h1><div class="story-media"><figure class="story-image"><img src="/werk.jpg" width="1200" height="675" alt=""><figcaption>Verpackte Getriebemotoren in der Versandhalle des Werks Neckarbrunn.</figcaption><div class="story-image__actions"><a href="/download/werk.jpg">Bild herunterladen</a> <span class="story-image__license">${note}</span></div></figure></div><div class="story-text">${prose('Alibaba', 6)}</div></article></main></body>`,
    );
  it('leaves out the reuse note, reading the caption', () =>
    expectReadsWithout(
      page('Die Verwendung dieses Bildes für redaktionelle Zwecke ist unter Beachtung der Nutzungsbedingungen honorarfrei.'),
      'Verpackte Getriebemotoren in der Versandhalle',
      'Die Verwendung dieses Bildes',
    ));
  it('GUARD: reads a caption’s own line in the figcaption even when it is worded like a stock line', () =>
    expectReadsWithout(
      load(
        `<body><main><article><h1>Kessler eröffnet Herstellershop für Asien</h1><figure><img src="/werk.jpg" width="1200" height="675" alt=""><figcaption>Das Werk in Neckarbrunn. Die Verwendung dieses Bildes ist honorarfrei, sagt die Firma.</figcaption></figure><div class="story-text">${prose('Alibaba', 6)}</div></article></main></body>`,
      ),
      'Das Werk in Neckarbrunn.',
      'nothing left out here',
    ));
});

describe('lines of mix214–218', () => {
  const story = storyWith('Un nuovo polo logistico a Piacenza', 'Alibaba');
  itLeavesOutLines(story, [
    'L’articolo continua dopo la pubblicità',
    'A reportagem continua após a publicidade',
    'Het artikel gaat verder onder de advertentie',
    'Zag jij iets gebeuren of weet je meer over dit verhaal? Laat het ons weten via onze tippagina of app naar 06-00000000.',
    'For interviews with Halvorsen Center experts, contact our communications team at press@halvorsencenter.example or 202-555-0143.',
    '(C) KNA News Agency. This article may not be reproduced, rewritten or redistributed without written consent.',
    'Als Abonnentin oder Abonnent können Sie jeden Monat fünf Plus-Artikel an Freunde und Familie verschenken – einfach über den Geschenk-Button oben.',
    'VÍDEOS: tudo sobre Campinas e região',
  ]);
  itReadsSentences(story, [
    'L’articolo continua a far discutere i sindacati, che chiedono un incontro con la regione.',
    'Zag je iets gebeuren? vroeg de agent aan de voorbijgangers, die allemaal het hoofd schudden.',
    'For interviews with the families, the commission hired translators who spoke Pashto and Dari.',
    'The court ruled that this article may not be reproduced in the school’s textbook without the author’s consent, the lawyer said.',
    'Als Abonnentin konnte sie die Artikel nicht verschenken, sagte die Leserin dem Gericht.',
    'Vídeos: as câmeras de segurança mostram o momento do resgate dos moradores.',
  ]);
});
