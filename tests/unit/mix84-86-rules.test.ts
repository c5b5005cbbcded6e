/**
 * What mix84–86 (small sites' builders: TYPO3, Jimdo, WordPress, Squarespace, a GOV.UK-like press release, Ghost, SPIP,
 * Liferay, Avada), read sealed on ada6eea, showed: a Jimdo subhead left out for its box's "j-header" name, teasers written
 * as linked titles without headings read as the story's, a press office's reproduction note and media enquiries box. The
 * cases that are not GUARDs fail on ada6eea.
 */
import { describe, it } from 'vitest';
import { expectReadsWithout, itLeavesOutLines, itReadsSentences } from './site-lines';
import { load, prose, storyWith } from './story-page';

const story = storyWith('Familie Rahimi ist in Ebersried angekommen', 'the family');

/** A Jimdo page: its modules side by side in one matrix, each a box named for its kind. */
const jimdo = (modules: string) => load(`<body><div id="content_area"><div id="cc-matrix-1">${modules}</div></div></body>`);
const module = (kind: string, inner: string) => `<div class="j-module n j-${kind} ">${inner}</div>`;

describe('a Jimdo page: its subheads in boxes named "j-header", its teasers as linked titles (mix84)', () => {
  const page = () =>
    jimdo(
      module('header', '<h1>Drei Jahre in Ebersried: Familie Rahimi ist angekommen</h1>') +
        module('text', prose('the family', 3)) +
        module('header', '<h2>Zwei Jahre Warten in Islamabad</h2>') +
        module('text', prose('the visa', 3)) +
        module('header', '<h2>Weitere Nachrichten aus der Pfarrei</h2>') +
        module(
          'textWithImage',
          '<figure><img src="/m.jpg" alt=""></figure><div><p><strong><a href="/aktuelles/martinsumzug-2026/">Martinsumzug mit Rekordbeteiligung</a></strong></p><p>Über 300 Kinder und Eltern zogen am 11. November mit ihren Laternen vom Kindergarten zur Pfarrkirche.</p></div>',
        ) +
        module(
          'textWithImage',
          '<figure><img src="/e.jpg" alt=""></figure><div><p><strong><a href="/aktuelles/erntedank-2026/">Erntedank: Landfrauen binden die größte Erntekrone</a></strong></p><p>Fast zwei Meter hoch und mit Weizen, Gerste, Hafer und Dinkel aus sieben Höfen gebunden.</p></div>',
        ),
    );
  it('reads the subhead in its "j-header" box and leaves out the teasers', () => {
    expectReadsWithout(page(), 'Zwei Jahre Warten in Islamabad', 'Martinsumzug mit Rekordbeteiligung');
    expectReadsWithout(page(), 'Paragraph 2 of the story', 'Fast zwei Meter hoch');
  });
  it('GUARD: reads a story written as boxes of a linked title and its text when they are the story (a list of sources, no run of like boxes)', () =>
    expectReadsWithout(
      jimdo(
        module('header', '<h1>Wo Geflüchtete im Landkreis Hilfe finden</h1>') +
          module('text', prose('the help', 3)) +
          module(
            'text',
            '<p><a href="https://caritas.example/">Caritas-Beratungsstelle im Landkreis</a></p><p>Die Beratungsstelle hilft bei Anträgen, Wohnungssuche und Sprachkursen, montags bis freitags.</p>',
          ),
      ),
      'Die Beratungsstelle hilft bei Anträgen',
      'Martinsumzug',
    ));
});

describe("a press office's notes under its release (mix85, mix86)", () => {
  itLeavesOutLines(story, [
    'Gabinete de Prensa de la Diputación Provincial de Valdecorza. Se autoriza la reproducción total o parcial de esta nota citando la fuente.',
  ]);
  itReadsSentences(story, [
    'La Diputación autoriza la reproducción de las obras del archivo provincial para uso escolar, según el convenio.',
  ]);
  it('leaves out a GOV.UK-like "Media enquiries" box', () =>
    expectReadsWithout(
      story(
        '<div class="contact"><div class="content"><h3>Media enquiries</h3><div class="vcard"><p class="adr"><span class="fn org">Department for Business and Trade press office</span><br>Old Admiralty Building<br>London SW1A 2DY</p><p>Email newsdesk@businessandtrade.example</p></div></div></div>',
      ),
      'Paragraph 5 of the story',
      'Department for Business and Trade press office',
    ));
});
