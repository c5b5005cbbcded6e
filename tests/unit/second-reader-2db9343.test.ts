/**
 * Second reader of 2db9343: where the header rule (a figure in a box inside the header holding the h1) or the new line rules
 * go wrong. Useful probes fail on 2db9343 and pass on 7411452; all pass after the narrowing that followed.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaStoryWith, load, prose, storyWith } from './story-page';
import { expectReadsWithout, itReadsSentences } from './site-lines';

/** A story whose `<header>` holds the h1 and `inHeader` after it, its body six paragraphs. */
const headerStory = (inHeader: string, lead = '') =>
  load(
    `<body><main><article class="artstyle"><header class="artstyle__header"><div class="artstyle__header-container"><h1 class="artstyle__header-title">Stadtrat beschließt neuen Busbahnhof am Nordring</h1></div>${inHeader}</header>${lead}<div class="artstyle__byline"><a href="/auteur/sanne-de-vries/">Sanne de Vries</a></div><section class="artstyle__main">${prose('Busbahnhof', 6)}</section></article></main></body>`,
  );
/** A story whose `article` holds the h1 directly, `between` it and the body. */
const bareStory = (between: string) =>
  load(
    `<body><main><article><h1>Stadtrat beschließt neuen Busbahnhof am Nordring</h1>${between}<div class="article-body">${prose('Busbahnhof', 6)}</div></article></main></body>`,
  );
const fig = (caption: string, w = 1200, h = 800) =>
  `<figure><img src="/p.jpg" width="${w}" height="${h}" alt=""><figcaption>${caption}</figcaption></figure>`;

const SPONSOR = 'Diese Serie entsteht mit freundlicher Unterstützung der Stadtwerke Nordhafen und ihrer Energieberatung.';
const VIDEO = 'Video: So sieht der Hafen nach dem Sturm aus – die Bilder aus der Luft, jetzt in der Mediathek ansehen.';
const NEWSLETTER = 'Der Morgen-Newsletter: Jeden Tag um sechs Uhr die wichtigsten Nachrichten aus der Region in Ihrem Postfach.';
const COLUMN = 'Unsere Kolumnistin schreibt jeden Samstag über Stadtpolitik, Verkehr und das Leben in den Vierteln am Hafen.';
const RELATED = 'Der alte Busbahnhof am Markt war seit Jahren marode; hier unser Bericht vom vergangenen Winter dazu.';
const LEAD = 'Auf der Brache am Nordring soll bis 2029 der neue Busbahnhof mit zwölf Bussteigen entstehen.';

describe('rule 1: a picture in the header that is not the story’s lead', () => {
  it('leaves out a sponsor box’s logo caption in the header', () =>
    expectReadsWithout(
      headerStory(`<div class="sponsor-box">${fig(SPONSOR, 600, 200)}</div>`),
      'Paragraph 5 of the story',
      'freundlicher Unterstützung',
    ));
  it('leaves out a video teaser’s caption in the header', () =>
    expectReadsWithout(headerStory(`<div class="video-teaser">${fig(VIDEO)}</div>`), 'Paragraph 5 of the story', 'So sieht der Hafen'));
  it('leaves out a newsletter box’s picture caption in the header', () =>
    expectReadsWithout(
      headerStory(`<div class="newsletter-signup">${fig(NEWSLETTER, 800, 400)}</div>`),
      'Paragraph 5 of the story',
      'Morgen-Newsletter',
    ));
  it('leaves out a columnist’s portrait box in the header', () =>
    expectReadsWithout(
      headerStory(`<div class="author-box">${fig(COLUMN, 300, 300)}</div>`),
      'Paragraph 5 of the story',
      'Unsere Kolumnistin',
    ));
  it('leaves out a related story’s card picture in the header (heading a level up)', () =>
    expectReadsWithout(
      headerStory(
        `<aside class="related-story"><h3><a href="/markt-busbahnhof">Der alte Busbahnhof</a></h3><div class="related-story__media">${fig(RELATED)}</div></aside>`,
      ),
      'Paragraph 5 of the story',
      'war seit Jahren marode',
    ));
  it('leaves out a video teaser between a bare h1 and the body (the article is the "header")', () =>
    expectReadsWithout(bareStory(`<div class="video-teaser">${fig(VIDEO)}</div>`), 'Paragraph 5 of the story', 'So sieht der Hafen'));
  it('leaves out a sponsor box between a bare h1 and the body', () =>
    expectReadsWithout(
      bareStory(`<div class="sponsor">${fig(SPONSOR, 600, 200)}</div>`),
      'Paragraph 5 of the story',
      'freundlicher Unterstützung',
    ));
  it('still reads the real lead caption after a sponsor box in the header', () =>
    expectReadsWithout(
      headerStory(`<div class="sponsor-box">${fig(SPONSOR, 600, 200)}</div>`, fig(LEAD)),
      LEAD,
      'freundlicher Unterstützung',
    ));
  it('still reads the real lead caption after a video teaser in a bare story', () =>
    expectReadsWithout(bareStory(`<div class="video-teaser">${fig(VIDEO)}</div>${fig(LEAD)}`), LEAD, 'So sieht der Hafen'));
  it('control: reads the real lead caption in the header', () => expect(articleText(headerStory(fig(LEAD)))).toContain(LEAD));
});

