/**
 * The finder's notice rules from blind set mix22 (tests/fixtures/blind-pages/mix22), with two from
 * mix23 and mix24 of the same kind, each on a small page: the site's lines about a story (the
 * agencies it draws on, when the broadcaster reported it, its print edition, a licensing offer, a
 * closed comment section, a newsletter named at length) and an author's box under its heading.
 * Each probe failed before its rule (53c05f2).
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { itLeavesOutLines, itReadsSentences } from './site-lines';
import { load, prose } from './story-page';

const page = (after: string) =>
  load(
    `<body><main><article class="story"><h1>Zweiter Abschiebeflug in Richtung Kabul gestartet</h1>` +
      `<div class="story__body">${prose('Kabul', 6)}${after}</div></article></main></body>`,
  );

describe("the site's lines about a story", () => {
  itLeavesOutLines(page, [
    'Mit Material der dpa',
    'Mit Material von dpa, AFP und Reuters.',
    'Über dieses Thema berichtete die tagesschau am 04. Dezember 2026 um 14:00 Uhr.',
    'Published in the print edition of the December 8, 2026, issue, with the headline “The Switchboard.”',
    'Si está interesado en licenciar este contenido, pinche aquí',
    'Die Kommentarfunktion für diesen Artikel ist geschlossen.',
    'Comments are closed.',
    'Get local news delivered to your inbox! Sign up for our free Courier Morning Brief newsletter.',
  ]);

  itReadsSentences(page, [
    'Mit Material der Staatsanwaltschaft, das der Redaktion vorliegt, lässt sich der Ablauf des Fluges rekonstruieren.',
    'Mit Material der Polizei wurde der Ablauf rekonstruiert.',
    'Über dieses Thema berichteten mehrere Flüchtlingsräte schon im Sommer, die Behörden schwiegen damals.',
    'The council said comments are closed until the inquiry ends, a spokesman told reporters in Kabul.',
  ]);
});

describe("an author's box under its heading", () => {
  it('leaves out the box headed "Zur Autorin", and "About the author"', () => {
    for (const heading of ['Zur Autorin', 'About the author']) {
      const text = articleText(
        page(
          `<section class="px-16 my-32"><h4 class="text-s font-bold uppercase">${heading}</h4>` +
            `<p class="text-s">Nadja Feldhusen berichtet seit 2019 aus Zentral- und Südasien, zuvor war sie Korrespondentin in Istanbul.</p></section>`,
        ),
      );
      expect(text).not.toContain('Nadja Feldhusen berichtet');
    }
  });

  it('GUARD: reads a section of the story headed otherwise', () => {
    const text = articleText(
      page(
        `<section class="px-16 my-32"><h4 class="text-s font-bold uppercase">Zur Lage in Kabul</h4>` +
          `<p class="text-s">Die Lage in Kabul hat sich seit dem Sommer verschärft, berichten Helfer, die Preise für Mehl haben sich verdoppelt.</p></section>`,
      ),
    );
    expect(text).toContain('Die Lage in Kabul hat sich');
  });
});
