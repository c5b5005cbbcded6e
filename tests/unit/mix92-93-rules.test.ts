/**
 * What mix92–93 (a local TV station, a Japanese NGO's report, a Substack post, a French town hall, a German association's
 * block-theme magazine, a Polish regional portal), read sealed on 01a8f10, showed: a town hall's rights line after its note
 * on the photos, a magazine's "Hinweis der Redaktion" that the piece is no legal advice, a video's consent placeholder worded
 * as its terms or an order, and a contact box headed "Contact" with a telephone link, all read as the story's. The cases
 * that are not GUARDs fail on 01a8f10.
 */
import { describe, it } from 'vitest';
import { expectReadsWithout, itLeavesOutLines, itReadsSentences } from './site-lines';
import { storyWith } from './story-page';

const story = storyWith('Les Rencontres de l’export réunissent 40 entreprises', 'the fair');

describe('site lines of mix93', () => {
  itLeavesOutLines(story, [
    'Les photos de la journée sont disponibles dans la photothèque de la Ville. Toute reproduction est soumise à autorisation du service communication.',
    'Hinweis der Redaktion: Dieser Beitrag gibt einen allgemeinen Überblick und ersetzt keine Rechtsberatung im Einzelfall.',
    'Aby obejrzeć materiał wideo, zaakceptuj pliki cookies dostawcy YouTube.',
    'Mit dem Laden des Videos akzeptieren Sie die Datenschutzerklärung von YouTube.',
  ]);
  itReadsSentences(story, [
    'Toute reproduction de ces documents sans autorisation est interdite, rappelle le tribunal, qui a condamné l’éditeur.',
    'Der Verband betont, der Leitfaden ersetze keine Rechtsberatung, helfe den Betrieben aber beim ersten Überblick.',
  ]);
});

describe('a contact box headed "Contact" (mix93)', () => {
  it('leaves out the box when it gives a telephone or mail link', () =>
    expectReadsWithout(
      story(
        '<div class="contact-box"><h2 class="contact-box__title">Contact</h2><div class="contact-box__content"><p><strong>Service Développement économique</strong></p><p>Hôtel de Ville – 1, place de la République</p><p><a href="tel:+33238004187">02 38 00 41 87</a></p><p><a href="mailto:economie@ville.example">Écrire au service</a></p></div></div>',
      ),
      'Paragraph 5 of the story',
      'Service Développement économique',
    ));
  it("GUARD: reads a story's section so headed that gives no number", () =>
    expectReadsWithout(
      story(
        '<section><h2>Kontakt</h2><p>Der erste Kontakt zwischen den beiden Delegationen kam im März zustande, als der Bürgermeister zu Gast in Montcrépin war.</p></section>',
      ),
      'Der erste Kontakt zwischen den beiden Delegationen',
      'Paragraph 9',
    ));
});
