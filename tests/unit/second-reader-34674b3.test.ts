/**
 * A second reader's probes of the rules 34674b3 added: a French rights line (STOCK_LINE), a video's consent placeholder
 * (VIDEO_CONSENT), a German no-legal-advice note (DISCLAIMER) and a box headed "Contact"/"Kontakt" holding a tel: or mailto:
 * link (isBackMatter). Probes (no "GUARD" in the name) assert the story's reading; GUARDs the site lines the commit rightly leaves out.
 * All ten probes failed on 34674b3 and passed on 01a8f10; the commit after 34674b3 narrows the rules (a rights line alone
 * or after a note on the photos, "Dieser Beitrag" with no clause between, "akzeptieren Sie", an order ending the line, a
 * "Contact" heading opening a box of short lines) so that all pass.
 */
import { describe, it } from 'vitest';
import { expectReadsWithout, itLeavesOutLines, itReadsStoryLines } from './site-lines';
import { storyAroundWith, storyWith } from './story-page';

describe('STOCK_LINE: a French story paragraph opening a sentence "Toute reproduction … est interdite/soumise à autorisation"', () => {
  it('reads a court story: "Le tribunal … a tranché. Toute reproduction des clichés … est interdite depuis ce jugement."', () =>
    expectReadsWithout(
      storyAroundWith(
        'Droits d’auteur : les héritiers de Doisneau gagnent contre un éditeur',
        'le procès',
        'le jugement',
      )(
        '<p>Le tribunal judiciaire de Paris a tranché mardi. Toute reproduction des clichés de Doisneau sans l’accord de ses héritières est interdite depuis ce jugement.</p>',
      ),
      'Toute reproduction des clichés de Doisneau',
      'Paragraph 9',
    ));
  it('reads a museum story: "… Toute reproduction à des fins commerciales est soumise à autorisation préalable du musée."', () =>
    expectReadsWithout(
      storyAroundWith(
        'Le musée d’Orsay autorise enfin les photos dans ses salles',
        'les photos',
        'le règlement',
      )(
        '<p>Les visiteurs peuvent désormais photographier les œuvres sans flash dans les collections permanentes. Toute reproduction à des fins commerciales est soumise à autorisation préalable du musée.</p>',
      ),
      'Toute reproduction à des fins commerciales',
      'Paragraph 9',
    ));
});

describe('DISCLAIMER: a German story sentence opening "Der Text/Beitrag … ersetzt keine …beratung"', () => {
  itReadsStoryLines(storyWith('Anwaltskammer warnt vor Rechtstipps von KI-Chatbots', 'der Chatbot'), [
    'Der Text, den ein Chatbot ausgibt, ersetzt keine Rechtsberatung, warnt die Bundesrechtsanwaltskammer in einer Stellungnahme.',
  ]);
  itReadsStoryLines(storyWith('Landgericht: Finfluencer haftet nicht für Verluste seiner Follower', 'das Urteil'), [
    'Der Beitrag eines Finfluencers auf Instagram ersetzt keine Anlageberatung, stellte das Landgericht Frankfurt klar und wies die Klage eines Anlegers ab.',
  ]);
});

describe("VIDEO_CONSENT: a story's sentence worded like a consent placeholder", () => {
  itReadsStoryLines(storyWith('Landgericht München: Eingebettete Videos brauchen echte Einwilligung', 'das Urteil'), [
    'Mit dem Laden des Videos akzeptiert der Nutzer nicht automatisch die Weitergabe seiner Daten an Google, entschied das Landgericht München I.',
  ]);
  it('reads a Polish how-to\'s step: "Aby obejrzeć mecz w TVP Sport, zaakceptuj pliki cookies, a następnie …"', () =>
    expectReadsWithout(
      storyAroundWith(
        'Jak obejrzeć mecz Polska–Holandia w internecie? Podpowiadamy',
        'transmisja',
        'aplikacja',
      )('<p>Aby obejrzeć mecz w TVP Sport, zaakceptuj pliki cookies, a następnie wybierz zakładkę Na żywo.</p>'),
      'wybierz zakładkę Na żywo',
      'Paragraph 9',
    ));
});

