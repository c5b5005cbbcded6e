/**
 * What mix178–183 showed, read sealed once in session 51 on 69c2d6b: a regional daily's last free paragraph faded out before
 * its paywall; a trade magazine's note that an analysis first ran in print; a Japanese NPO's note on its photos; a Polish
 * portal's line over a video and its rights line; a Ghost blog's disclosure and membership plea; a Substack post's plea to
 * forward it; a district weekly's call-to-action box named `content-box--cta`. The cases that are not GUARDs fail on 69c2d6b.
 * Three more rules came from these sets, tested by the fixture pages alone (small pages built like them are read rightly
 * without the rules, as the full pages were not): the line of an Elementor newsletter box set in a text widget of its own
 * before the form widget (mix179/01), a post's h1 that only the og:title states beside the site's name in a navbar h1
 * (mix182/03), and a city's release whose skip link's line 「ここから本文です。」 stood as the article's first part, so that
 * its h1 was left out (mix180/03).
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaStoryWith, load, prose, storyWith } from './story-page';
import { expectReadsWithout, itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';

describe('a paywall of mix178', () => {
  const page = (fade: string, box = '') =>
    load(
      `<body><main><article><h1>Schreinerei bildet Ortskräfte aus Afghanistan aus</h1><div class="article-body">${prose('the workshop', 4)}<div class="ad-slot"><span>Anzeige</span></div>${fade}</div>${box}</article></main></body>`,
    );
  it('reads the story’s last free paragraph faded out before the paywall', () =>
    expect(
      articleText(
        page(
          '<p class="paywall-fade">Aus dem einen Praktikanten wurden binnen zwei Jahren neun Auszubildende, und die Werkstatt musste umgebaut werden.</p>',
          '<section class="paywall"><h2>Lesen Sie jetzt weiter mit RA+</h2><p>Für nur 0,99 € im ersten Monat.</p></section>',
        ),
      ),
    ).toContain('Aus dem einen Praktikanten wurden binnen zwei Jahren'));
  it('GUARD: leaves out a paywall line that speaks of subscribing after the story', () =>
    expectReadsWithout(
      page(
        '<p class="paywall-note">Weiterlesen mit Ihrem Abonnement: Sichern Sie sich jetzt alle Artikel aus der Region für nur 0,99 Euro im ersten Monat.</p>',
      ),
      'Paragraph 3 of the story',
      'Weiterlesen mit Ihrem Abonnement',
    ));
  it('GUARD: leaves out a paywall box’s second line after its first', () =>
    expectReadsWithout(
      page(
        '<div class="offer"><p class="paywall-text">Alle exklusiven Geschichten aus der Region, jeden Tag neu, in der App und auf der Website.</p><p class="paywall-print">Sie lesen die gedruckte Zeitung? Dann schalten Sie alles mit Ihrer Kundennummer kostenlos frei.</p></div>',
      ),
      'Paragraph 3 of the story',
      'Dann schalten Sie alles',
    ));
});

describe('lines of mix178–182', () => {
  const story = storyWith('Alibaba sellers move stock into bonded warehouses', 'the warehouses');
  itLeavesOutLines(story, [
    'This analysis first appeared in the December issue of ParcelWire Magazine. Print subscribers can access the full digital edition.',
    'If you found this useful, forwarding it to one friend is the single best way to help this newsletter grow.',
  ]);
  itReadsSentences(story, [
    'The analysis first appeared to show that sellers were moving stock, but the figures were later revised.',
    'Advertisers help the newsletter grow, the company said, though readers pay for most of it.',
  ]);

  const blog = storyWith('Wie wir ein offenes Sprachmodell selbst betreiben', 'the model');
  itLeavesOutLines(blog, [
    'Transparenzhinweis: Dieser Beitrag ist nicht gesponsert. Wir haben für keinen der genannten Dienste Geld erhalten.',
    'Bitflüsterer ist unabhängig. Wenn dir unsere Berichte helfen, kannst du uns mit einer bezahlten Mitgliedschaft ab 4 Euro im Monat unterstützen.',
  ]);
  itReadsSentences(blog, [
    'Der Verein bittet um Spenden: Wer will, kann mit einer Spende ab 10 Euro die Hausaufgabenhilfe unterstützen.',
    'Ein Transparenzhinweis der Behörde zeigt, welche Firmen Geld aus dem Programm erhalten haben.',
  ]);

  const portal = storyWith('Dekret o powołaniu rezerwistów w obwodzie królewieckim', 'the decree');
  itLeavesOutLines(portal, [
    'Dalsza część artykułu pod materiałem wideo',
    'Artykuł jest chroniony prawem autorskim. Kopiowanie i rozpowszechnianie bez zgody wydawcy jest zabronione.',
  ]);
  itReadsSentences(portal, [
    'Dalsza część rozmów odbędzie się w przyszłym tygodniu w Warszawie, poinformował rzecznik ministerstwa.',
    'Według prawników artykuł ustawy jest chroniony przed zmianami tylko do końca roku.',
  ]);
});

describe('boxes of mix180', () => {
  const story = storyWith('Kochabend im Pfarrsaal bringt 1.200 Euro für Lernhilfe', 'the evening');
  it('leaves out a call-to-action box whose class also names content', () =>
    expectReadsWithout(
      story(
        '<div class="content-box content-box--cta"><p class="content-box__title">Du hast auch etwas zu erzählen?</p><p class="content-box__text">Werde Regionaut:in und veröffentliche deine Beiträge über Vereine und Feste aus deiner Gemeinde kostenlos.</p><a class="btn" href="/regionaut-werden">Jetzt registrieren</a></div>',
      ),
      'Paragraph 5 of the story',
      'Werde Regionaut:in',
    ));
  it('GUARD: reads a content box of the story', () =>
    expect(
      articleText(
        story(
          '<div class="content-box"><p class="content-box__text">Die Gruppe trifft sich jeden Dienstag im Pfarrsaal, und die Kinder bringen ihre Hausaufgaben mit.</p></div>',
        ),
      ),
    ).toContain('Die Gruppe trifft sich jeden Dienstag'));
});

describe('Japanese lines of mix178', () => {
  const report = jaStoryWith('地域食堂で多世代交流会を開きました', 'デジタル庁');
  itLeavesOutJapaneseLines(report, [
    '※掲載している写真は、参加者の皆さまの了承を得て撮影したものです。個人が特定されないよう一部加工しています。',
  ]);
  itReadsSentences(report, ['写真は市の許可を得て撮影したものだと同社は説明しています。']);
});