describe('rule 1: a non-lead picture before the lead in the header', () => {
  it('keeps the real lead caption (a plain figure in the header) when a sponsor box’s figure comes first', () =>
    expectReadsWithout(
      headerStory(`<div class="sponsor-box">${fig(SPONSOR, 600, 200)}</div>${fig(LEAD)}`),
      LEAD,
      'freundlicher Unterstützung',
    ));
  it('leaves out a podcast promo’s picture in the header', () =>
    expectReadsWithout(
      headerStory(
        `<div class="podcast-promo">${fig('Hören Sie auch unseren Podcast „Nordring“: Jede Woche die Stadtpolitik zum Nachhören.', 800, 450)}</div>`,
      ),
      'Paragraph 5 of the story',
      'unseren Podcast',
    ));
  it('leaves out a recommended story’s picture box in a bare story', () =>
    expectReadsWithout(
      bareStory(
        `<div class="recommended-box">${fig('Empfohlen: Wie andere Städte ihre Busbahnhöfe neu gebaut haben – ein Überblick aus fünf Kommunen.')}</div>`,
      ),
      'Paragraph 5 of the story',
      'Empfohlen: Wie andere',
    ));
});

describe('line rules: a story’s own sentences', () => {
  const de = storyWith('Gericht: Jugendangebot fällt unter den Medienstaatsvertrag', 'Medienstaatsvertrag');
  const sv = storyWith('Brand i flerfamiljshus i Rinkeby – polisen söker vittnen', 'branden');
  const es = storyWith('Una estafa por correo vacía las cuentas de cientos de jubilados', 'la estafa');
  const pt = storyWith('Governo lança canal oficial no WhatsApp', 'o canal');
  itReadsSentences(de, ['Dieser Beitrag gehört zum Angebot von funk, stellte das Gericht fest, und unterliege damit dem Staatsvertrag.']);
  itReadsSentences(sv, [
    'Vet du något om branden i Rinkeby? Hör av dig till polisen på 114 14 eller lämna ett tips via polisen.se.',
    'Vet du något om försvinnandet? Hör av dig till polisens tipstelefon, uppmanar polisen.',
  ]);
  itReadsSentences(es, ['"Recibe cada mañana en tu correo un aviso del banco que parece real", explicó la agente de la Guardia Civil.']);
  itReadsSentences(pt, ['Receba as notícias do governo no WhatsApp, diz a campanha, que já tem 2 milhões de inscritos.']);
});

describe('Japanese line rules: a story’s own sentences', () => {
  const city = jaStoryWith('ごみ収集日をメールで通知、来月から新サービス', 'ごみ収集');
  itReadsSentences(city, [
    '市は4月1日から、ごみの収集日や災害時の避難情報を、事前に登録した市民に前日の夕方にメールでお届けします。登録は無料です。',
    '県の公式LINEアカウントでは、クマの出没情報を地図付きで配信しています。',
    '同社の公式LINEでは、新商品の発売日をお知らせしています。',
  ]);
});