describe('isBackMatter: a story section headed "Contact"/"Kontakt"/"Contatti" that holds a tel: or mailto: link', () => {
  it('reads a long read\'s section headed "Contact" telling how the reporters reached the group (a mailto link)', () =>
    expectReadsWithout(
      storyWith(
        'Inside the ransomware gang that hit three hospitals',
        'the gang',
      )(
        '<section><h2>Contact</h2><p>We first wrote to the group in February through the address it lists on its leak site, <a href="mailto:lockbit-support@onionmail.example">lockbit-support@onionmail.example</a>. A reply came nine hours later, in broken English, asking whether we were police.</p><p>Over the following three weeks, a member who called himself Baron answered 41 questions, refusing only those about the hospitals.</p></section>',
      ),
      'We first wrote to the group in February',
      'Paragraph 9',
    ));
  it('reads a German investigation\'s section headed "Kontakt" on the firm\'s silence (a mailto link)', () =>
    expectReadsWithout(
      storyWith(
        'Pflegedienst rechnete nie erbrachte Leistungen ab',
        'der Pflegedienst',
      )(
        '<section><h2>Kontakt</h2><p>Auf mehrere Anfragen an die Pressestelle des Unternehmens, <a href="mailto:presse@pflege-sonnenhof.example">presse@pflege-sonnenhof.example</a>, antwortete der Geschäftsführer bis Redaktionsschluss nicht. Ein Anwalt teilte lediglich mit, man prüfe rechtliche Schritte.</p></section>',
      ),
      'antwortete der Geschäftsführer bis Redaktionsschluss nicht',
      'Paragraph 9',
    ));
  it('reads an Italian story\'s closing section "Contatti" on the new anti-violence centre (its helpline a tel: link)', () =>
    expectReadsWithout(
      storyWith(
        'Apre a Lecce il nuovo centro antiviolenza: sportello aperto sette giorni su sette',
        'il centro',
      )(
        '<div class="article-section"><h3>Contatti</h3><p>Il centro, in via Brenta 12, riceve su appuntamento dal lunedì alla domenica. Le donne che vogliono chiedere aiuto possono chiamare il numero gratuito <a href="tel:1522">1522</a>, attivo 24 ore su 24, o scrivere alle operatrici, che garantiscono l’anonimato.</p></div>',
      ),
      'Le donne che vogliono chiedere aiuto',
      'Paragraph 9',
    ));
  it('reads a flat story body where a list of helplines follows its "Kontakt" heading (h2 before the list)', () =>
    expectReadsWithout(load2(), 'Telefonseelsorge, rund um die Uhr', 'Paragraph 9'));
});

function load2(): Document {
  return storyWith(
    'Einsam an Weihnachten: Wo Menschen in der Krise Hilfe finden',
    'die Einsamkeit',
  )(
    '<h2>Kontakt</h2><ul><li>Telefonseelsorge, rund um die Uhr und anonym: <a href="tel:08001110111">0800 111 0 111</a></li><li>Silbernetz für ältere Menschen, täglich 8 bis 22 Uhr: <a href="tel:08004708090">0800 4 70 80 90</a></li><li>Nummer gegen Kummer für Kinder und Jugendliche: <a href="tel:116111">116 111</a></li></ul>',
  );
}

describe('GUARDs: site lines 34674b3 rightly leaves out', () => {
  itLeavesOutLines(storyWith('La mairie inaugure la nouvelle médiathèque', 'la médiathèque'), [
    'Crédit photos : Ville de Montcrépin. Toute reproduction est interdite.',
  ]);
  it('GUARD: leaves out a town hall\'s box headed "Contact" with a telephone link', () =>
    expectReadsWithout(
      storyWith(
        'La mairie inaugure la nouvelle médiathèque',
        'la médiathèque',
      )(
        '<div class="contact-box"><h2>Contact</h2><p>Médiathèque municipale – 4, rue des Écoles</p><p><a href="tel:+33238004190">02 38 00 41 90</a></p></div>',
      ),
      'Paragraph 5 of the story',
      'Médiathèque municipale',
    ));
});
