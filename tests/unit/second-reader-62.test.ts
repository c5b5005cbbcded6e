/**
 * Second reader 62: story boxes whose first element opens with a de/es/fr "presented by" (c820315).
 * German capitalises every noun, Spanish and French institutions: the "no lower-case word" test
 * that tells a sponsor's name from a sentence let most real subheads through as labels. The
 * non-GUARD probes failed on c820315 and pass since a label must stand on its own line (not a
 * heading, not the bold start of a sentence the box goes on with); the GUARDs pass on both.
 */
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/dom/analyze-page';
import { compileMatcher } from '../../utils/matcher';
import { DEFAULT_TOPICS } from '../../utils/topics';
import { load } from './story-page';

const matcher = compileMatcher(DEFAULT_TOPICS);
const uniq = (doc: Document) => [...new Set(analyzePage(doc, matcher).mentions.map((m) => m.text))];

/** A story of sections, each a subhead and two paragraphs; the second section's subhead is `subhead`, its text names Kabul. */
const story = (lang: string, subhead: string, para: string) =>
  `<html lang="${lang}"><body><header><a href="/">Zeitung</a></header><article><h1>Afghanistan: der Plan</h1>` +
  `<section><h2>Worum es geht</h2><p>${para.replace('Kabul', 'Herat')}</p><p>${para.replace('Kabul', 'Kandahar')}</p></section>` +
  `<section><h2>${subhead}</h2><p>${para}</p><p>${para.replace('Kabul', 'Masar')}</p></section>` +
  `<section><h2>Wie es weitergeht</h2><p>${para.replace('Kabul', 'Bamiyan')}</p><p>${para.replace('Kabul', 'Ghazni')}</p></section>` +
  `</article><footer>© Zeitung</footer></body></html>`;

const DE =
  'Nach Angaben von zwei Diplomaten soll das Programm zuerst in Kabul beginnen, wo die Behörden seit Monaten auf eine Entscheidung warten. Kritiker halten den Zeitplan für unrealistisch.';
const ES =
  'Según dos diplomáticos, el programa empezará en Kabul, donde las autoridades esperan desde hace meses una decisión. Los críticos consideran que el calendario no es realista.';
const FR =
  'Selon deux diplomates, le programme commencera à Kabul, où les autorités attendent une décision depuis des mois. Les critiques jugent le calendrier irréaliste.';

describe('c820315: a story section whose subhead reads as a de/es/fr sponsor label', () => {
  for (const [lang, subhead, para] of [
    ['de', 'Präsentiert von Außenministerin Baerbock', DE],
    ['de', 'Präsentiert von der Bundesregierung', DE],
    ['es', 'Presentado por el Gobierno de España', ES],
    ['es', 'Presentado por Pedro Sánchez', ES],
    ['fr', 'Présenté par Emmanuel Macron', FR],
  ] as const)
    it(`keeps a section subheaded "${subhead}"`, () => {
      expect(uniq(load(story(lang, subhead, para)))).toContain('Kabul');
    });

  it('GUARD control: the same story with a plain subhead keeps Kabul', () => {
    expect(uniq(load(story('de', 'Was geplant ist', DE)))).toContain('Kabul');
  });

  // Guards (hold): a subhead that reads as a sentence.
  for (const [lang, subhead, para] of [
    ['de', 'Präsentiert von einem Sprecher der Regierung', DE],
    ['es', 'Presentado por el ministro del Interior', ES],
    ['fr', 'Présenté par le gouvernement lundi', FR],
  ] as const)
    it(`GUARD keeps a section subheaded "${subhead}"`, () => {
      expect(uniq(load(story(lang, subhead, para)))).toContain('Kabul');
    });
});

describe('c820315: a newsletter’s story box that opens with a bold "presented by" and a title and name (E2’s form)', () => {
  const cell = (inner: string) => `<table><tr><td class="mcnTextContent">${inner}</td></tr></table>`;
  const prose = (topic: string, n: number) =>
    Array.from(
      { length: n },
      (_, i) =>
        `<p>Paragraph ${i} of the story, in which officials said, according to two sources, that ${topic} was discussed at length.</p>`,
    ).join('');
  const newsletter = (box: string) =>
    load(
      `<body><table><tr><td><h1>Aid in the highlands</h1>${cell(prose('Kabul', 6))}${cell(box)}${cell(prose('Kabul', 3))}</td></tr></table></body>`,
    );

  for (const box of [
    '<strong>Präsentiert von Innenministerin Nancy Faeser</strong> wurde der Plan, al-Qaeda-Verdächtige vor Militärgerichte zu stellen.',
    '<strong>Presentado por el Ministerio del Interior</strong>, el plan permitiría juzgar a sospechosos de al-Qaeda en tribunales militares.',
    // Older (English, before c820315): a title and a name are all capitals too.
    '<strong>Presented by Home Secretary Yvette Cooper</strong>, the plan would let al-Qaeda suspects be tried in military courts.',
  ])
    it(`keeps ${box.slice(8, 50)}…`, () => {
      expect(uniq(newsletter(box))).toContain('al-Qaeda');
    });
});
