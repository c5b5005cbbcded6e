/**
 * A credit's label is a whole word before its colon ("Foto:", "Bildquelle:", "Photos:"): a German explainer's items open
 * with words that begin alike ("Bildung: …", "Photovoltaik: …"), and were left out as credits. The probes fail on
 * 708738d; the guards (credits) are left out before and after.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { itLeavesOutLines } from './site-lines';
import { storyWith } from './story-page';

const story = storyWith('Was der Koalitionsvertrag vorsieht', 'the coalition');

describe("an explainer's items opening with a word like a credit's label", () => {
  const items = [
    'Bildung: Die Schulen sollen mehr Geld für Sanierungen bekommen.',
    'Photovoltaik: Der Ausbau auf Dächern soll bis 2030 verdoppelt werden.',
    'Quellensteuer: Die Regelung für Grenzpendler bleibt bestehen.',
    'Imagekampagne: Das Land wirbt im Ausland um Fachkräfte.',
    'Creditors: The bondholders will be repaid first, the court ruled.',
  ];

  it.each(items.map((item) => [item]))('reads the paragraph "%s"', (item) => {
    expect(articleText(story(`<p>${item}</p>`))).toContain(item);
  });

  it.each(items.map((item) => [item]))('reads the list item "%s"', (item) => {
    const list = `<ul><li>${item}</li><li>Rente: Das Rentenniveau bleibt bis 2031 bei 48 Prozent.</li></ul>`;
    expect(articleText(story(list))).toContain(item);
  });
});

describe("GUARD: a credit's label", () => {
  itLeavesOutLines(story, [
    'Foto: dpa / Michael Kappeler',
    'Fotos: Kay Nietfeld',
    'Bildquelle: Getty Images',
    'Bildrechte: picture alliance',
    'Photos: Jane Doe for The Ledger',
    'Photograph: Alessandro Rota',
    'Quelle: Statistisches Bundesamt',
    'Créditos: EFE',
  ]);
});
