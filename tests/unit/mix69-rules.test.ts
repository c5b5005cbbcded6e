/**
 * What the sealed set mix69 (Polish news sites) showed when read once on a95d30a: a weekly's print-edition note, a
 * rights line, a compiler's credit ("Opracowanie:"), a photographer's credit in a caption's span named as its author, a
 * creation date with its month in words, a short question asking the reader to write to the site's address, and an
 * audio player's label in a box named "article-audio". The probes fail on a95d30a; the guards are story lines worded alike.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/page-html';
import { articleText } from '../../scripts/bench/article-text';
import { expectReadsWithout, itLeavesOutLines, itReadsSentences } from './site-lines';
import { load, prose } from './story-page';

const story = (after: string, opening = '') =>
  load(
    `<body><main><article><h1>Putin gra na przetrzymanie</h1><div class="article-body">${opening}${prose('Putin', 6)}${after}</div></article></main></body>`,
  );
const fixture = (file: string) => readFileSync(join(import.meta.dirname, '../fixtures/blind-pages/mix69', file), 'utf8');

describe("a Polish site's lines after the story", () => {
  itLeavesOutLines(story, [
    'Artykuł ukazał się w wydaniu drukowanym tygodnika „Polityka” pod tytułem „Zima na przetrzymanie”.',
    'Wszelkie prawa do materiału zastrzeżone. Materiał chroniony prawem autorskim.',
    'Wszelkie prawa zastrzeżone.',
    'Opracowanie: Adam Kowalczyk',
    'Data utworzenia: 5 grudnia 2026 09:14',
    'Aktualisiert am 17. Januar 2021',
    'Updated December 5, 2026',
    'Chcesz porozmawiać z autorem? Napisz na adres: redakcja@onet.example',
    'Masz ważną informację? Napisz do nas na Gorąca Linia RMF FM: fakty@rmf.example lub zadzwoń pod numer 12 200 0 200.',
    'Haben Sie Fragen zum Thema? Schreiben Sie uns an leser@zeitung.example',
  ]);

  itReadsSentences(story, [
    'Opracowanie nowej strategii zajęło rządowi dwa lata, powiedział minister.',
    'Wszelkie prawa obywateli zostały zawieszone, a opozycja zapowiedziała protest.',
    'Kabul, 5 December 2026: the day the embassy reopened its doors',
    'On 5 December 2026 the envoy flew to Moscow with a letter from the president',
    'December 5, 2026: Talks begin',
    '5 grudnia 2026 – rozmowy w Dosze',
    '"Who sent the letters?" the prosecutor asked, reading out the address kremlin@mail.example in court.',
  ]);
});

describe("a caption's credit in a span named as its author", () => {
  it('reads the set\'s caption without "KCNA via KNS / AFP / East News" (its page 02)', () => {
    expectReadsWithout(parsePage(fixture('02-onet-kim.html')), 'ma przedstawiać start pocisku z wyrzutni mobilnej', 'East News');
  });

  it('GUARD: reads a span of a caption not named as a credit', () => {
    const page = fixture('02-onet-kim.html').replace(
      '<span class="ArticleImage_author__7sPqz">KCNA via KNS / AFP / East News</span>',
      '<span class="ArticleImage_place__k2">nad Morzem Japońskim</span>',
    );
    expect(articleText(parsePage(page))).toContain('nad Morzem Japońskim');
  });
});

describe("an audio player's label in a box named as the article's audio", () => {
  const withAudio = (box: string) => story('', box);

  it('leaves out "Posłuchaj relacji korespondentki RMF FM"', () => {
    expectReadsWithout(
      withAudio(
        '<div class="article-audio"><span class="article-audio__label">Posłuchaj relacji korespondentki RMF FM</span><div class="rmf-player" data-audio="/a.mp3"></div></div>',
      ),
      'Paragraph 5 of the story',
      'Posłuchaj relacji',
    );
  });

  it('GUARD: reads a transcript in a box named so, a paragraph’s worth of text', () => {
    const transcript =
      'Korespondentka RMF FM relacjonowała z Brukseli, że zatrzymani mężczyźni od miesięcy byli obserwowani przez belgijskie służby, które podejrzewały ich o przygotowywanie zamachu na jarmarku bożonarodzeniowym.';
    expect(articleText(withAudio(`<div class="article-audio"><p>${transcript}</p></div>`))).toContain(transcript);
  });
});
