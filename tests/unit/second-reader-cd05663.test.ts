/**
 * A second reader's probes of 63f6092, 8b32e94 and cd05663 (the Italian print-edition note, the Hungarian follow line, the
 * Japanese print note and tip appeal, an `article` inside the text as a card for another story; the Danish tip line, the
 * "presumed innocent" line, the press-photo credit, the French print note naming its edition and day, the councillor's
 * signature line, `leadsAfter` looking past a standfirst root; the Romanian "Urmăriți … pe …" follow line). Probes (no
 * "GUARD" in the name) assert the reading of a story's own part on a page built as a real one is; each fails on cd05663 and
 * passes on the base of its rule (0defeef for 63f6092's, 3189427 for 8b32e94's, 8b32e94 for cd05663's).
 * Story text lost to 63f6092 (base 0defeef):
 * - a match report's facts box (ground, goals, line-up), an `article` headed by a link to the match centre (article-furniture
 *   `isFurniture`: any `article` inside the text with a linked heading under 600 characters is a teaser);
 * - a book review's details box (author, publisher, pages, price), an `article` headed by a link to the book's page (same rule);
 * - a fact-check's "Questo articolo è stato pubblicato sul numero di marzo 2019 della rivista …" on the article it checks
 *   (article-notices EDITORS_NOTE's Italian print note, not anchored at its end nor limited to the site's own article);
 * - a Hungarian service story's "… Kövesse a Magyar Közút Facebook-oldalát, ahol …" on a road authority's page (onward-lines
 *   FOLLOW_PAGE_HU: any page named after "kövesse a", any sentence of a paragraph).
 * Story text lost to 8b32e94 (base 3189427):
 * - a police release's witness appeal "Har du et tip? Ring til Fyns Politi på 114 og oplys journalnummer …" (article-notices
 *   EDITORS_NOTE's Danish tip line: any "Har du et tip? Ring …", not only one to the paper);
 * - a trial story's "Defendants are presumed innocent until proven guilty, Judge … reminded the jurors …" (publisher-notes
 *   PRESS_NOTE's "presumed innocent" line: 60 characters of anything may follow "until");
 * - a media story's "Cet article est paru dans Le Canard enchaîné, numéro 5432 du mercredi 4 novembre, et a déclenché …" (article-notices
 *   EDITORS_NOTE's French print note naming its edition and day, not anchored at its end);
 * - a city's public-comment notice 「環境基本計画（案）へのご意見・ご感想は、1月31日までに電子メールまたは郵送でお寄せください。」
 *   (japanese-notices: the councillor's signature line, any "…へのご意見・ご感想は … メール … お寄せください");
 * Furniture read as standfirst or lead caption since 8b32e94 (base 3189427), on a Drupal magazine page whose standfirst
 * (`field-chapo`) joins the article as a root of its own (article-lead `leadsAfter` no longer stops at that root):
 * - a related story's box, its linked heading and its excerpt, between the standfirst and the picture: the excerpt;
 * - a sponsored native ad's line;
 * - a video player's title for another story;
 * - a magazine-cover promo's caption, read as the lead picture's (and the lead picture's own caption then lost).
 * Story text lost to cd05663 (base 8b32e94):
 * - a sports story's viewing note "Urmăriți FRF TV pe YouTube, unde federația transmite …" (onward-lines FOLLOW_LINE's
 *   "Urmăriți <Name>": any capitalised name, not only the site's).
 * Tried and read alike on both (GUARDs): the Drupal page's standfirst itself; a related story's `aside` between standfirst and
 * picture (left out on both); a story's `article` section headed by an in-page anchor link.
 * The reader was helper-237. The commit after 44e4322 makes all thirteen pass: a single `article` card only when its picture
 * and its heading link to the same page; the Italian print note only with "anche"; the Hungarian and Romanian follow lines
 * only as a line of their own (or after a lead-in's colon) that ends there, goes on to the alerts or, in Romanian, to what the
 * reader gets ("pentru …"); the Danish tip line only before "Skriv", "Send" or "Mail"; the "presumed innocent" line only
 * ending at "proven guilty (in a court of law)"; the French print note only ending at its day; the councillor's line only as
 * "…へのご意見・ご相談は、お気軽に…"; and past a standfirst root `leadsAfter` looks for a wide lead picture only, no standfirst.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaStoryWith, load, prose, storyAroundWith, storyWith } from './story-page';
import { expectReadsWithout, itReadsStoryLines } from './site-lines';

describe("a story's own box as an `article` inside its text (article-furniture isFurniture, 63f6092)", () => {
  const report = storyAroundWith('Rapid beats Austria 2-1 in the Vienna derby', 'the derby', 'the table');
  it("reads a match report's facts box headed by a link to the match centre", () =>
    expect(
      articleText(
        report(
          '<article class="match-facts"><h3><a href="/bundesliga/match/48213">Rapid Wien – Austria Wien 2:1 (1:0)</a></h3><p>Allianz Stadion, 24,800 spectators. Referee: Harald Lechner.</p><p>Goals: 1:0 Burgstaller (23.), 1:1 Fitz (58.), 2:1 Grüll (87.)</p><p>Rapid: Hedl; Bolla, Cvetković, Raux-Yao, Auer; Seidl, Sattlberger; Grüll, Kara, Schaub; Burgstaller.</p></article>',
        ),
      ),
    ).toContain('Goals: 1:0 Burgstaller (23.)'));
  it("reads a book review's details box headed by a link to the book's page", () =>
    expect(
      articleText(
        storyAroundWith(
          'A Vienna novel that takes its time',
          'the novel',
          'the ending',
        )(
          '<article class="book-info"><h3><a href="/books/9783446279100">The Last Summer in Vienna</a></h3><p>By Anna Berger. Hanser, 320 pages, €26.</p></article>',
        ),
      ),
    ).toContain('By Anna Berger. Hanser, 320 pages'));
  it("GUARD: reads a story's `article` section headed by an in-page anchor link", () =>
    expect(
      articleText(
        report(
          '<article class="chapter"><h2><a href="#the-comeback">The comeback</a></h2><p>Fitz equalised just before the hour with a low shot that went in off the post, and for twenty minutes Austria looked the likelier winner.</p></article>',
        ),
      ),
    ).toContain('Fitz equalised just before the hour'));
});

describe("a story's own sentences read as site lines (63f6092)", () => {
  itReadsStoryLines(storyWith('No, lo studio sui cellulari non è di questa settimana', 'la bufala'), [
    'Questo articolo è stato pubblicato sul numero di marzo 2019 della rivista Focus e non parla affatto di reti 5G.',
  ]);
  itReadsStoryLines(storyWith('Havazás: így készüljön fel, ha útnak indul', 'a hó'), [
    'Az Útinform mellett érdemes a közösségi médiát is figyelni. Kövesse a Magyar Közút Facebook-oldalát, ahol a társaság a hóeltakarításról is beszámol.',
  ]);
});

describe("a story's own sentences read as site lines (8b32e94)", () => {
  itReadsStoryLines(storyWith('Indbrud i Brugsen i Ringe: politiet efterlyser vidner', 'the break-in'), [
    'Har du et tip? Ring til Fyns Politi på 114 og oplys journalnummer 2300-80131-01245-26.',
  ]);
  itReadsStoryLines(storyWith('Jury selection ends in the Harbor Bank fraud trial', 'the trial'), [
    'Defendants are presumed innocent until proven guilty, Judge Maria Lopez reminded the jurors.',
  ]);
  itReadsStoryLines(storyWith('Le ministre visé par une enquête après les révélations du Canard', "l'enquête"), [
    "Cet article est paru dans Le Canard enchaîné, numéro 5432 du mercredi 4 novembre, et a déclenché l'ouverture d'une enquête préliminaire.",
  ]);
  itReadsStoryLines(jaStoryWith('第3次環境基本計画（案）への意見を募集します', '環境基本計画'), [
    '環境基本計画（案）へのご意見・ご感想は、1月31日までに電子メールまたは郵送でお寄せください。',
  ]);
});

describe("a story's own sentence read as a site line (cd05663)", () => {
  itReadsStoryLines(storyWith('Naționala feminină joacă marți la Cluj', 'meciul'), [
    'Meciul nu este televizat. Urmăriți FRF TV pe YouTube, unde federația transmite gratuit partidele naționalei feminine.',
  ]);
});

describe('furniture between a standfirst root and the story read as its lead (article-lead leadsAfter, 8b32e94)', () => {
  const chapo =
    'Quinze ans après avoir été chassés de cette région du nord-ouest du Pakistan, les insurgés islamistes multiplient les attaques. Enseignants, commerçants et policiers racontent une guerre qui ne dit pas son nom.';
  const picture =
    '<div class="field field--name-field-image-principale field__item"><figure class="media"><img width="1024" height="683" src="/swat-mingora.jpg" alt=""><figcaption><span class="media__legende">Un barrage de police à l’entrée de Mingora, principale ville de la vallée de Swat, le 3 novembre 2026.</span></figcaption></figure></div>';
  // A Drupal magazine's long read: the title, the `field-chapo` standfirst, the meta line, `between`, the lead picture, the body.
  const page = (between: string) =>
    load(
      `<body><main><article class="node node--type-article"><h1 class="article__title"><span class="field field--name-title">Dans la vallée de Swat, la peur tenace du retour des Taliban</span></h1><div class="field field--name-field-chapo field__item">${chapo}</div><div class="article__meta"><div class="article__authors">Par <a href="/signataires/claire-vasseur" class="author">Claire Vasseur</a></div><div class="article__dates"><span class="date-published">Publié le 26 novembre 2026 à 07h00</span></div></div>${between}${picture}<div class="paywalled-content"><div class="clearfix text-formatted field field--name-body field__item">${prose('the valley', 30)}</div></div></article></main></body>`,
    );
  it("leaves out a related story's excerpt", () =>
    expectReadsWithout(
      page(
        '<div class="related-article"><span class="label">À lire aussi</span><h3><a href="/monde/afghanistan-ecoles">Afghanistan : dans les écoles clandestines où des filles continuent d’étudier</a></h3><p>Trois ans après l’interdiction, des enseignantes bravent les Taliban dans des appartements de Kaboul.</p></div>',
      ),
      'Paragraph 29 of the story',
      'des enseignantes bravent les Taliban',
    ));
  it("leaves out a sponsored native ad's line", () =>
    expectReadsWithout(
      page(
        '<div class="ad-native dfp-slot"><span class="ad-label">Contenu sponsorisé</span><p>Voyagez l’esprit tranquille : découvrez nos offres d’assurance voyage à partir de 2 € par jour.</p></div>',
      ),
      'Paragraph 29 of the story',
      'offres d’assurance voyage',
    ));
  it("leaves out a video player's title for another story", () =>
    expectReadsWithout(
      page(
        '<div class="video-player"><div class="dailymotion-player" data-video="x8r2k1"></div><p class="video__title">VIDÉO. Pakistan : les images des inondations meurtrières dans la province du Sindh</p></div>',
      ),
      'Paragraph 29 of the story',
      'les images des inondations',
    ));
  it("leaves out a magazine-cover promo's caption (not the lead picture's)", () =>
    expectReadsWithout(
      page(
        '<div class="magazine-promo"><figure><img width="300" height="400" src="/couverture-2914.jpg" alt=""><figcaption>Ce reportage est à retrouver dans le magazine n° 2914, en kiosque jusqu’au 2 décembre.</figcaption></figure></div>',
      ),
      'Paragraph 29 of the story',
      'en kiosque jusqu’au 2 décembre',
    ));
  it('GUARD: reads the standfirst', () => expect(articleText(page(''))).toContain('racontent une guerre qui ne dit pas son nom'));
  it("GUARD: leaves out a related story's `aside` between the standfirst and the picture", () =>
    expectReadsWithout(
      page(
        '<aside class="paragraph paragraph--type--lire-aussi"><p class="lire-aussi__label">Lire aussi</p><p class="lire-aussi__titre"><a href="/monde/afghanistan-ecoles">Afghanistan : dans les écoles clandestines où des filles continuent d’étudier</a></p><p class="lire-aussi__chapo">Trois ans après l’interdiction, des enseignantes bravent les Taliban dans des appartements de Kaboul.</p></aside>',
      ),
      'Paragraph 29 of the story',
      'des enseignantes bravent les Taliban',
    ));
});
