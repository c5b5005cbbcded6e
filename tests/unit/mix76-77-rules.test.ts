/**
 * What mix76 (Italian, Spanish and Portuguese dailies) and mix77 (a UK tabloid, a US cable site, a Pakistani daily), read
 * sealed on 4211b26, showed misread, written here as small pages: a desk's appeal for tips with its address, an Italian
 * rights line, a paywall's note on another device, a travel disclosure, a tabloid's "Scroll down for video", and a
 * picture's caption in a box named as meta. The cases that are not GUARDs fail on 4211b26.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { itLeavesOutLines, itReadsSentences } from './site-lines';
import { load, prose } from './story-page';

const story = (after: string) =>
  load(
    `<body><main><article><h1>Afghans expelled from Iran spend the winter in tents</h1><div class="story__body">${prose('the camps', 6)}${after}</div></article></main></body>`,
  );

describe("a site's lines after the story (mix76, mix77)", () => {
  itLeavesOutLines(story, [
    "Hai una storia da segnalarci dall'estero? Scrivi alla redazione Esteri all'indirizzo esteri@repubblica.example",
    'Sie haben einen Fehler entdeckt? Schreiben Sie uns.',
    'Riproduzione riservata ©',
    'Tu suscripción se está usando en otro dispositivo',
    'Si continúas leyendo en este dispositivo, no se podrá leer en el otro.',
    'O PÚBLICO viajou a Pequim a convite do Serviço Europeu de Acção Externa.',
    'The writer travelled to Doha as a guest of the Qatari foreign ministry.',
    'Scroll down for video',
  ]);
  itReadsSentences(story, [
    'Quem viajou a Pequim a convite do governo chinês foi o ministro da Economia, que regressou na sexta-feira.',
    'The minister travelled to Doha as a guest of the emir and met Taliban envoys there.',
    'Was hat die Polizei gefunden? Schreiben Sie uns, bat die Staatsanwaltschaft die Zeugen des Unfalls in einem Aufruf.',
  ]);
});

describe("a picture's caption in a box named as meta, beside the picture (mix77, CNN)", () => {
  it('reads the caption and leaves out its credit', () => {
    const text = articleText(
      story(
        `<div class="image"><div class="image__container"><picture><img src="/img/seoul.jpg" alt="" width="1110" height="740"></picture></div>
        <div class="image__metadata"><div class="image__caption attribution" itemprop="caption"><span>People watch a television news broadcast reporting the missile launch at Seoul Railway Station.</span></div>
        <figcaption class="image__credit">Ahn Young-joon/AP</figcaption></div></div>`,
      ),
    );
    expect(text).toContain('People watch a television news broadcast');
    expect(text).not.toContain('Ahn Young-joon');
  });
});
